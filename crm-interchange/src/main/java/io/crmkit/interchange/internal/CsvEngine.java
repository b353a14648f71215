package io.crmkit.interchange.internal;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.crmkit.core.Crm;
import io.crmkit.core.CrmException;
import io.crmkit.core.importing.ImportMode;
import io.crmkit.core.importing.ImportReport;
import io.crmkit.core.importing.RejectedRow;
import io.crmkit.interchange.CsvImportOptions;
import io.crmkit.interchange.Escaping;
import io.crmkit.interchange.ImportProgress;
import io.crmkit.interchange.RecordKind;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads and writes the CSV files of every record kind with Jackson's streaming CSV parser and
 * generator; built by {@code CsvInterchange} only.
 */
public final class CsvEngine {

  private final Crm crm;
  private final Map<RecordKind, Columns> kinds = new EnumMap<>(RecordKind.class);
  private final ObjectReader reader;
  private final ObjectWriter writer;

  /** Returns the engine of {@code crm}. */
  public CsvEngine(Crm crm) {
    this.crm = requireNonNull(crm, "crm");
    kinds.put(RecordKind.COMPANIES, new CompanyColumns(crm));
    kinds.put(RecordKind.CONTACTS, new ContactColumns(crm));
    kinds.put(RecordKind.LEADS, new LeadColumns(crm));
    kinds.put(RecordKind.DEALS, new DealColumns(crm));
    kinds.put(RecordKind.ACTIVITIES, new ActivityColumns(crm));
    CsvMapper mapper =
        CsvMapper.builder()
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .build();
    reader = mapper.readerFor(String[].class).with(CsvSchema.emptySchema());
    writer = mapper.writerFor(String[].class).with(CsvSchema.emptySchema());
  }

  /** Returns the columns of an export of {@code kind}, in order. */
  public List<String> header(RecordKind kind) {
    return kinds.get(requireNonNull(kind, "kind")).header();
  }

