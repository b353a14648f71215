package io.crmkit.core.importing;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How an import treats refused rows, rows that match an existing record, and phone numbers written
 * without a country prefix.
 *
 * @param mode what happens when some rows are refused
 * @param updateExisting whether a row whose email or external id matches an existing contact
 *     updates it (otherwise the row is refused)
 * @param region the ISO 3166 region for local phone numbers, or null to require a country prefix
 * @since 0.1
 */
public record ImportOptions(ImportMode mode, boolean updateExisting, @Nullable String region) {

  /** Creates an {@code ImportOptions}, checking its components as the type's comment describes. */
  public ImportOptions {
    requireNonNull(mode, "mode");
  }

  /** Returns options that write nothing unless every row is valid, and refuse existing contacts. */
  public static ImportOptions allOrNothing() {
    return new ImportOptions(ImportMode.ALL_OR_NOTHING, false, null);
  }

  /** Returns options that write the valid rows and report the others. */
  public static ImportOptions validRows() {
    return new ImportOptions(ImportMode.VALID_ROWS, false, null);
  }

  /** Returns these options, updating existing contacts that a row matches. */
  public ImportOptions updatingExisting() {
    return new ImportOptions(mode, true, region);
  }

  /** Returns these options, reading local phone numbers in {@code isoRegion}. */
  public ImportOptions withRegion(String isoRegion) {
    return new ImportOptions(mode, updateExisting, requireNonNull(isoRegion, "region"));
  }

  /** Returns the region for local phone numbers, if set. */
  public Optional<String> defaultRegion() {
    return Optional.ofNullable(region);
  }
}
