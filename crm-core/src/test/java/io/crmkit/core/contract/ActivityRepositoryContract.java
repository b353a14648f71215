package io.crmkit.core.contract;

import static io.crmkit.core.fixtures.ContactFixtures.OTHER_TENANT;
import static io.crmkit.core.fixtures.ContactFixtures.OWNER;
import static io.crmkit.core.fixtures.ContactFixtures.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.CrmStorage;
import io.crmkit.core.common.ConcurrentUpdateException;
import io.crmkit.core.common.Page;
import io.crmkit.core.common.PageCursor;
import io.crmkit.core.common.PageRequest;
import io.crmkit.core.common.RecordRef;
import io.crmkit.core.common.RecordType;
import io.crmkit.core.company.CompanyId;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.fixtures.Ids;
import io.crmkit.core.fixtures.TestClock;
import io.crmkit.core.timeline.Activity;
import io.crmkit.core.timeline.ActivityDetails.Note;
import io.crmkit.core.timeline.ActivityEntry;
import io.crmkit.core.timeline.ActivityId;
import io.crmkit.core.timeline.ActivityRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ActivityRepository} must do: timelines newest first, paged by cursor. */
public abstract class ActivityRepositoryContract {

  private static final ContactId ANA = ContactId.of(Ids.next());
  private static final ContactId BO = ContactId.of(Ids.next());
  private static final CompanyId ACME = CompanyId.of(Ids.next());

  protected ActivityRepository activities;

  /** Returns an empty storage for one test. */
  protected abstract CrmStorage newStorage();

  @BeforeEach
  void openStorage() {
    activities = newStorage().activities();
  }

  @Test
  void listsAContactsActivitiesNewestFirst() {
    Activity old = note(ANA, TestClock.START);
    Activity recent = note(ANA, TestClock.START.plus(Duration.ofHours(2)));
    Activity middle = note(ANA, TestClock.START.plus(Duration.ofHours(1)));
    Activity notAna = note(BO, TestClock.START.plus(Duration.ofHours(3)));
    List.of(old, recent, middle, notAna).forEach(activities::insert);

    assertThat(activities.forContact(TENANT, ANA, PageRequest.first(10)).items())
        .containsExactly(recent, middle, old);
    assertThat(activities.countForContact(TENANT, ANA)).isEqualTo(3);
  }

  @Test
  void ordersActivitiesOfTheSameInstantByIdNewestFirst() {
    Activity first = note(ANA, TestClock.START);
    Activity second = note(ANA, TestClock.START);
    activities.insert(first);
    activities.insert(second);

    assertThat(activities.forContact(TENANT, ANA, PageRequest.first(10)).items())
        .containsExactly(second, first);
  }

  @Test
  void pagesThroughALongTimelineWithoutRepeatsOrGaps() {
    List<Activity> all = new ArrayList<>();
    for (int i = 0; i < 23; i++) {
      Activity activity = note(ANA, TestClock.START.plus(Duration.ofMinutes(i % 7)));
      activities.insert(activity);
      all.add(activity);
    }
    List<Activity> expected =
        all.stream()
            .sorted(
                Comparator.comparing(Activity::occurredAt).thenComparing(Activity::id).reversed())
            .toList();

    List<Activity> seen = new ArrayList<>();
    PageRequest request = PageRequest.first(5);
    while (true) {
      Page<Activity> page = activities.forContact(TENANT, ANA, request);
      seen.addAll(page.items());
      if (!page.hasNext()) {
        break;
      }
      request = PageRequest.after(page.nextCursor().orElseThrow(), 5);
    }

    assertThat(seen).containsExactlyElementsOf(expected);
  }

  @Test
  void refusesACursorFromAnotherKindOfList() {
    activities.insert(note(ANA, TestClock.START));

    assertThatThrownBy(
            () ->
                activities.forContact(
                    TENANT, ANA, PageRequest.after(PageCursor.of("not-a-position"), 5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not-a-position");
  }

  @Test
  void findsActivitiesByCompanyAndOtherRecordsOnlyInTheirTenant() {
    RecordRef deal = RecordRef.of(RecordType.DEAL, "d-1");
    Activity both =
        Activity.log(
                ActivityId.of(Ids.next()),
                TENANT,
                ActivityEntry.of(new Note()).about(ANA).about(ACME).regarding(deal),
                TestClock.START,
                OWNER)
            .state();
    activities.insert(both);

    assertThat(activities.forCompany(TENANT, ACME, PageRequest.first(5)).items())
        .containsExactly(both);
    assertThat(activities.forRecord(TENANT, deal, PageRequest.first(5)).items())
        .containsExactly(both);
    assertThat(activities.forContact(OTHER_TENANT, ANA, PageRequest.first(5)).items()).isEmpty();
    assertThat(activities.find(OTHER_TENANT, both.id())).isEmpty();
  }

  @Test
  void movesACorrectedActivityToItsNewPlaceAndChecksVersions() {
    Activity early = note(ANA, TestClock.START);
    Activity late = note(ANA, TestClock.START.plus(Duration.ofHours(1)));
    activities.insert(early);
    activities.insert(late);
    Instant later = TestClock.START.plus(Duration.ofHours(5));
    Activity moved = early.correct(early.entry().at(later), later, OWNER).state();

    activities.update(moved, 1);

    assertThat(activities.forContact(TENANT, ANA, PageRequest.first(5)).items())
        .containsExactly(moved, late);
    assertThatThrownBy(() -> activities.update(moved, 1))
        .isInstanceOf(ConcurrentUpdateException.class);
    activities.delete(TENANT, moved.id(), 2);
    assertThat(activities.forContact(TENANT, ANA, PageRequest.first(5)).items())
        .containsExactly(late);
  }

  private static Activity note(ContactId contact, Instant at) {
    return Activity.log(
            ActivityId.of(Ids.next()),
            TENANT,
            ActivityEntry.of(new Note()).about(contact).at(at),
            at,
            OWNER)
        .state();
  }
}
