package io.crmkit.scoring.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Quoted;
import io.crmkit.core.internal.TextPolicy;
import java.util.regex.Pattern;

/** Checks shared by the rule conditions' constructors. */
final class Conditions {

  private static final Pattern FIELD_KEY = Pattern.compile("[a-z][a-z0-9_]{0,62}");

  private Conditions() {}

  static String text(String what, String text) {
    requireNonNull(text, what);
    String stripped = text.strip();
    checkArgument(
        !stripped.isEmpty() && stripped.length() <= RuleCondition.MAX_TEXT,
        "%s must be 1 to %s characters: %s",
        what,
        RuleCondition.MAX_TEXT,
        Quoted.of(text));
    return TextPolicy.check(what, stripped, TextPolicy.Kind.LINE);
  }

  static String fieldKey(String key) {
    requireNonNull(key, "custom field key");
    checkArgument(
        FIELD_KEY.matcher(key).matches(),
        "custom field key must be a lower-case letter then up to 62 letters, digits or '_': %s",
        Quoted.of(key));
    return key;
  }
}
