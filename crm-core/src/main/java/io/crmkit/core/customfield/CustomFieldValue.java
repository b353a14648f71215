package io.crmkit.core.customfield;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import io.crmkit.core.contactpoint.EmailAddress;
import io.crmkit.core.contactpoint.PhoneNumber;
import io.crmkit.core.internal.Numbers;
import io.crmkit.core.internal.Quoted;
import io.crmkit.core.internal.TextPolicy;
import io.crmkit.core.internal.WebAddresses;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;

/**
 * The value of one custom field on one record, typed as the field's {@link CustomFieldType}.
 *
 * <p>Every value has a canonical text ({@link #asText()}) from which {@link #parse} restores it:
 * imports read it and JSON columns store it. Whether a value fits a particular field (its type, its
 * options) is checked by {@link CustomFields#validate}, not by the value.
 *
 * @since 0.1
 */
public sealed interface CustomFieldValue {

  /** Returns the field type this value belongs to. */
  CustomFieldType type();

  /**
   * Returns the canonical text of this value, which {@link #parse} reads back to an equal value.
   */
  String asText();

  /**
   * Returns the value of field {@code definition} written as canonical {@code text}: decimal
   * numbers as {@code 12.5}, booleans as {@code true}/{@code false}, dates as {@code 2024-05-31},
   * instants as {@code 2024-05-31T09:30:00Z}, several choices separated by {@code ,} (with {@code
   * \,} and {@code \\} escaping a comma or backslash inside an option), phone numbers with their
   * international prefix. Numbers and decimals are read from at most 100 characters, checked before
   * the text is parsed.
   *
   * @throws IllegalArgumentException if {@code text} is not a valid value of the field, naming the
   *     field key and showing at most a short prefix of the text
   */
  static CustomFieldValue parse(CustomFieldDefinition definition, String text) {
    return CustomFieldText.parse(definition, text);
  }

  /**
   * Free text: not blank, at most 10,000 characters, well-formed (no lone surrogate) and without
   * control characters other than tab and line breaks, so that every adapter stores and reads it
   * back unchanged.
   *
   * @param value the text, never null
   * @since 0.1
   */
  record Text(String value) implements CustomFieldValue {

    /** The longest text accepted. */
    public static final int MAX_LENGTH = 10_000;

    /** Creates a {@code Text}, checking its components as the type's comment describes. */
    public Text {
      requireNonNull(value, "text");
      checkArgument(!value.isBlank(), "text must not be blank: %s", Quoted.of(value));
      checkArgument(
          value.length() <= MAX_LENGTH,
          "text is longer than %s characters: %s",
          MAX_LENGTH,
          Quoted.of(value));
      TextPolicy.check("text", value, TextPolicy.Kind.LINES);
    }

    /** Returns the text value {@code value}. */
    public static Text of(String value) {
      return new Text(value);
    }

    @Override
    public CustomFieldType type() {
      return CustomFieldType.TEXT;
    }

    @Override
    public String asText() {
      return value;
    }
  }

  /**
   * A whole number, from {@link Long#MIN_VALUE} to {@link Long#MAX_VALUE}; read from text of at
   * most 100 characters, ASCII digits with an optional sign.
   *
   * @param value the number
   * @since 0.1
   */
  record Number(long value) implements CustomFieldValue {

    /** Returns the number value {@code value}. */
    public static Number of(long value) {
      return new Number(value);
    }

    @Override
    public CustomFieldType type() {
      return CustomFieldType.NUMBER;
    }

    @Override
    public String asText() {
      return Long.toString(value);
    }
  }

  /**
   * An exact decimal number, held without trailing zeros so that {@code 1.50} and {@code 1.5} are
   * equal; at most {@value #MAX_INTEGER_DIGITS} digits before the point and {@value
   * #MAX_FRACTION_DIGITS} after, what every supported database stores exactly (MariaDB's {@code
   * DECIMAL(65, 30)}), and at most 100 digits as written. The value is measured before any
   * arithmetic, so an exponent such as {@code 1E+999999999} is refused at once.
   *
   * @param value the number, never null
   * @since 0.1
   */
  record Decimal(BigDecimal value) implements CustomFieldValue {

    /** The most digits accepted before the decimal point. */
    public static final int MAX_INTEGER_DIGITS = Numbers.DECIMAL_INTEGER_DIGITS;

    /** The most digits accepted after the decimal point, trailing zeros not counted. */
    public static final int MAX_FRACTION_DIGITS = Numbers.DECIMAL_FRACTION_DIGITS;

    /** Creates a {@code Decimal}, checking its components as the type's comment describes. */
    public Decimal {
      requireNonNull(value, "decimal");
      value = Numbers.decimal("decimal", value, Numbers.DECIMAL);
    }

    /** Returns the decimal value {@code value}. */
    public static Decimal of(BigDecimal value) {
      return new Decimal(value);
    }

    @Override
    public CustomFieldType type() {
      return CustomFieldType.DECIMAL;
    }

    @Override
    public String asText() {
      return value.toPlainString();
    }
  }

  /**
   * Yes or no.
   *
   * @param value the truth value
   * @since 0.1
   */
  record Bool(boolean value) implements CustomFieldValue {

    /** Returns the boolean value {@code value}. */
    public static Bool of(boolean value) {
      return new Bool(value);
    }

    @Override
    public CustomFieldType type() {
      return CustomFieldType.BOOLEAN;
    }

