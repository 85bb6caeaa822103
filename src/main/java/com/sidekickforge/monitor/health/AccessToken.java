package com.sidekickforge.monitor.health;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A LiveKit access token allowing only to list rooms: a JWT signed with HMAC-SHA256 by the API secret, issued by the
 * API key, valid for a short time. It is put in the request header and nowhere else.
 */
final class AccessToken {

	private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

	private AccessToken() {
	}

	static String roomList(String apiKey, String apiSecret, Instant now, Duration validity) {
		String header = "{\"alg\":\"HS256\",\"typ\":\"JWT\"}";
		String claims = "{\"iss\":\"" + json(apiKey) + "\",\"sub\":\"forge-monitor\",\"nbf\":"
				+ (now.getEpochSecond() - 5) + ",\"exp\":" + now.plus(validity).getEpochSecond()
				+ ",\"video\":{\"roomList\":true}}";
		String signed = encode(header) + "." + encode(claims);
		return signed + "." + BASE64URL.encodeToString(hmac(apiSecret, signed));
	}

	static byte[] hmac(String secret, String text) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return mac.doFinal(text.getBytes(StandardCharsets.US_ASCII));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

	private static String encode(String json) {
		return BASE64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
	}

	private static String json(String text) {
		return text.replace("\\", "\\\\").replace("\"", "\\\"");
	}

}
