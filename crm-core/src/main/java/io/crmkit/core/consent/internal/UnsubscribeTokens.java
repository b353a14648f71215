package io.crmkit.core.consent.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.TenantId;
import io.crmkit.core.consent.Channel;
import io.crmkit.core.consent.ConsentTokenException;
import io.crmkit.core.consent.ConsentTokenException.Problem;
import io.crmkit.core.consent.Purpose;
import io.crmkit.core.consent.Subscription;
import io.crmkit.core.contact.ContactId;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and verifies the tokens of unsubscribe links: {@code payload.signature}, both base64url
 * without padding, where the payload names the tenant, contact, channel and purpose and the
 * signature is their HMAC-SHA256 with the host's secret. A token needs no storage and no login; it
 * cannot be altered to name another person without the secret.
 */
public final class UnsubscribeTokens {

  /** The fewest bytes of secret accepted: as many as the HMAC's output. */
  public static final int MIN_SECRET_BYTES = 32;

  private static final String ALGORITHM = "HmacSHA256";
  private static final String VERSION = "u1";
  private static final int MAX_TOKEN_LENGTH = 1000;
  private static final String KIND = "unsubscribe";

  private final SecretKeySpec key;

  /**
   * @param secret the host's secret, at least {@value #MIN_SECRET_BYTES} bytes; copied
   */
  public UnsubscribeTokens(byte[] secret) {
    requireNonNull(secret, "secret");
    checkArgument(
        secret.length >= MIN_SECRET_BYTES,
        "unsubscribe secret must have at least %s bytes: %s",
        MIN_SECRET_BYTES,
        secret.length);
    this.key = new SecretKeySpec(Arrays.copyOf(secret, secret.length), ALGORITHM);
  }

  /** Returns the token of {@code subscription} in {@code tenant}. */
  public String sign(TenantId tenant, Subscription subscription) {
    String payload =
        String.join(
            "\n",
            VERSION,
            tenant.value(),
            subscription.contact().toString(),
            subscription.channel().name(),
            subscription.purpose().value());
    byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
    Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
    return base64.encodeToString(bytes) + "." + base64.encodeToString(mac(bytes));
  }

  /**
   * Returns the tenant and subscription {@code token} names.
   *
   * @throws ConsentTokenException if the token is malformed or its signature does not match
   */
  public Signed verify(String token) {
    requireNonNull(token, "token");
    int dot = token.indexOf('.');
    if (token.length() > MAX_TOKEN_LENGTH || dot < 0) {
      throw invalid();
    }
    byte[] payload;
    byte[] signature;
    try {
      payload = Base64.getUrlDecoder().decode(token.substring(0, dot));
      signature = Base64.getUrlDecoder().decode(token.substring(dot + 1));
    } catch (IllegalArgumentException notBase64) {
      throw invalid();
    }
    // one token per subscription: a last character whose unused bits differ decodes to the same
    // bytes, and is refused
    Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
    if (!token.equals(base64.encodeToString(payload) + "." + base64.encodeToString(signature))
        || !MessageDigest.isEqual(mac(payload), signature)) {
      throw invalid();
    }
    List<String> parts = List.of(new String(payload, StandardCharsets.UTF_8).split("\n", -1));
    if (parts.size() != 5 || !parts.get(0).equals(VERSION)) {
      throw invalid();
    }
    // signed by this host, so well formed unless the secret is shared with another format
    try {
      return new Signed(
          TenantId.of(parts.get(1)),
          Subscription.of(
              ContactId.parse(parts.get(2)),
              Channel.valueOf(parts.get(3)),
              Purpose.of(parts.get(4))));
    } catch (IllegalArgumentException malformed) {
      throw invalid();
    }
  }

  private byte[] mac(byte[] payload) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac.doFinal(payload);
    } catch (GeneralSecurityException missing) {
      // every JDK provides HmacSHA256
      throw new IllegalStateException(ALGORITHM + " is not available", missing);
    }
  }

  private static ConsentTokenException invalid() {
    return new ConsentTokenException(Problem.INVALID, KIND);
  }

  /**
   * What a verified token names.
   *
   * @param tenant the tenant whose contact it is
   * @param subscription the contact, channel and purpose to withdraw
   */
  public record Signed(TenantId tenant, Subscription subscription) {}
}
