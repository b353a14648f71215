package io.crmkit.benchmarks.jpa;

import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.internal.TimeOrderedIdGenerator;
import io.crmkit.core.party.LifecycleStage;
import io.crmkit.core.spi.ActivityRepository;
import io.crmkit.core.timeline.Activity;
import io.crmkit.core.timeline.ActivityDetails.PageVisit;
import io.crmkit.core.timeline.ActivityEntry;
import io.crmkit.core.timeline.ActivityId;
import io.crmkit.jpa.JpaCrmStorage;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
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
 * Writing one night's batch of activities (550 page visits of 2,000 contacts, as the demo's
 * integration brings them) into an embedded H2 database that already holds {@code stored}
 * activities, in one unit of work: through {@code ActivityRepository.insertAll} of {@code
 * JpaCrmStorage}, the path of {@code TimelineService.logAll}, and, as the peer, through {@code
 * insert} one activity after another, the path {@code logAll} took before. Each invocation writes
 * fresh activities, deleted again after it, so every invocation meets the same table.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class ActivityBatchBenchmark {

  private static final TenantId TENANT = TenantId.of("bench");
  private static final UserId OWNER = UserId.of("owner");
  private static final int CONTACTS = 2_000;
  private static final int BATCH = 550;
  private static final Instant STORED_FROM = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant NIGHT = Instant.parse("2027-01-01T22:00:00Z");

  @Param("100000")
  public int stored;

  private BenchmarkDatabase database;
  private JpaCrmStorage storage;
  private final List<ContactId> contacts = new ArrayList<>();
  private final Random random = new Random(42);
  private TimeOrderedIdGenerator ids;
  private List<Activity> batch;

  @Setup(Level.Trial)
  public void setUp() {
    database =
        BenchmarkDatabase.open(
            "jdbc:h2:mem:activity-batch;DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=64", "h2", 50);
    storage = JpaCrmStorage.create(database.factory);
    ids = TimeOrderedIdGenerator.on(Clock.fixed(STORED_FROM, ZoneOffset.UTC));
    List<Contact> people = new ArrayList<>(CONTACTS);
    for (int i = 0; i < CONTACTS; i++) {
      ContactDetails details = ContactDetails.builder().name("Given" + i, "Family" + i).build();
      ContactId id = ContactId.of(ids.next());
      contacts.add(id);
      people.add(
          Contact.create(id, TENANT, details, OWNER, LifecycleStage.LEAD, STORED_FROM, OWNER)
              .state());
    }
    storage.contacts().insertAll(people);
    List<Activity> history = new ArrayList<>(stored);
    long spread = Duration.between(STORED_FROM, NIGHT).toSeconds();
    for (int i = 0; i < stored; i++) {
      history.add(visit(STORED_FROM.plusSeconds(random.nextLong(spread))));
      if (history.size() == 5_000) {
        storage.activities().insertAll(history);
        history.clear();
      }
    }
    storage.activities().insertAll(history);
  }

  @Setup(Level.Invocation)
  public void nextNight() {
    batch = new ArrayList<>(BATCH);
    for (int i = 0; i < BATCH; i++) {
      batch.add(visit(NIGHT.plusSeconds(i)));
    }
  }

  @TearDown(Level.Invocation)
  public void forgetTheNight() {
    database.execute(
        "delete from crm_activity_link where occurred_at >= timestamp '2027-01-01 00:00:00'",
        "delete from crm_activity where occurred_at >= timestamp '2027-01-01 00:00:00'");
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    database.close();
  }

  /** The batch in one call: ids checked in one query, rows written in one flush. */
  @Benchmark
  public int insertAll() {
    ActivityRepository activities = storage.activities();
    return storage
        .unitOfWork()
        .execute(
            () -> {
              activities.insertAll(batch);
              return batch.size();
            });
  }

  /** The batch one activity at a time in the same unit of work: the path before insertAll. */
  @Benchmark
  public int oneByOne() {
    ActivityRepository activities = storage.activities();
    return storage
        .unitOfWork()
        .execute(
            () -> {
              batch.forEach(activities::insert);
              return batch.size();
            });
  }

  private Activity visit(Instant at) {
    ContactId contact = contacts.get((int) (Math.pow(random.nextDouble(), 2) * CONTACTS));
    ActivityEntry entry =
        ActivityEntry.of(new PageVisit(URI.create("https://www.example.com/pricing")))
            .about(contact)
            .subject("page visit")
            .at(at);
    return Activity.log(ActivityId.of(ids.next()), TENANT, entry, at, OWNER).state();
  }
}
