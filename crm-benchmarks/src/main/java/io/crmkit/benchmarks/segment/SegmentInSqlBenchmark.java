package io.crmkit.benchmarks.segment;

import io.crmkit.benchmarks.jpa.BenchmarkDatabase;
import io.crmkit.benchmarks.prospects.ProspectGenerator;
import io.crmkit.benchmarks.prospects.ProspectGenerator.ProspectSink;
import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.contact.ContactId;
import io.crmkit.jpa.segment.JpaSegmentQuery;
import io.crmkit.scoring.audience.ContactFacts;
import io.crmkit.scoring.segment.SegmentExpression;
import io.crmkit.scoring.segment.SegmentParser;
import io.crmkit.scoring.segment.SegmentSchema;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The six-condition segment of {@link SixConditions} evaluated by PostgreSQL through {@link
 * JpaSegmentQuery}, over the million generated contacts (and their dozen activities each) that
 * {@link SegmentEvaluationBenchmark} evaluates in memory. {@code allMembers} reads every member
 * with one evaluation; {@code firstPage} reads the first 100. {@code flatAllMembers} and {@code
 * flatFirstPage} read the same from the limit, a hand-written query over one row of plain columns
 * per contact ({@link FlatFacts}), built by the setup from the same loaded rows. The setup loads
 * the database (see {@link AudienceTables}), checks that the database and the flat table select
 * exactly the contacts the hand-written loop selects, and prints the SQL Hibernate generated with
 * PostgreSQL's plan for it, run with {@code EXPLAIN (ANALYZE, BUFFERS)} on the bound values.
 *
 * <p>Run with {@code -Dcrmkit.bench.postgres.url=jdbc:postgresql://HOST:PORT/DATABASE?user=USER}
 * naming a database of its own, which the benchmark empties. With {@code -p load=false} the setup
 * leaves the database as an earlier trial of the same size loaded it (see {@link #load}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
public class SegmentInSqlBenchmark {

  private static final int FIRST_PAGE = 100;
  private static final String SCRATCH = "jdbc:h2:mem:segment-scratch;DB_CLOSE_DELAY=-1";

  @Param("1000000")
  public int contacts;

  /**
   * Whether the setup loads the database from empty ({@code true}), or measures the audience an
   * earlier trial of the same size loaded and left there ({@code false}), so that the second
   * benchmark method does not load a million contacts again. Either way the setup checks that the
   * database selects exactly the contacts the hand-written loop selects.
   */
  @Param("true")
  public boolean load;

  private AutoCloseable database;
  private DataSource dataSource;
  private EntityManagerFactory recordingUnit;
  private JpaSegmentQuery query;
  private SegmentSchema schema;
  private SegmentExpression segment;
  private Clock clock;
  private List<ContactId> expected;
  private FlatFacts flat;

  @Setup(Level.Trial)
  public void setUp() throws SQLException {
    SixConditions loop = new SixConditions(ProspectGenerator.NOW);
    List<ContactId> members = new ArrayList<>();
    ProspectSink selecting =
        (contact, company, timeline) -> {
          if (loop.matches(contact, ContactFacts.of(timeline))) {
            members.add(contact.id());
          }
        };
    EntityManagerFactory factory;
    if (load) {
      BenchmarkDatabase loaded = BenchmarkDatabase.open(1_000);
      database = loaded;
      dataSource = loaded.dataSource();
      factory = loaded.factory();
      long started = System.nanoTime();
      long activities;
      try (BenchmarkDatabase scratch = BenchmarkDatabase.open(SCRATCH, "h2", 1_000)) {
        activities =
            new AudienceTables(dataSource, scratch)
                .load(SegmentEvaluationBenchmark.SEED, contacts, selecting);
      }
      System.out.printf(
          "loaded %,d contacts and %,d activities in %,d s%n",
          contacts, activities, TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
    } else {
      KeptDatabase kept = KeptDatabase.open();
      database = kept;
      dataSource = kept.dataSource();
      factory = kept.factory();
      new ProspectGenerator(SegmentEvaluationBenchmark.SEED).each(contacts, selecting);
    }
    expected = members.stream().sorted(SegmentInSqlBenchmark::byDatabaseOrder).toList();
    schema = Audience.schema();
    segment = SegmentParser.parse(SixConditions.SEGMENT, schema);
    clock = Clock.fixed(ProspectGenerator.NOW, ZoneOffset.UTC);
    query = JpaSegmentQuery.builder(factory).build();
    printPlan();
    if (!allMembers().equals(expected)) {
      throw new IllegalStateException("the database and the hand-written loop disagree");
    }
    flat = FlatFacts.build(dataSource, ProspectGenerator.NOW);
    if (!flatAllMembers().equals(expected)) {
      throw new IllegalStateException("the flat table and the hand-written loop disagree");
    }
  }

  /**
   * PostgreSQL orders uuids by their bytes, unsigned, which is not {@link java.util.UUID}'s order.
   */
  private static int byDatabaseOrder(ContactId left, ContactId right) {
    return left.value().toString().compareTo(right.value().toString());
  }

  private void printPlan() throws SQLException {
    RecordedQuery recorded = new RecordedQuery();
    recordingUnit = BenchmarkDatabase.persistenceUnit(recorded.recording(dataSource), 1_000);
    Page<ContactId> page =
        JpaSegmentQuery.builder(recordingUnit)
            .build()
            .members(
                ProspectGenerator.TENANT, schema, segment, clock, PageRequest.first(FIRST_PAGE));
    try (Connection connection = dataSource.getConnection()) {
      System.out.printf(
          "%d members, %d on the first page%nSQL: %s%nvalues: %s%n%s%n",
          expected.size(),
          page.items().size(),
          recorded.sql(),
          recorded.values(),
          recorded.explain(connection));
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() throws Exception {
    recordingUnit.close();
    database.close();
  }

  @Benchmark
  public List<ContactId> allMembers() {
    List<ContactId> members = query.allMembers(ProspectGenerator.TENANT, schema, segment, clock);
    if (members.size() != expected.size()) {
      throw new IllegalStateException(
          "expected " + expected.size() + " members but read " + members.size());
    }
    return members;
  }

  @Benchmark
  public List<ContactId> flatAllMembers() {
    List<ContactId> members = flat.members(Integer.MAX_VALUE);
    if (members.size() != expected.size()) {
      throw new IllegalStateException(
          "expected " + expected.size() + " members but read " + members.size());
    }
    return members;
  }

  @Benchmark
  public List<ContactId> flatFirstPage() {
    List<ContactId> page = flat.members(FIRST_PAGE);
    if (!page.equals(expected.subList(0, FIRST_PAGE))) {
      throw new IllegalStateException("the flat table's first page is not the first members");
    }
    return page;
  }

  @Benchmark
  public Page<ContactId> firstPage() {
    Page<ContactId> page =
        query.members(
            ProspectGenerator.TENANT, schema, segment, clock, PageRequest.first(FIRST_PAGE));
    if (!page.items().equals(expected.subList(0, FIRST_PAGE))) {
      throw new IllegalStateException("the first page is not the first " + FIRST_PAGE + " members");
    }
    return page;
  }
}