    @Override
    public String asText() {
      return Boolean.toString(value);
    }
  }

  /**
   * A calendar date.
   *
   * @param value the date, never null
   * @since 0.1
   */
  record Date(LocalDate value) implements CustomFieldValue {

    /** Creates a {@code Date}, checking its components as the type's comment describes. */
    public Date {
      requireNonNull(value, "date");
    }

    /** Returns the date value {@code value}. */
    public static Date of(LocalDate value) {
      return new Date(value);
    }

    @Override
    public CustomFieldType type() {
      return CustomFieldType.DATE;
    }

    @Override
    public String asText() {
      return value.toString();
    }
  }

  /**
   * An instant on the time line.
   *
   * @param value the instant, never null
   * @since 0.1
   */
  record DateTime(Instant value) implements CustomFieldValue {

    /** Creates a {@code DateTime}, checking its components as the type's comment describes. */
    public DateTime {
      requireNonNull(value, "date-time");
    }

    /** Returns the date-time value {@code value}. */
    public static DateTime of(Instant value) {
      return new DateTime(value);
    }

    @Override
    public CustomFieldType type() {
      return CustomFieldType.DATETIME;
    }

    @Override
    public String asText() {
      return value.toString();
    }
  }

  /**
   * The one option chosen in a single-select field.
   *
   * @param value the option, 1 to 200 characters of one line without surrounding spaces
   * @since 0.1
   */
  record Choice(String value) implements CustomFieldValue {

    /** Creates a {@code Choice}, checking its components as the type's comment describes. */
    public Choice {
      requireNonNull(value, "choice");
      checkChoice(value);
    }

    /** Returns the choice of {@code value}. */
    public static Choice of(String value) {
      return new Choice(value);
    }

    private static void checkChoice(String value) {
      checkArgument(
          CustomFieldDefinition.isOptionText(value),
          "choice must be 1 to %s characters of one line without surrounding spaces: %s",
          CustomFieldDefinition.MAX_LABEL_LENGTH,
          Quoted.of(value));
    }

    @Override
    public CustomFieldType type() {
      return CustomFieldType.SINGLE_SELECT;
    }

    @Override
    public String asText() {
      return value;
    }
  }

  /**
   * The options chosen in a multi-select field: at least one, held in alphabetical order.
   *
   * @param values the options, at most 500, each 1 to 200 characters of one line without
   *     surrounding spaces
   * @since 0.1
   */
  record Choices(Set<String> values) implements CustomFieldValue {

    /** Creates a {@code Choices}, checking its components as the type's comment describes. */
    public Choices {
      requireNonNull(values, "choices");
      values = ImmutableSortedSet.copyOf(values);
      checkArgument(!values.isEmpty(), "choices must not be empty: leave the field out instead");
      checkArgument(
          values.size() <= CustomFieldDefinition.MAX_OPTIONS,
          "more than %s choices: %s",
          CustomFieldDefinition.MAX_OPTIONS,
          values.size());
      values.forEach(Choice::checkChoice);
    }

    /** Returns the choices of {@code values}. */
    public static Choices of(String... values) {
      return new Choices(Set.copyOf(Arrays.asList(values)));
    }

    @Override
    public CustomFieldType type() {
      return CustomFieldType.MULTI_SELECT;
    }

    @Override
    public String asText() {
      return CustomFieldText.joinChoices(values);
    }
  }

  /**
   * An absolute {@code http} or {@code https} URL with a host, at most 2,048 characters of one line
   * (well-formed, no control characters).
   *
   * @param value the URL, never null
   * @since 0.1
   */
  record Url(URI value) implements CustomFieldValue {

    /** The longest URL accepted. */
    public static final int MAX_LENGTH = 2048;

    /** Creates an {@code Url}, checking its components as the type's comment describes. */
    public Url {
      WebAddresses.checkHttp("url", value, MAX_LENGTH);
    }

    /** Returns the URL value {@code value}. */
    public static Url of(URI value) {
      return new Url(value);
    }

    @Override
    public CustomFieldType type() {
      return CustomFieldType.URL;
    }

    @Override
    public String asText() {
      return value.toString();
    }
  }

  /**
   * An email address.
   *
   * @param value the address, never null
   * @since 0.1
   */
  record Email(EmailAddress value) implements CustomFieldValue {

    /** Creates an {@code Email}, checking its components as the type's comment describes. */
    public Email {
      requireNonNull(value, "email address");
    }

    /** Returns the email value {@code value}. */
    public static Email of(EmailAddress value) {
      return new Email(value);
    }

    @Override
    public CustomFieldType type() {
      return CustomFieldType.EMAIL;
    }

    @Override
    public String asText() {
      return value.value();
    }
  }

  /**
   * A phone number; its canonical text is the E.164 form, so the raw text is not kept.
   *
   * @param value the phone number, never null
   * @since 0.1
   */
  record Phone(PhoneNumber value) implements CustomFieldValue {

    /** Creates a {@code Phone}, checking its components as the type's comment describes. */
    public Phone {
      requireNonNull(value, "phone number");
    }

    /** Returns the phone value {@code value}. */
    public static Phone of(PhoneNumber value) {
      return new Phone(value);
    }

    @Override
    public CustomFieldType type() {
      return CustomFieldType.PHONE;
    }

    @Override
    public String asText() {
      return value.e164();
    }
  }
}
