package io.crmkit.benchmarks.segment;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.benchmarks.jpa.BenchmarkDatabase;
import io.crmkit.benchmarks.prospects.ProspectGenerator;
import io.crmkit.core.PageRequest;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.timeline.Activity;
import io.crmkit.jpa.JpaCrmStorage;
import io.crmkit.jpa.segment.JpaSegmentQuery;
import io.crmkit.scoring.audience.ContactSubject;
import io.crmkit.scoring.segment.EvaluationContext;
import io.crmkit.scoring.segment.SegmentExpression;
import io.crmkit.scoring.segment.SegmentFilter;
import io.crmkit.scoring.segment.SegmentParser;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The database the SQL segment benchmark loads must hold the contacts the in-memory benchmark
 * evaluates, and the adapter's query must select the same ones as the in-memory filter, or the two
 * timings compare nothing. Runs on an H2 target; the benchmark itself checks the same on PostgreSQL
 * before it measures.
 */
class SegmentInSqlTests {

  private static final int SAMPLE = 3_000;
  private static final Clock CLOCK = Clock.fixed(ProspectGenerator.NOW, ZoneOffset.UTC);

  private static BenchmarkDatabase target;
  private static final List<Contact> contacts = new ArrayList<>();
  private static final List<Activity> activities = new ArrayList<>();
  private static long written;

  @BeforeAll
  static void load() throws SQLException {
    target = BenchmarkDatabase.open("jdbc:h2:mem:segment-target;DB_CLOSE_DELAY=-1", "h2", 100);
    try (BenchmarkDatabase scratch =
        BenchmarkDatabase.open("jdbc:h2:mem:segment-test-scratch;DB_CLOSE_DELAY=-1", "h2", 100)) {
      written =
          new AudienceTables(target.dataSource(), scratch)
              .load(
                  SegmentEvaluationBenchmark.SEED,
                  SAMPLE,
                  (contact, company, timeline) -> {
                    contacts.add(contact);
                    activities.addAll(timeline);
                  });
      try (Connection connection = scratch.dataSource().getConnection();
          var rows =
              connection.createStatement().executeQuery("select count(*) from crm_activity")) {
        rows.next();
        assertThat(rows.getLong(1)).as("rows left in the scratch database").isZero();
      }
    }
  }

  @AfterAll
  static void close() {
    target.close();
  }

  @Test
  void theAdapterReadsBackEveryContactAndActivityAsGenerated() {
    JpaCrmStorage storage = JpaCrmStorage.create(target.factory());
    assertThat(written).isEqualTo(activities.size());
    for (int i = 0; i < contacts.size(); i += 97) {
      Contact contact = contacts.get(i);
      assertThat(storage.contacts().find(contact.tenant(), contact.id())).contains(contact);
    }
    for (int i = 0; i < activities.size(); i += 101) {
      Activity activity = activities.get(i);
      Activity read = storage.activities().find(activity.tenant(), activity.id()).orElseThrow();
      assertThat(read.entry()).as("activity %s", i).isEqualTo(activity.entry());
      assertThat(read.occurredAt()).isEqualTo(activity.occurredAt());
      assertThat(read.owner()).isEqualTo(activity.owner());
      assertThat(read.revision().createdAt()).isEqualTo(activity.revision().createdAt());
    }
    Contact first = contacts.get(0);
    long timeline =
        activities.stream().filter(a -> a.entry().contacts().contains(first.id())).count();
    assertThat(storage.activities().countForContact(first.tenant(), first.id()))
        .isEqualTo(timeline);
  }

  @Test
  void theDatabaseSelectsTheContactsTheInMemoryFilterSelects() {
    List<ContactSubject> subjects = Audience.generate(SegmentEvaluationBenchmark.SEED, SAMPLE);
    SegmentFilter filter = SegmentFilter.parse(SixConditions.SEGMENT, Audience.schema());
    Predicate<io.crmkit.scoring.segment.SegmentSubject> matcher =
        filter.matcher(EvaluationContext.at(ProspectGenerator.NOW));
    Set<ContactId> inMemory = new HashSet<>();
    subjects.stream().filter(matcher).forEach(subject -> inMemory.add(subject.id()));

    SegmentExpression segment = SegmentParser.parse(SixConditions.SEGMENT, Audience.schema());
    List<ContactId> inSql =
        JpaSegmentQuery.builder(target.factory())
            .build()
            .allMembers(ProspectGenerator.TENANT, Audience.schema(), segment, CLOCK);

    assertThat(inSql).doesNotHaveDuplicates();
    assertThat(new HashSet<>(inSql)).isEqualTo(inMemory);
    assertThat(inMemory).hasSizeGreaterThan(10);
  }

  @Test
  void theFlatTableSelectsWhatTheAdapterSelects() throws SQLException {
    SegmentExpression segment = SegmentParser.parse(SixConditions.SEGMENT, Audience.schema());
    List<ContactId> inSql =
        JpaSegmentQuery.builder(target.factory())
            .build()
            .allMembers(ProspectGenerator.TENANT, Audience.schema(), segment, CLOCK);

    FlatFacts flat = FlatFacts.build(target.dataSource(), ProspectGenerator.NOW);

    assertThat(flat.members(Integer.MAX_VALUE)).hasSizeGreaterThan(10).isEqualTo(inSql);
    assertThat(flat.members(5)).isEqualTo(inSql.subList(0, 5));
  }

  @Test
  void theRecordedQueryExplainsWhatTheAdapterRan() throws SQLException {
    RecordedQuery recorded = new RecordedQuery();
    SegmentExpression segment = SegmentParser.parse(SixConditions.SEGMENT, Audience.schema());
    try (var unit =
        BenchmarkDatabase.persistenceUnit(recorded.recording(target.dataSource()), 100)) {
      JpaSegmentQuery.builder(unit)
          .build()
          .members(
              ProspectGenerator.TENANT, Audience.schema(), segment, CLOCK, PageRequest.first(5));
    }

    assertThat(recorded.sql()).startsWith("select").contains("crm_contact_value");
    assertThat(recorded.values()).contains("bench", "country", "DE", "newsletter", "page_visit");
  }
}