  /** Writes every record of {@code kind} to {@code out}; returns the number of data rows. */
  public long export(RecordKind kind, Writer out) {
    requireNonNull(out, "out");
    Columns columns = kinds.get(requireNonNull(kind, "kind"));
    List<String> header = columns.header();
    long[] rows = {0};
    try (SequenceWriter csv = writer.writeValues(out)) {
      csv.write(header.toArray(String[]::new));
      String[] cells = new String[header.size()];
      columns.export(
          record -> {
            for (int i = 0; i < cells.length; i++) {
              cells[i] = Escaping.escape(record.getOrDefault(header.get(i), ""));
            }
            try {
              csv.write(cells);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
            rows[0]++;
          });
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows[0];
  }

  /** Imports the CSV {@code in} as records of {@code kind}. */
  public ImportReport importCsv(RecordKind kind, Reader in, CsvImportOptions options) {
    requireNonNull(in, "in");
    requireNonNull(options, "options");
    Columns columns = kinds.get(requireNonNull(kind, "kind"));
    try (MappingIterator<String[]> csv = reader.readValues(in)) {
      if (!csv.hasNextValue()) {
        throw new IllegalArgumentException("the CSV file is empty: it has no header row");
      }
      String[] header = csv.nextValue();
      Columns.Settings settings =
          new Columns.Settings(options.upsert(), options.region(), columns.definitions());
      String[] fields = fields(columns, header, options, settings);
      Run run = new Run(columns, csv, header, fields, options, settings);
      if (options.mode() == ImportMode.VALID_ROWS && !options.dryRun()) {
        return run.all(true).report(true);
      }
      try {
        return crm.atomically(
            () -> {
              Tally tally = run.all(false);
              if (options.dryRun() || !tally.rejected.isEmpty()) {
                throw new Undo(tally);
              }
              return tally.report(true);
            });
      } catch (Undo undo) {
        return undo.tally.report(false);
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("the CSV file cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * Returns the field of each source column, refusing a header whose columns hold unknown or
   * repeated fields before any row is read.
   */
  private static String[] fields(
      Columns columns, String[] header, CsvImportOptions options, Columns.Settings settings) {
    Set<String> known = new HashSet<>(columns.fixed());
    settings.definitions().keySet().forEach(key -> known.add(Columns.CUSTOM + key));
    String[] fields = new String[header.length];
    Set<String> unknown = new TreeSet<>();
    Map<String, String> seen = new HashMap<>();
    List<String> repeated = new ArrayList<>();
    for (int i = 0; i < header.length; i++) {
      String column = header[i].strip();
      String field = options.fieldOf(column);
      fields[i] = field;
      if (!known.contains(field)) {
        unknown.add(column.equals(field) ? column : column + " -> " + field);
      } else {
        String other = seen.putIfAbsent(field, column);
        if (other != null) {
          repeated.add(other + " and " + column + " both hold " + field);
        }
      }
    }
    if (!unknown.isEmpty() || !repeated.isEmpty()) {
      throw new IllegalArgumentException(
          (unknown.isEmpty() ? "" : "unknown " + columns.kind().label() + " columns " + unknown)
              + (repeated.isEmpty() ? "" : (unknown.isEmpty() ? "" : "; ") + repeated)
              + "; known: "
              + new TreeSet<>(known)
              + " (map a source column to one of them)");
    }
    return fields;
  }

  /** The rows read and written so far, and the rows refused. */
  private static final class Tally {
    long read;
    long created;
    long updated;
    final List<RejectedRow> rejected = new ArrayList<>();

    ImportReport report(boolean written) {
      return new ImportReport(
          Math.toIntExact(created),
          Math.toIntExact(updated),
          rejected,
          written && (created + updated) > 0);
    }
  }

  /**
   * Thrown out of a unit of work to undo it: a dry run, or a refused row in all-or-nothing mode.
   */
  private static final class Undo extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Tally tally;

    Undo(Tally tally) {
      super(null, null, false, false);
      this.tally = tally;
    }
  }

  /** One import: reads the file batch by batch, never holding more than one batch of rows. */
  private final class Run {
    private final Columns columns;
    private final MappingIterator<String[]> csv;
    private final String[] header;
    private final String[] fields;
    private final CsvImportOptions options;
    private final Columns.Settings settings;
    private final Tally tally = new Tally();
    private int line = 1;

    Run(
        Columns columns,
        MappingIterator<String[]> csv,
        String[] header,
        String[] fields,
        CsvImportOptions options,
        Columns.Settings settings) {
      this.columns = columns;
      this.csv = csv;
      this.header = header;
      this.fields = fields;
      this.options = options;
      this.settings = settings;
    }

    /** Reads every batch; each in a unit of its own when {@code unitPerBatch}. */
    Tally all(boolean unitPerBatch) {
      List<Row> batch = new ArrayList<>(options.batchSize());
      while (true) {
        batch.clear();
        while (batch.size() < options.batchSize() && next(batch)) {
          // reading
        }
        if (batch.isEmpty()) {
          return tally;
        }
        write(batch, unitPerBatch);
        tally.read += batch.size();
        for (Row row : batch) {
          if (!row.valid()) {
            tally.rejected.add(new RejectedRow(row.line(), row.errors()));
          }
        }
        options
            .progress()
            .accept(
                new ImportProgress(
                    tally.read, tally.created, tally.updated, tally.rejected.size()));
      }
    }

    private boolean next(List<Row> batch) {
      String[] cells;
      try {
        if (!csv.hasNextValue()) {
          return false;
        }
        cells = csv.nextValue();
      } catch (IOException e) {
        throw new IllegalArgumentException(
            "the CSV file is malformed after line " + line + ": " + message(e), e);
      }
      line++;
      Map<String, String> values = new HashMap<>();
      Map<String, String> sources = new HashMap<>();
      for (int i = 0; i < Math.min(cells.length, fields.length); i++) {
        values.put(fields[i], Escaping.unescape(cells[i]));
        sources.put(fields[i], header[i].strip());
      }
      Row row = new Row(line, values, sources);
      if (cells.length > fields.length) {
        row.error("row", cells.length, "has more cells than the header's " + fields.length);
      }
      batch.add(row);
      return true;
    }

    private void write(List<Row> batch, boolean unitPerBatch) {
      try {
        int[] counts =
            unitPerBatch
                ? crm.atomically(() -> columns.importBatch(batch, settings))
                : columns.importBatch(batch, settings);
        tally.created += counts[0];
        tally.updated += counts[1];
      } catch (CrmException | IllegalArgumentException failed) {
        // one row broke a rule only the write sees: find it by writing the rows one by one
        for (Row row : batch) {
          if (!row.valid()) {
            continue;
          }
          List<Row> one = List.of(row);
          try {
            int[] counts =
                unitPerBatch
                    ? crm.atomically(() -> columns.importBatch(one, settings))
                    : columns.importBatch(one, settings);
            tally.created += counts[0];
            tally.updated += counts[1];
          } catch (CrmException | IllegalArgumentException rowFailed) {
            row.failed(rowFailed);
          }
        }
      }
    }
  }

  private static String message(IOException e) {
    return e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
  }
}
