package io.crmkit.core.contactpoint;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.HumanText;
import io.crmkit.core.internal.Quoted;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A postal address at which a contact or company receives mail or is located: street lines, city,
 * region, postal code and country.
 *
 * <p>Parts are normalised as names are (NFC, stripped, whitespace collapsed), at most 200
 * characters (UTF-16 units) each, well-formed and without control characters. An absent part is the
 * empty string, never null. The country is required and is an ISO 3166 alpha-2 code; besides it, an
 * address needs at least one street line, a city or a postal code. Build one with {@link
 * #builder()}.
 *
 * @param lines the street lines, 0 to 4, none blank, never null
 * @param city the city or locality, possibly empty, never null
 * @param region the state, province or county, possibly empty, never null
 * @param postalCode the postal code, possibly empty, never null
 * @param countryCode the upper-case ISO 3166 alpha-2 country code, for example {@code DE}
 * @since 0.1
 */
public record PostalAddress(
    List<String> lines, String city, String region, String postalCode, String countryCode) {

  /** The most street lines an address may have. */
  public static final int MAX_LINES = 4;

  /** The longest part accepted, in characters. */
  public static final int MAX_PART_LENGTH = 200;

  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  /** Creates a {@code PostalAddress}, checking its components as the type's comment describes. */
  public PostalAddress {
    requireNonNull(lines, "address lines");
    checkArgument(
        lines.size() <= MAX_LINES,
        "an address has at most %s lines, not %s: %s",
        MAX_LINES,
        lines.size(),
        lines);
    List<String> normalisedLines = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      String line =
          HumanText.normalisePart(lines.get(i), "address line " + (i + 1), MAX_PART_LENGTH);
      checkArgument(!line.isEmpty(), "address line %s must not be blank", i + 1);
      normalisedLines.add(line);
    }
    lines = List.copyOf(normalisedLines);
    city = HumanText.normalisePart(city, "city", MAX_PART_LENGTH);
    region = HumanText.normalisePart(region, "region", MAX_PART_LENGTH);
    postalCode = HumanText.normalisePart(postalCode, "postal code", MAX_PART_LENGTH);
    requireNonNull(countryCode, "country code");
    checkArgument(
        COUNTRIES.contains(countryCode),
        "country code must be an upper-case ISO 3166 alpha-2 code such as DE: %s",
        Quoted.of(countryCode));
    checkArgument(
        !lines.isEmpty() || !city.isEmpty() || !postalCode.isEmpty(),
        "an address needs a street line, a city or a postal code besides its country %s",
        countryCode);
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Collects the parts of a {@link PostalAddress}; {@link #build()} validates them all. Not thread
   * safe: use one builder per address.
   *
   * @since 0.1
   */
  public static final class Builder {

    private final List<String> lines = new ArrayList<>();
    private String city = "";
    private String region = "";
    private String postalCode = "";
    private String countryCode = "";

    private Builder() {}

    /** Appends a street line, never null. */
    public Builder line(String line) {
      lines.add(requireNonNull(line, "address line"));
      return this;
    }

    /** Sets the city or locality, never null. */
    public Builder city(String city) {
      this.city = requireNonNull(city, "city");
      return this;
    }

    /** Sets the state, province or county, never null. */
    public Builder region(String region) {
      this.region = requireNonNull(region, "region");
      return this;
    }

    /** Sets the postal code, never null. */
    public Builder postalCode(String postalCode) {
      this.postalCode = requireNonNull(postalCode, "postal code");
      return this;
    }

    /** Sets the ISO 3166 alpha-2 country code in either case ({@code DE} or {@code de}). */
    public Builder country(String countryCode) {
      this.countryCode =
          requireNonNull(countryCode, "country code").strip().toUpperCase(Locale.ROOT);
      return this;
    }

    /**
     * Returns the address.
     *
     * @throws IllegalArgumentException if a part is invalid or the country is missing; the message
     *     names the part
     */
    public PostalAddress build() {
      return new PostalAddress(lines, city, region, postalCode, countryCode);
    }
  }
}
