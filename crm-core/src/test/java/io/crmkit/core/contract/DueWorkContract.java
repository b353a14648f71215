package io.crmkit.core.contract;

import static io.crmkit.core.fixtures.ContactFixtures.OTHER_TENANT;
import static io.crmkit.core.fixtures.ContactFixtures.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.Crm;
import io.crmkit.core.PageRequest;
import io.crmkit.core.RecordRef;
import io.crmkit.core.RecordType;
import io.crmkit.core.UserId;
import io.crmkit.core.automation.DueItem;
import io.crmkit.core.automation.DueKind;
import io.crmkit.core.automation.DueRun;
import io.crmkit.core.automation.DueState;
import io.crmkit.core.automation.DueWork;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.fixtures.TestClock;
import io.crmkit.core.spi.CrmStorage;
import io.crmkit.core.task.Task;
import io.crmkit.core.task.TaskDetails;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every storage's due work must do: each item performed once, when due, with its effects in
 * the unit that marks it done, per tenant, under concurrent runners.
 */
public abstract class DueWorkContract {

  private static final DueKind FOLLOW_UP = DueKind.of("follow-up");

  private TestClock clock;
  private Crm crm;
  private Contact ana;

  /** Returns an empty storage for one test. */
  protected abstract CrmStorage newStorage();

  @BeforeEach
  void openCrm() {
    clock = TestClock.atStart();
    crm =
        Crm.builder()
            .storage(newStorage())
            .tenant(TENANT)
            .clock(clock)
            .dueWork(new FollowUpTask())
            .build();
    ana = crm.contacts().create(ContactDetails.builder().name("Ana", "Lima").build());
  }

  @Test
  void performsEachDueItemOnceAndASecondRunAtTheSameInstantDoesNothing() {
    schedule("a", Duration.ZERO);
    schedule("b", Duration.ofMinutes(-5));

    DueRun first = crm.automation().runDue();
    DueRun second = crm.automation().runDue();

    assertThat(first).isEqualTo(new DueRun(2, 0, 1));
    assertThat(second).isEqualTo(new DueRun(0, 0, 0));
    assertThat(taskTitles()).containsExactlyInAnyOrder("follow up a", "follow up b");
    DueItem done = crm.automation().item("a").orElseThrow();
    assertThat(done.state()).isEqualTo(DueState.DONE);
    assertThat(done.finishedAt()).isEqualTo(clock.instant());
    assertThat(done.outcome()).isEqualTo("created task follow up a");
  }

  @Test
  void leavesItemsThatAreNotDueUntilTheClockReachesThem() {
    schedule("later", Duration.ofDays(2));

    assertThat(crm.automation().runDue().done()).isZero();
    clock.advance(Duration.ofDays(2).minusSeconds(1));
    assertThat(crm.automation().runDue().done()).isZero();
    clock.advance(Duration.ofSeconds(1));

    assertThat(crm.automation().runDue().done()).isEqualTo(1);
    assertThat(taskTitles()).containsExactly("follow up later");
  }

  @Test
  void keepsOneItemPerIdempotencyKey() {
    assertThat(schedule("once", Duration.ZERO)).isTrue();
    assertThat(schedule("once", Duration.ofDays(1))).isFalse();
    crm.automation().runDue();

    assertThat(schedule("once", Duration.ZERO)).isFalse();
    assertThat(crm.automation().runDue().done()).isZero();
    assertThat(crm.automation().item("once").orElseThrow().dueAt()).isEqualTo(clock.instant());
    assertThat(taskTitles()).containsExactly("follow up once");
  }

  @Test
  void marksAFailingItemFailedWithoutItsEffectsAndPerformsTheRestOfItsBatch() {
    schedule("before", Duration.ofMinutes(-2));
    crm.automation().schedule(FOLLOW_UP, "broken", clock.instant().minusSeconds(60), "fail");
    schedule("after", Duration.ZERO);

    DueRun run = crm.automation().runDue();

    assertThat(run.done()).isEqualTo(2);
    assertThat(run.failed()).isEqualTo(1);
    DueItem broken = crm.automation().item("broken").orElseThrow();
    assertThat(broken.state()).isEqualTo(DueState.FAILED);
    assertThat(broken.outcome()).isEqualTo("IllegalStateException: told to fail");
    assertThat(taskTitles()).containsExactlyInAnyOrder("follow up before", "follow up after");
    assertThat(crm.automation().runDue()).isEqualTo(new DueRun(0, 0, 0));
  }

