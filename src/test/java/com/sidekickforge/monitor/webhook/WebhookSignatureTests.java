package com.sidekickforge.monitor.webhook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WebhookSignatureTests {

	/** The Standard Webhooks reference vector: what any consumer's library computes. */
	@Test
	void theSpecificationsTestVectorIsReproduced() {
		assertThat(WebhookSignature.sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek",
				1614265330, "{\"test\": 2432232314}"))
			.isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
	}

	@Test
	void aSecretThatIsNotBase64IsRefusedWithoutShowingIt() {
		assertThatThrownBy(() -> WebhookSignature.sign("whsec_not base64!!", "msg_1", 1, "{}"))
			.hasMessageContaining("not whsec_ followed by base64")
			.hasMessageNotContaining("not base64!!");
	}

	@Test
	void retryAfterIsReadAsSecondsOrAsADate() {
		Clock clock = Clock.fixed(Instant.parse("2026-11-20T12:00:00Z"), ZoneOffset.UTC);
		WebhookChannel channel = new WebhookChannel(null, null, Duration.ofSeconds(15), null, clock);
		assertThat(channel.retryAfter("120")).isEqualTo(Duration.ofSeconds(120));
		assertThat(channel.retryAfter("Fri, 20 Nov 2026 12:05:00 GMT")).isEqualTo(Duration.ofMinutes(5));
		assertThat(channel.retryAfter("soon")).isNull();
	}

}
