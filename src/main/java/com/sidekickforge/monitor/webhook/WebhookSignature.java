package com.sidekickforge.monitor.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The Standard Webhooks signature: {@code v1,} and the base64 HMAC-SHA256, keyed with the base64-decoded part
 * of the {@code whsec_} secret, of {@code <webhook-id>.<webhook-timestamp>.<body>}.
 */
final class WebhookSignature {

	private static final String PREFIX = "whsec_";

	private WebhookSignature() {
	}

	public static String sign(String secret, String id, long timestamp, String body) {
		byte[] key = key(secret);
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			byte[] signature = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
			return "v1," + Base64.getEncoder().encodeToString(signature);
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

	/** The key bytes of a secret; a secret without the prefix is taken as base64 as well. */
	static byte[] key(String secret) {
		String encoded = secret.startsWith(PREFIX) ? secret.substring(PREFIX.length()) : secret;
		try {
			return Base64.getDecoder().decode(encoded);
		}
		catch (IllegalArgumentException ex) {
			// Never echo the secret itself.
			throw new IllegalArgumentException("the webhook secret is not whsec_ followed by base64", ex);
		}
	}

}
