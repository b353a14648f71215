package io.crmkit.core.reason;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Quoted;
import io.crmkit.core.internal.TextPolicy;
import java.util.regex.Pattern;

/**
 * One entry of a tenant's {@link ReasonCatalogue}: a stable code that records and reports use, and
 * the label users see, such as {@code price} / "Price too high".
 *
 * @param code the stable key: a lower-case letter, then up to 62 lower-case letters, digits or
 *     {@code _}
 * @param label what users see: 1 to 200 characters of one line (well-formed, no control
 *     characters), not blank
 * @since 0.1
 */
public record Reason(String code, String label) {

  /** The longest label. */
  public static final int MAX_LABEL = 200;

  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]{0,62}");

  /** Creates a {@code Reason}, checking its components as the type's comment describes. */
  public Reason {
    requireNonNull(code, "reason code");
    requireNonNull(label, "reason label");
    checkCode(code);
    label = label.strip();
    checkArgument(
        !label.isEmpty() && label.length() <= MAX_LABEL,
        "reason label must be 1 to %s characters, not blank: %s",
        MAX_LABEL,
        Quoted.of(label));
    TextPolicy.check("reason label", label, TextPolicy.Kind.LINE);
  }

  /** Returns the reason {@code code} labelled {@code label}. */
  public static Reason of(String code, String label) {
    return new Reason(code, label);
  }

  /**
   * Checks that {@code code} is a well-formed reason code and returns it.
   *
   * @throws IllegalArgumentException naming the code if it is not
   */
  public static String checkCode(String code) {
    requireNonNull(code, "reason code");
    checkArgument(
        CODE.matcher(code).matches(),
        "reason code must be a lower-case letter then up to 62 of [a-z0-9_]: %s",
        Quoted.of(code));
    return code;
  }
}
