package io.crmkit.benchmarks.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.Crm;
import io.crmkit.core.DuplicateException;
import io.crmkit.core.Tag;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.memory.InMemoryCrmStorage;
import io.crmkit.core.spi.ContactRepository;
import io.crmkit.core.timeline.Activity;
import io.crmkit.core.timeline.ContactView;
import io.crmkit.core.timeline.TimelinePosition;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each side of the in-memory CRM benchmarks must do the same work as the physical reference, or
 * their figures compare nothing. The workloads run here at a small size.
 */
class InMemoryCrmWorkloadTests {

  private static final long SEED = 11L;

  @Test
  void theCrmCreatesExactlyTheContactsThatAreInsertedPrebuilt() {
    List<ContactSample> samples = new ContactSamples(SEED).take(2_000);
    Contact[] prebuilt = InMemoryCrms.prebuilt(samples, SEED);
    Crm crm = InMemoryCrms.fresh(InMemoryCrmStorage.create(), SEED);

    for (int i = 0; i < samples.size(); i++) {
      Contact created = crm.contacts().create(samples.get(i).toDetails());
      assertThat(created).isEqualTo(prebuilt[i]);
    }
    assertThat(crm.contacts().count()).isEqualTo(samples.size());
  }

  @Test
  void theRepositoryAndTheHashMapHoldEveryContactAndRefuseATakenEmail() {
    Contact[] prebuilt = InMemoryCrms.prebuilt(new ContactSamples(SEED).take(2_000), SEED);
    Contact[] again = InMemoryCrms.prebuilt(new ContactSamples(SEED).take(1), SEED + 1);
    ContactRepository repository = InMemoryCrmStorage.create().contacts();
    HashMapContacts reference = new HashMapContacts();

    for (Contact contact : prebuilt) {
      repository.insert(contact);
      reference.insert(contact);
    }

    assertThat(repository.count(InMemoryCrms.TENANT)).isEqualTo(prebuilt.length);
    assertThat(reference.size()).isEqualTo(prebuilt.length);
    assertThat(reference.find(prebuilt[7].id())).containsSame(prebuilt[7]);
    assertThatThrownBy(() -> repository.insert(again[0])).isInstanceOf(DuplicateException.class);
    assertThatThrownBy(() -> reference.insert(again[0]))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(again[0].details().primaryEmail().orElseThrow().value());
  }

  @Test
  void everySideFindsTheSameContactByEmail() {
    PopulatedCrm populated = populated(3_000);
    // one benchmark instance per side, as JMH gives each benchmark its own key cursor
    ContactReadBenchmark crm = new ContactReadBenchmark();
    ContactReadBenchmark repository = new ContactReadBenchmark();
    ContactReadBenchmark hashMap = new ContactReadBenchmark();

    for (int i = 0; i < populated.size(); i++) {
      Contact byCrm = crm.findByEmailThroughCrm(populated);
      Contact byRepository = repository.findByPrimaryEmailInRepository(populated);
      Contact byHashMap = hashMap.getByEmailFromHashMap(populated);

      assertThat(byCrm.details().primaryEmail().orElseThrow().value())
          .isEqualTo(populated.email(i));
      assertThat(byRepository).isSameAs(byCrm);
      assertThat(byHashMap).isSameAs(byCrm);
    }
  }

  @Test
  void everySideReturnsTheSameFirstPageOfTheRareTag() {
    PopulatedCrm populated = populated(10_000);
    ContactReadBenchmark benchmark = new ContactReadBenchmark();

    List<Contact> byCrm = benchmark.searchByTagThroughCrm(populated);
    List<Contact> byRepository = benchmark.searchByTagInRepository(populated);
    List<Contact> byHashMap = benchmark.getByTagFromHashMap(populated);

    assertThat(byCrm)
        .hasSize(ContactReadBenchmark.PAGE)
        .allMatch(c -> c.details().tags().contains(Tag.of(ContactSamples.VIP)));
    assertThat(byRepository).containsExactlyElementsOf(byCrm);
    assertThat(byHashMap).containsExactlyElementsOf(byCrm);
  }

  @Test
  void everySideShowsTheSameNewestActivitiesOfTheBusyContact() {
    BusyTimeline timeline = new BusyTimeline();
    timeline.fill(500, 200, 5);
    ContactViewBenchmark benchmark = new ContactViewBenchmark();

    ContactView view = benchmark.viewThroughCrm(timeline);
    List<Activity> byRepository = benchmark.timelineInRepository(timeline).items();
    HashMapTimeline.View byHashMap = benchmark.firstOfSortedList(timeline);

    List<Activity> activities = view.activities().items();
    assertThat(view.contact().id()).isEqualTo(timeline.focus());
    assertThat(byHashMap.contact()).isSameAs(view.contact());
    assertThat(activities)
        .hasSize(ContactViewBenchmark.PAGE)
        .allMatch(a -> a.entry().contacts().contains(timeline.focus()))
        .isSortedAccordingTo(
            (a, b) ->
                TimelinePosition.NEWEST_FIRST.compare(
                    TimelinePosition.of(a), TimelinePosition.of(b)));
    assertThat(byRepository).containsExactlyElementsOf(activities);
    assertThat(byHashMap.activities()).containsExactlyElementsOf(activities);
  }

  private static PopulatedCrm populated(int contacts) {
    PopulatedCrm populated = new PopulatedCrm();
    populated.fill(contacts);
    return populated;
  }
}
