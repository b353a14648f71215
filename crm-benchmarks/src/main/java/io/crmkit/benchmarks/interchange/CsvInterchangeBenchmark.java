package io.crmkit.benchmarks.interchange;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.crmkit.core.Crm;
import io.crmkit.core.importing.ImportReport;
import io.crmkit.interchange.CsvImportOptions;
import io.crmkit.interchange.CsvInterchange;
import io.crmkit.interchange.RecordKind;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time per row to import 100,000 contacts from a CSV file held in memory into an empty in-memory
 * CRM, and to export them again, each beside its ceiling: Jackson's CSV parser reading the same
 * file cell by cell ({@link #parseOnly}), and Jackson's CSV generator writing the same cells
 * ({@link #writeOnly}). What lies between a figure and its ceiling is crmkit's work: checking every
 * cell, looking up existing contacts per batch, creating them through the core's bulk path, reading
 * pages of contacts and escaping cells.
 *
 * <p>Each iteration is one whole file ({@code SingleShotTime}), divided by the rows, so scores read
 * as time per row. The file is generated once per fork, with names in several scripts, a quoted
 * comma and a formula-like cell in some rows.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class CsvInterchangeBenchmark {

  static final int ROWS = 100_000;

  private static final String[] GIVEN = {"Ana", "José", "Zoë", "山田", "محمد", "Ólafur", "Анна"};
  private static final String[] FAMILY = {"Lima", "Müller", "O'Neil", "太郎", "علي", "Smith, Jr."};
  private static final String[] TITLES = {
    "CTO", "Head of Sales", "=Buyer", "Engineer", "\"Chief\""
  };

  private final CsvMapper mapper =
      CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();
  private String file;
  private List<String[]> cells;
  private Crm empty;
  private Crm filled;

  @Setup(Level.Trial)
  public void makeFile() {
    cells = new ArrayList<>(ROWS);
    StringWriter out = new StringWriter();
    try (SequenceWriter writer =
        mapper.writerFor(String[].class).with(CsvSchema.emptySchema()).writeValues(out)) {
      writer.write(
          new String[] {"given_name", "family_name", "email", "phone", "job_title", "tags"});
      for (int i = 0; i < ROWS; i++) {
        String[] row = {
          GIVEN[i % GIVEN.length],
          FAMILY[i % FAMILY.length],
          "person" + i + "@example.com",
          "+4930" + (1_000_000 + i),
          TITLES[i % TITLES.length].startsWith("=")
              ? "'" + TITLES[i % TITLES.length]
              : TITLES[i % TITLES.length],
          "customer;tier" + (i % 3)
        };
        writer.write(row);
        cells.add(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    file = out.toString();
    filled = Crm.inMemory();
    expectAll(
        CsvInterchange.on(filled)
            .importCsv(
                RecordKind.CONTACTS, new StringReader(file), CsvImportOptions.allOrNothing()));
  }

  @Setup(Level.Iteration)
  public void emptyCrm() {
    empty = Crm.inMemory();
  }

  @Benchmark
  @OperationsPerInvocation(ROWS)
  public ImportReport importContacts() {
    return expectAll(
        CsvInterchange.on(empty)
            .importCsv(RecordKind.CONTACTS, new StringReader(file), CsvImportOptions.validRows()));
  }

  @Benchmark
  @OperationsPerInvocation(ROWS)
  public long parseOnly() throws IOException {
    long length = 0;
    long rows = 0;
    try (MappingIterator<String[]> it =
        mapper
            .readerFor(String[].class)
            .with(CsvSchema.emptySchema())
            .readValues(new StringReader(file))) {
      it.nextValue();
      while (it.hasNextValue()) {
        for (String cell : it.nextValue()) {
          length += cell.length();
        }
        rows++;
      }
    }
    if (rows != ROWS) {
      throw new IllegalStateException("expected " + ROWS + " rows, read " + rows);
    }
    return length;
  }

  @Benchmark
  @OperationsPerInvocation(ROWS)
  public long exportContacts() {
    StringWriter out = new StringWriter(file.length() + 1_024);
    long rows = CsvInterchange.on(filled).exportCsv(RecordKind.CONTACTS, out);
    if (rows != ROWS) {
      throw new IllegalStateException("expected " + ROWS + " rows, wrote " + rows);
    }
    return out.getBuffer().length();
  }

  @Benchmark
  @OperationsPerInvocation(ROWS)
  public long writeOnly() throws IOException {
    StringWriter out = new StringWriter(file.length() + 1_024);
    try (SequenceWriter writer =
        mapper.writerFor(String[].class).with(CsvSchema.emptySchema()).writeValues(out)) {
      for (String[] row : cells) {
        writer.write(row);
      }
    }
    return out.getBuffer().length();
  }

  private static ImportReport expectAll(ImportReport report) {
    if (report.created() != ROWS) {
      throw new IllegalStateException("expected " + ROWS + " contacts, got " + report);
    }
    return report;
  }
}
