package io.crmkit.core.customfield;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.contactpoint.EmailAddress;
import io.crmkit.core.contactpoint.PhoneNumber;
import io.crmkit.core.internal.Numbers;
import io.crmkit.core.internal.Quoted;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The canonical text form of custom field values: reading it, and joining several choices. */
final class CustomFieldText {

  private static final char SEPARATOR = ',';
  private static final char ESCAPE = '\\';

  private CustomFieldText() {}

  static CustomFieldValue parse(CustomFieldDefinition definition, String text) {
    requireNonNull(definition, "custom field definition");
    requireNonNull(text, "custom field text");
    CustomFieldValue value;
    try {
      value = read(definition.type(), text);
    } catch (IllegalArgumentException | DateTimeException e) {
      throw invalid(definition, text, e.getMessage(), e);
    }
    String problem = definition.problemWith(value).orElse(null);
    if (problem != null) {
      throw invalid(definition, text, problem, null);
    }
    return value;
  }

  private static CustomFieldValue read(CustomFieldType type, String text) {
    return switch (type) {
      case TEXT -> new CustomFieldValue.Text(text);
      case NUMBER -> new CustomFieldValue.Number(Numbers.parseWhole("number", text));
      case DECIMAL ->
          new CustomFieldValue.Decimal(Numbers.parseDecimal("decimal", text, Numbers.DECIMAL));
      case BOOLEAN -> new CustomFieldValue.Bool(readBoolean(text.strip()));
      case DATE -> new CustomFieldValue.Date(LocalDate.parse(text.strip()));
      case DATETIME -> new CustomFieldValue.DateTime(Instant.parse(text.strip()));
      case SINGLE_SELECT -> new CustomFieldValue.Choice(text.strip());
      case MULTI_SELECT -> new CustomFieldValue.Choices(new HashSet<>(splitChoices(text)));
      case URL -> new CustomFieldValue.Url(readUri(text.strip()));
      case EMAIL -> new CustomFieldValue.Email(EmailAddress.of(text));
      case PHONE -> new CustomFieldValue.Phone(PhoneNumber.parse(text));
    };
  }

  private static boolean readBoolean(String text) {
    if (text.equals("true")) {
      return true;
    }
    if (text.equals("false")) {
      return false;
    }
    throw new IllegalArgumentException("expected true or false");
  }

  private static URI readUri(String text) {
    try {
      return new URI(text);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /** Returns {@code choices} separated by commas, escaping commas and backslashes inside them. */
  static String joinChoices(Collection<String> choices) {
    StringBuilder joined = new StringBuilder();
    for (String choice : choices) {
      if (joined.length() > 0) {
        joined.append(SEPARATOR);
      }
      for (int i = 0; i < choice.length(); i++) {
        char c = choice.charAt(i);
        if (c == SEPARATOR || c == ESCAPE) {
          joined.append(ESCAPE);
        }
        joined.append(c);
      }
    }
    return joined.toString();
  }

  /** Reads what {@link #joinChoices} wrote; spaces around each choice are dropped. */
  private static List<String> splitChoices(String text) {
    List<String> choices = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ESCAPE) {
        if (i + 1 == text.length()) {
          throw new IllegalArgumentException("a '\\' ends the text without escaping anything");
        }
        current.append(text.charAt(++i));
      } else if (c == SEPARATOR) {
        choices.add(current.toString().strip());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    choices.add(current.toString().strip());
    return choices;
  }

  private static IllegalArgumentException invalid(
      CustomFieldDefinition definition, String text, String reason, @Nullable Throwable cause) {
    return new IllegalArgumentException(
        "custom field "
            + definition.key()
            + ": "
            + Quoted.of(text)
            + " is not a valid "
            + definition.type()
            + " value: "
            + reason,
        cause);
  }
}
