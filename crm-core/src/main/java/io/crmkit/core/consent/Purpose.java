package io.crmkit.core.consent;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Quoted;
import java.util.regex.Pattern;

/**
 * What a message is sent for, as the key of one of the tenant's {@link SubscriptionType
 * subscription types}: {@code newsletter}, {@code product-updates}, {@code events}. Consent is
 * given per purpose; a key is 1 to 64 lowercase ASCII letters, digits, hyphens or underscores,
 * starting with a letter or digit.
 *
 * @param value the key, never null
 * @since 0.1
 */
public record Purpose(String value) {

  private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

  /** Creates a purpose, checking its key as the type's comment describes. */
  public Purpose {
    requireNonNull(value, "purpose");
    checkArgument(
        KEY.matcher(value).matches(),
        "purpose must be 1 to 64 of a-z, 0-9, '-' and '_', starting with a letter or digit: %s",
        Quoted.of(value));
  }

  /** Returns the purpose whose key is {@code value}. */
  public static Purpose of(String value) {
    return new Purpose(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
