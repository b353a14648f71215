package io.crmkit.interchange;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.importing.ImportMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * How a CSV import reads its file and treats its rows: the mode, whether rows that match an
 * existing record update it (an upsert), whether it is a dry run, which source column holds which
 * field, the region of local phone numbers, the batch size and who hears of its progress.
 *
 * <pre>{@code
 * CsvImportOptions options = CsvImportOptions.validRows()
 *     .upserting()
 *     .mapping(Map.of("E-mail", "email", "First name", "given_name"))
 *     .onProgress(progress -> log.info("{} rows read", progress.rowsRead()));
 * }</pre>
 *
 * @param mode what happens when some rows are refused
 * @param upsert whether a row that matches an existing record by its key updates it; otherwise the
 *     row is refused
 * @param dryRun whether the import only checks and counts, writing nothing
 * @param mapping the field each source column holds, by source column; a column not named here
 *     holds the field of its own name (so an export's header needs no mapping)
 * @param region the ISO 3166 region for phone numbers without a country prefix, or null to require
 *     the prefix
 * @param batchSize how many rows are checked, looked up and written together, 1 to 10,000
 * @param progress told after every batch; never null
 * @since 0.1
 */
public record CsvImportOptions(
    ImportMode mode,
    boolean upsert,
    boolean dryRun,
    Map<String, String> mapping,
    @Nullable String region,
    int batchSize,
    Consumer<ImportProgress> progress) {

  /** The batch size unless set. */
  public static final int DEFAULT_BATCH_SIZE = 1_000;

  /** The largest batch size. */
  public static final int MAX_BATCH_SIZE = 10_000;

  public CsvImportOptions {
    requireNonNull(mode, "mode");
    requireNonNull(progress, "progress");
    mapping = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(mapping));
    mapping.forEach(
        (column, field) -> {
          requireNonNull(column, "mapped column");
          requireNonNull(field, "mapped field");
        });
    checkArgument(
        batchSize >= 1 && batchSize <= MAX_BATCH_SIZE,
        "batch size must be 1 to %s: %s",
        MAX_BATCH_SIZE,
        batchSize);
  }

  /** Returns options that write nothing unless every row is valid, and refuse existing records. */
  public static CsvImportOptions allOrNothing() {
    return new CsvImportOptions(
        ImportMode.ALL_OR_NOTHING, false, false, Map.of(), null, DEFAULT_BATCH_SIZE, p -> {});
  }

  /** Returns options that write the valid rows and report the others. */
  public static CsvImportOptions validRows() {
    return new CsvImportOptions(
        ImportMode.VALID_ROWS, false, false, Map.of(), null, DEFAULT_BATCH_SIZE, p -> {});
  }

  /** Returns these options, updating the existing records that rows match. */
  public CsvImportOptions upserting() {
    return new CsvImportOptions(mode, true, dryRun, mapping, region, batchSize, progress);
  }

  /** Returns these options as a dry run: every row is checked and counted, nothing is written. */
  public CsvImportOptions asDryRun() {
    return new CsvImportOptions(mode, upsert, true, mapping, region, batchSize, progress);
  }

  /** Returns these options reading the fields from the source columns {@code columnToField}. */
  public CsvImportOptions mapping(Map<String, String> columnToField) {
    return new CsvImportOptions(mode, upsert, dryRun, columnToField, region, batchSize, progress);
  }

  /** Returns these options, reading local phone numbers in {@code isoRegion}. */
  public CsvImportOptions withRegion(String isoRegion) {
    return new CsvImportOptions(
        mode, upsert, dryRun, mapping, requireNonNull(isoRegion, "region"), batchSize, progress);
  }

  /** Returns these options with batches of {@code size} rows. */
  public CsvImportOptions batchSize(int size) {
    return new CsvImportOptions(mode, upsert, dryRun, mapping, region, size, progress);
  }

  /** Returns these options, telling {@code listener} of the progress after every batch. */
  public CsvImportOptions onProgress(Consumer<ImportProgress> listener) {
    return new CsvImportOptions(mode, upsert, dryRun, mapping, region, batchSize, listener);
  }

  /** Returns the region for local phone numbers, if set. */
  public Optional<String> defaultRegion() {
    return Optional.ofNullable(region);
  }

  /** Returns the field that source column {@code column} holds. */
  public String fieldOf(String column) {
    return mapping.getOrDefault(column, column);
  }
}
