package io.crmkit.core.contract;

import static io.crmkit.core.fixtures.ContactFixtures.OTHER_TENANT;
import static io.crmkit.core.fixtures.ContactFixtures.OWNER;
import static io.crmkit.core.fixtures.ContactFixtures.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.ConcurrentUpdateException;
import io.crmkit.core.DuplicateException;
import io.crmkit.core.Page;
import io.crmkit.core.PageCursor;
import io.crmkit.core.PageRequest;
import io.crmkit.core.RecordRef;
import io.crmkit.core.RecordType;
import io.crmkit.core.company.CompanyId;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.fixtures.Ids;
import io.crmkit.core.fixtures.TestClock;
import io.crmkit.core.spi.ActivityRepository;
import io.crmkit.core.spi.CrmStorage;
import io.crmkit.core.timeline.Activity;
import io.crmkit.core.timeline.ActivityDetails.Note;
import io.crmkit.core.timeline.ActivityEntry;
import io.crmkit.core.timeline.ActivityId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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
  void readsTheWholeTimelinesOfManyContactsAtOnce() {
    ContactId cy = ContactId.of(Ids.next());
    ContactId quiet = ContactId.of(Ids.next());
    Activity anaOld = note(ANA, TestClock.START);
    Activity anaNew = note(ANA, TestClock.START.plus(Duration.ofHours(2)));
    Activity shared =
        Activity.log(
                ActivityId.of(Ids.next()),
                TENANT,
                ActivityEntry.of(new Note())
                    .about(ANA)
                    .about(BO)
                    .at(TestClock.START.plus(Duration.ofHours(1))),
                TestClock.START,
                OWNER)
            .state();
    Activity boOld = note(BO, TestClock.START.minus(Duration.ofHours(1)));
    Activity cyOnly = note(cy, TestClock.START);
    Activity otherTenants =
        Activity.log(
                ActivityId.of(Ids.next()),
                OTHER_TENANT,
                ActivityEntry.of(new Note()).about(ANA).at(TestClock.START),
                TestClock.START,
                OWNER)
            .state();
    List.of(anaOld, anaNew, shared, boOld, cyOnly, otherTenants).forEach(activities::insert);

    Map<ContactId, List<Activity>> timelines =
        activities.forContacts(TENANT, List.of(BO, quiet, ANA, BO));

    assertThat(timelines.keySet()).containsExactly(BO, quiet, ANA);
    assertThat(timelines.get(ANA)).containsExactly(anaNew, shared, anaOld);
    assertThat(timelines.get(BO)).containsExactly(shared, boOld);
    assertThat(timelines.get(quiet)).isEmpty();
    assertThat(timelines.get(ANA))
        .containsExactlyElementsOf(
            activities.forContact(TENANT, ANA, PageRequest.first(10)).items());
    assertThat(activities.forContacts(OTHER_TENANT, List.of(ANA, BO)))
        .containsExactly(Map.entry(ANA, List.of(otherTenants)), Map.entry(BO, List.of()));
    assertThat(activities.forContacts(TENANT, List.of())).isEmpty();
  }

  @Test
  void readsTimelinesLongerThanAPageWhole() {
    List<Activity> all = new ArrayList<>();
    for (int i = 0; i < PageRequest.MAX_SIZE + 5; i++) {
      Activity activity = note(ANA, TestClock.START.plus(Duration.ofMinutes(i % 7)));
      activities.insert(activity);
      all.add(activity);
    }
    activities.insert(note(BO, TestClock.START));

    List<Activity> expected = new ArrayList<>();
    PageRequest request = PageRequest.first(PageRequest.MAX_SIZE);
    while (true) {
      Page<Activity> page = activities.forContact(TENANT, ANA, request);
      expected.addAll(page.items());
      if (!page.hasNext()) {
        break;
      }
      request = PageRequest.after(page.nextCursor().orElseThrow(), PageRequest.MAX_SIZE);
    }

    assertThat(activities.forContacts(TENANT, List.of(ANA, BO)).get(ANA))
        .hasSameSizeAs(all)
        .containsExactlyElementsOf(expected);
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
    Activity moved = early.update(early.entry().at(later), later, OWNER).state();

    activities.update(moved, 1);

    assertThat(activities.forContact(TENANT, ANA, PageRequest.first(5)).items())
        .containsExactly(moved, late);
    assertThatThrownBy(() -> activities.update(moved, 1))
        .isInstanceOf(ConcurrentUpdateException.class);
    activities.delete(TENANT, moved.id(), 2);
    assertThat(activities.forContact(TENANT, ANA, PageRequest.first(5)).items())
        .containsExactly(late);
  }

  @Test
  void insertsManyActivitiesAtOnceIntoTheirTimelines() {
    List<Activity> many = new ArrayList<>();
    for (int i = 0; i < 1_200; i++) {
      many.add(note(i % 2 == 0 ? ANA : BO, TestClock.START.plus(Duration.ofSeconds(i))));
    }

    activities.insertAll(many);

    assertThat(activities.countForContact(TENANT, ANA)).isEqualTo(600);
    assertThat(activities.countForContact(TENANT, BO)).isEqualTo(600);
    Activity last = many.get(many.size() - 1);
    assertThat(activities.find(TENANT, last.id())).contains(last);
    assertThat(activities.forContact(TENANT, BO, PageRequest.first(1)).items())
        .containsExactly(last);
  }

  @Test
  void insertsNothingOfManyActivitiesWhenOneRepeatsAnothersId() {
    Activity first = note(ANA, TestClock.START);
    Activity second = note(ANA, TestClock.START.plus(Duration.ofMinutes(1)));

    assertThatThrownBy(() -> activities.insertAll(List.of(first, second, first)))
        .isInstanceOf(DuplicateException.class)
        .hasMessageContaining(first.id().value().toString());
    assertThat(activities.countForContact(TENANT, ANA)).isZero();
  }

  @Test
  void insertsNothingOfManyActivitiesWhenOneTakesAStoredId() {
    Activity stored = note(ANA, TestClock.START);
    activities.insert(stored);
    List<Activity> many = new ArrayList<>();
    for (int i = 0; i < 700; i++) {
      many.add(note(BO, TestClock.START.plus(Duration.ofSeconds(i))));
    }
    many.add(note(BO, TestClock.START, stored.id()));

    assertThatThrownBy(() -> activities.insertAll(many))
        .isInstanceOf(DuplicateException.class)
        .hasMessageContaining(stored.id().value().toString());
    assertThat(activities.countForContact(TENANT, BO)).isZero();
    assertThat(activities.find(TENANT, stored.id())).contains(stored);
  }

  private static Activity note(ContactId contact, Instant at) {
    return note(contact, at, ActivityId.of(Ids.next()));
  }

  private static Activity note(ContactId contact, Instant at, ActivityId id) {
    return Activity.log(id, TENANT, ActivityEntry.of(new Note()).about(contact).at(at), at, OWNER)
        .state();
  }
}
