package io.crmkit.core.consent.internal;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.TenantId;
import io.crmkit.core.consent.ConsentTokenException;
import io.crmkit.core.consent.ConsentTokenException.Problem;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Makes the single-use tokens of double opt-in: {@code tenant.random}, base64url without padding,
 * with 256 random bits; the CRM keeps only the token's SHA-256 digest. The tenant in the clear lets
 * a confirmation page without login find the tenant whose confirmation it is.
 */
final class ConfirmationTokens {

  private static final int RANDOM_BYTES = 32;
  private static final int MAX_TOKEN_LENGTH = 200;
  private static final String KIND = "confirmation";

  private final SecureRandom random = new SecureRandom();

  /** Returns a new token for {@code tenant}. */
  String issue(TenantId tenant) {
    byte[] bytes = new byte[RANDOM_BYTES];
    random.nextBytes(bytes);
    Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
    return base64.encodeToString(tenant.value().getBytes(StandardCharsets.UTF_8))
        + "."
        + base64.encodeToString(bytes);
  }

  /**
   * Returns the tenant {@code token} names.
   *
   * @throws ConsentTokenException if the token is not of the form this class issues
   */
  static TenantId tenantOf(String token) {
    requireNonNull(token, "token");
    int dot = token.indexOf('.');
    if (token.length() > MAX_TOKEN_LENGTH || dot <= 0) {
      throw invalid();
    }
    try {
      return TenantId.of(
          new String(
              Base64.getUrlDecoder().decode(token.substring(0, dot)), StandardCharsets.UTF_8));
    } catch (IllegalArgumentException malformed) {
      throw invalid();
    }
  }

  /** Returns the SHA-256 digest of {@code token}, as 64 lowercase hex digits. */
  static String digest(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException missing) {
      // every JDK provides SHA-256
      throw new IllegalStateException("SHA-256 is not available", missing);
    }
  }

  static ConsentTokenException invalid() {
    return new ConsentTokenException(Problem.INVALID, KIND);
  }
}
