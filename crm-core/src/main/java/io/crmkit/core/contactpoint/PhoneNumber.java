package io.crmkit.core.contactpoint;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber;
import io.crmkit.core.internal.Quoted;
import io.crmkit.core.internal.TextPolicy;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A telephone number at which a contact can be called or texted, identified by its E.164 form
 * ({@code +4930123456}) and remembering how it was written.
 *
 * <p>Two phone numbers are equal when their E.164 forms are equal: {@code 030 123456} in Germany
 * and {@code +49 30 123456} are the same number. The raw text only serves display and audit, so it
 * takes no part in {@link #equals(Object)} and {@link #hashCode()}. An extension ({@code ext. 12})
 * is not part of E.164 and survives only in the raw text.
 *
 * <p>A final class rather than a record: {@link #parse(String, String)} validates the number once
 * through libphonenumber and hands the result to a private constructor, where a record's public
 * canonical constructor would have to parse and validate the E.164 form a second time. The public
 * constructor, for numbers read back from storage, validates everything, once for each E.164 form
 * among the most recent it has seen or parsing has made.
 *
 * @since 0.1
 */
public final class PhoneNumber {

  /** The longest raw text kept. */
  public static final int MAX_RAW_LENGTH = 64;

  private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{1,14}");
  private static final String UNKNOWN_REGION = "ZZ";

  /**
   * E.164 forms the public constructor has found valid and in normal form. Adapters rebuild every
   * number they read back through it, and libphonenumber's parse, validation and formatting cost
   * more than the rest of reading a record; whether a text is a valid E.164 number does not change
   * while the library's metadata is loaded, so each is checked once, among the most recent.
   */
  private static final Cache<String, Boolean> CHECKED_E164 =
      CacheBuilder.newBuilder().maximumSize(65_536).build();

  private final String e164;
  private final String raw;

  /**
   * Returns the number with E.164 form {@code e164} written as {@code raw}, checking both: for
   * adapters that read a stored number back.
   *
   * @param e164 the number in E.164 form, never null; must be a valid number
   * @param raw the number as it was written, stripped, 1 to 64 characters of one line (no control
   *     character, well-formed), never null
   * @throws IllegalArgumentException if {@code e164} is not a valid number in E.164 normal form or
   *     {@code raw} is blank or too long
   */
  public PhoneNumber(String e164, String raw) {
    requireNonNull(e164, "e164");
    requireNonNull(raw, "raw phone number");
    checkRaw(raw);
    if (CHECKED_E164.getIfPresent(e164) == null) {
      checkE164(e164);
      CHECKED_E164.put(e164, Boolean.TRUE);
    }
    this.e164 = e164;
    this.raw = raw;
  }

  private static void checkE164(String e164) {
    checkArgument(E164.matcher(e164).matches(), "not an E.164 phone number: %s", Quoted.of(e164));
    Phonenumber.PhoneNumber number = parseOrThrow(e164, UNKNOWN_REGION, e164);
    checkArgument(util().isValidNumber(number), "not a valid phone number: %s", Quoted.of(e164));
    checkArgument(
        util().format(number, PhoneNumberFormat.E164).equals(e164),
        "not an E.164 phone number in normal form: %s",
        Quoted.of(e164));
  }

  /**
   * Keeps a number that {@link #parseIn} has parsed and found valid: its E.164 form is what
   * libphonenumber formats, so checking it again would only repeat the parse.
   */
  private PhoneNumber(Phonenumber.PhoneNumber valid, String strippedRaw) {
    this.e164 = util().format(valid, PhoneNumberFormat.E164);
    this.raw = strippedRaw;
    CHECKED_E164.put(e164, Boolean.TRUE);
  }

  /**
   * Returns the number written as {@code raw}, read as a national number of {@code defaultRegion}
   * unless it starts with an international prefix ({@code +49 ...}).
   *
   * @param raw the number as typed or imported, never null, at most 64 characters
   * @param defaultRegion an ISO 3166 alpha-2 region such as {@code US} or {@code DE} (either case),
   *     never null
   * @throws IllegalArgumentException if {@code raw} is blank, too long or not a valid number, or
   *     the region is unknown; the message names the input
   */
  public static PhoneNumber parse(String raw, String defaultRegion) {
    requireNonNull(defaultRegion, "default region");
    String region = defaultRegion.strip().toUpperCase(Locale.ROOT);
    checkArgument(
        util().getSupportedRegions().contains(region),
        "unknown phone region %s: expected an ISO 3166 alpha-2 code such as US or DE",
        Quoted.of(defaultRegion));
    return parseIn(raw, region);
  }

  /**
   * Returns the number written as {@code raw}, which must start with an international prefix
   * ({@code +49 30 123456}).
   *
   * @param raw the number as typed or imported, never null, at most 64 characters
   * @throws IllegalArgumentException if {@code raw} is blank, too long, has no international prefix
   *     or is not a valid number; the message names the input
   */
  public static PhoneNumber parse(String raw) {
    return parseIn(raw, UNKNOWN_REGION);
  }

  private static PhoneNumber parseIn(String raw, String region) {
    requireNonNull(raw, "raw phone number");
    String stripped = raw.strip();
    checkRaw(stripped);
    Phonenumber.PhoneNumber number = parseOrThrow(stripped, region, raw);
    checkArgument(util().isValidNumber(number), "not a valid phone number: %s", Quoted.of(raw));
    return new PhoneNumber(number, stripped);
  }

  private static void checkRaw(String raw) {
    checkArgument(!raw.isBlank(), "phone number must not be blank: %s", Quoted.of(raw));
    checkArgument(
        raw.length() <= MAX_RAW_LENGTH,
        "phone number is longer than %s characters: %s",
        MAX_RAW_LENGTH,
        Quoted.of(raw));
    // libphonenumber ignores what follows the digits, NUL included, but the raw text is stored
    TextPolicy.check("phone number", raw, TextPolicy.Kind.LINE);
  }

  private static Phonenumber.PhoneNumber parseOrThrow(String text, String region, String shown) {
    try {
      return util().parse(text, region);
    } catch (NumberParseException e) {
      String reason =
          e.getErrorType() == NumberParseException.ErrorType.INVALID_COUNTRY_CODE
              ? "it needs an international prefix such as +49, or a default region"
              : e.getMessage();
      throw new IllegalArgumentException(
          "not a phone number: " + Quoted.of(shown) + ": " + reason, e);
    }
  }

  private static PhoneNumberUtil util() {
    return PhoneNumberUtil.getInstance();
  }

  private Phonenumber.PhoneNumber number() {
    try {
      return util().parse(e164, UNKNOWN_REGION);
    } catch (NumberParseException e) {
      // the constructor parsed the same text successfully
      throw new IllegalStateException("E.164 form no longer parses: " + e164, e);
    }
  }

  /** Returns the number in E.164 form, for example {@code +4930123456}. */
  public String e164() {
    return e164;
  }

  /** Returns the number as it was written, stripped, for example {@code 030 123456}. */
  public String raw() {
    return raw;
  }

  /**
   * Returns the ISO 3166 alpha-2 region the number belongs to, or {@code 001} for non-geographic
   * numbers such as {@code +800} freephone numbers.
   */
  public String regionCode() {
    String region = util().getRegionCodeForNumber(number());
    return region == null ? UNKNOWN_REGION : region;
  }

  /** Returns the number formatted for international dialling, for example {@code +49 30 123456}. */
  public String international() {
    return util().format(number(), PhoneNumberFormat.INTERNATIONAL);
  }

  /** Returns the number formatted as dialled inside its country, for example {@code 030 123456}. */
  public String national() {
    return util().format(number(), PhoneNumberFormat.NATIONAL);
  }

  /** Returns whether {@code other} is a phone number with the same E.164 form; raw is ignored. */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof PhoneNumber that && e164.equals(that.e164);
  }

  /** Returns a hash of the E.164 form only, consistent with {@link #equals(Object)}. */
  @Override
  public int hashCode() {
    return e164.hashCode();
  }

  @Override
  public String toString() {
    return e164;
  }
}