  @Test
  void performsMoreItemsThanABatchInSeveralUnits() {
    for (int i = 0; i < 250; i++) {
      schedule("bulk-" + i, Duration.ofSeconds(-i));
    }

    DueRun run = crm.automation().runDue();

    assertThat(run).isEqualTo(new DueRun(250, 0, 3));
    assertThat(taskTitles()).hasSize(250).doesNotHaveDuplicates();
  }

  @Test
  void runsOnlyTheActingTenantsItemsAndHidesThemFromOtherTenants() {
    schedule("mine", Duration.ZERO);
    Crm other = crm.forTenant(OTHER_TENANT, UserId.of("bob"));

    assertThat(other.automation().item("mine")).isEmpty();
    assertThat(other.automation().runDue().done()).isZero();
    assertThat(other.automation().schedule(FOLLOW_UP, "mine", clock.instant(), "")).isTrue();
    assertThat(crm.automation().item("mine").orElseThrow().state()).isEqualTo(DueState.PENDING);
    assertThat(crm.automation().runDue().done()).isEqualTo(1);
  }

  @Test
  void performsEveryItemOnceUnderConcurrentRunners() throws Exception {
    int items = 400;
    for (int i = 0; i < items; i++) {
      schedule("race-" + i, Duration.ofMillis(-i));
    }
    ExecutorService runners = Executors.newFixedThreadPool(2);
    try {
      List<Future<DueRun>> runs = new ArrayList<>();
      for (int r = 0; r < 2; r++) {
        runs.add(runners.submit(() -> crm.automation().runDue()));
      }
      int done = 0;
      for (Future<DueRun> run : runs) {
        done += run.get().done();
      }
      assertThat(done).isEqualTo(items);
    } finally {
      runners.shutdownNow();
    }
    assertThat(taskTitles()).hasSize(items).doesNotHaveDuplicates();
  }

  @Test
  void rejectsWorkOfAKindNobodyPerformsAndKeysThatAreNotIdentifiers() {
    assertThatThrownBy(
            () -> crm.automation().schedule(DueKind.of("unknown"), "k", clock.instant(), ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown");
    assertThatThrownBy(() -> crm.automation().schedule(FOLLOW_UP, " padded", clock.instant(), ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("idempotency key");
    assertThatThrownBy(
            () -> crm.automation().schedule(FOLLOW_UP, "x".repeat(201), clock.instant(), ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 to 200");
    assertThat(crm.automation().runDue().finished()).isZero();
  }

  private boolean schedule(String key, Duration fromNow) {
    Instant dueAt = clock.instant().plus(fromNow);
    return crm.automation().schedule(FOLLOW_UP, key, dueAt, ana.id().toString());
  }

  private List<String> taskTitles() {
    List<String> titles = new ArrayList<>();
    PageRequest page = PageRequest.first(PageRequest.MAX_SIZE);
    while (true) {
      var tasks = crm.tasks().about(RecordRef.of(RecordType.CONTACT, ana.id()), page);
      tasks.items().stream().map(Task::details).map(TaskDetails::title).forEach(titles::add);
      if (tasks.nextCursor().isEmpty()) {
        return titles;
      }
      page = PageRequest.after(tasks.nextCursor().orElseThrow(), PageRequest.MAX_SIZE);
    }
  }

  /** Creates a task about the contact its item names; fails when told to. */
  private static final class FollowUpTask implements DueWork {

    @Override
    public DueKind kind() {
      return FOLLOW_UP;
    }

    @Override
    public String perform(DueItem item, Crm crm) {
      if (item.subject().equals("fail")) {
        throw new IllegalStateException("told to fail");
      }
      Task task =
          crm.tasks()
              .create(
                  TaskDetails.builder()
                      .title("follow up " + item.key())
                      .dueAt(item.dueAt())
                      .about(RecordRef.of(RecordType.CONTACT, item.subject()))
                      .build());
      return "created task " + task.details().title();
    }
  }
}
