package io.crmkit.core.party;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.HumanText;
import io.crmkit.core.internal.Quoted;

/**
 * The name of a person as the CRM shows, sorts and searches it: a given name, a family name and the
 * display form, in any script.
 *
 * <p>Every part is normalised on construction: Unicode NFC, stripped, each run of whitespace (tabs
 * and line breaks included) turned into one space. Parts are at most 200 characters (UTF-16 units:
 * a character outside the Basic Multilingual Plane counts two, as some databases count it), contain
 * no other control character and are well-formed (no lone surrogate), so that every adapter stores
 * and reads them back unchanged. One of given and family may be empty (many people have a single
 * name), but not both; the display form is never empty.
 *
 * @param given the given name, possibly empty, never null
 * @param family the family name, possibly empty, never null
 * @param display how the person is addressed, for example {@code Ana María García} or {@code 山田
 *     太郎}, never null or blank
 * @since 0.1
 */
public record PersonName(String given, String family, String display) {

  /** The longest part accepted, in characters. */
  public static final int MAX_PART_LENGTH = 200;

  /** Creates a {@code PersonName}, checking its components as the type's comment describes. */
  public PersonName {
    given = HumanText.normalisePart(given, "given name", MAX_PART_LENGTH);
    family = HumanText.normalisePart(family, "family name", MAX_PART_LENGTH);
    display = HumanText.normalisePart(display, "display name", MAX_PART_LENGTH);
    checkArgument(
        !given.isEmpty() || !family.isEmpty(),
        "a person name needs a given or a family name: given %s, family %s",
        Quoted.of(given),
        Quoted.of(family));
    checkArgument(!display.isEmpty(), "display name must not be blank: %s", Quoted.of(display));
  }

  /**
   * Returns the name with the display form {@code given family}.
   *
   * @param given the given name, never null, may be blank if {@code family} is not
   * @param family the family name, never null, may be blank if {@code given} is not
   * @throws IllegalArgumentException if both are blank, a part is too long or contains a control
   *     character
   */
  public static PersonName of(String given, String family) {
    requireNonNull(given, "given name");
    requireNonNull(family, "family name");
    return new PersonName(given, family, given + " " + family);
  }

  /**
   * Returns the name with an explicit display form, for names not shown as {@code given family}
   * (for example {@code García, Ana} or a nickname).
   *
   * @param given the given name, never null, may be blank if {@code family} is not
   * @param family the family name, never null, may be blank if {@code given} is not
   * @param display the display form, never null or blank
   */
  public static PersonName of(String given, String family, String display) {
    return new PersonName(given, family, display);
  }

  /**
   * Returns the key that orders people by family name, then given name: both lower-cased with
   * accents folded, separated by {@code ", "} (for example {@code garcia, ana}); a person with only
   * one name sorts by that name.
   */
  public String sortKey() {
    if (family.isEmpty()) {
      return HumanText.fold(given);
    }
    if (given.isEmpty()) {
      return HumanText.fold(family);
    }
    return HumanText.fold(family) + ", " + HumanText.fold(given);
  }

  /**
   * Returns the display form lower-cased with accents folded, for prefix search: a query folded the
   * same way matches {@code jurg} against {@code Jürgen Groß}.
   */
  public String searchKey() {
    return HumanText.fold(display);
  }

  @Override
  public String toString() {
    return display;
  }
}
