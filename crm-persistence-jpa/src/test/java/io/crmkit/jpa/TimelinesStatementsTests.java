package io.crmkit.jpa;

import static io.crmkit.core.fixtures.ContactFixtures.OWNER;
import static io.crmkit.core.fixtures.ContactFixtures.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@ExtendWith(ProviderLimits.class)
class TimelinesStatementsTests {

  /** More than two chunks of the adapter's 100 contacts per query, fewer than three. */
  private static final int CONTACTS = 250;

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void readsTheTimelinesOfManyContactsWithOneStatementPerChunk(TestDatabase database) {
    database.assumeConfigured();
    CrmStorage storage = database.freshStorage();
    ActivityRepository activities = storage.activities();
    List<ContactId> contacts = new ArrayList<>();
    for (int i = 0; i < CONTACTS; i++) {
      contacts.add(ContactId.of(Ids.next()));
    }
    ContactId first = contacts.get(0);
    ContactId last = contacts.get(CONTACTS - 1);
    Activity shared = note(TestClock.START.plus(Duration.ofDays(1)), first, last);
    storage
        .unitOfWork()
        .execute(
            () -> {
              contacts.forEach(contact -> activities.insert(note(TestClock.START, contact)));
              activities.insert(shared);
              return null;
            });

    StatementCounter.reset();
    Map<ContactId, List<Activity>> timelines = activities.forContacts(TENANT, contacts);
    List<String> statements = StatementCounter.statements();

    assertThat(statements).hasSize(3);
    assertThat(timelines).hasSize(CONTACTS);
    assertThat(timelines.values()).allSatisfy(timeline -> assertThat(timeline).isNotEmpty());
    assertThat(timelines.get(first)).hasSize(2).startsWith(shared);
    assertThat(timelines.get(last)).hasSize(2).startsWith(shared);
    assertThat(timelines.get(contacts.get(CONTACTS / 2))).hasSize(1);
  }

  private static Activity note(Instant at, ContactId... about) {
    ActivityEntry entry = ActivityEntry.of(new Note()).at(at);
    for (ContactId contact : about) {
      entry = entry.about(contact);
    }
    return Activity.log(ActivityId.of(Ids.next()), TENANT, entry, at, OWNER).state();
  }
}
