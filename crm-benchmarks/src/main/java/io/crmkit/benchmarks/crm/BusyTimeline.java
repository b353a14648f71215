package io.crmkit.benchmarks.crm;

import io.crmkit.core.Crm;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.memory.InMemoryCrmStorage;
import io.crmkit.core.spi.ActivityRepository;
import io.crmkit.core.spi.CrmStorage;
import io.crmkit.core.timeline.ActivityDetails;
import io.crmkit.core.timeline.ActivityEntry;
import io.crmkit.core.timeline.CallOutcome;
import io.crmkit.core.timeline.Direction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A CRM where one contact, the focus, has 10,000 activities and 10,000 other contacts have 10 each,
 * all logged through the timeline service in shuffled order at scattered instants over two years;
 * and {@link HashMapTimeline} holding the very same contacts and activities.
 */
@State(Scope.Benchmark)
public class BusyTimeline {

  private static final long SEED = 20260304L;
  private static final long TWO_YEARS_IN_SECONDS = Duration.ofDays(730).toSeconds();

  /** The activities of the focus contact. */
  @Param("10000")
  public int focusActivities;

  /** The number of other contacts. */
  @Param("10000")
  public int otherContacts;

  /** The activities of each other contact. */
  @Param("10")
  public int activitiesPerOther;

  private CrmStorage storage;
  private Crm crm;
  private HashMapTimeline reference;
  private ContactId focus;

  @Setup(Level.Trial)
  public void populate() {
    fill(focusActivities, otherContacts, activitiesPerOther);
  }

  /** Fills the CRM and the reference. */
  void fill(int focusCount, int others, int perOther) {
    storage = InMemoryCrmStorage.create();
    crm = InMemoryCrms.fresh(storage, SEED);
    reference = new HashMapTimeline();
    ContactSamples samples = new ContactSamples(SEED);
    List<ContactId> subjects = new ArrayList<>(focusCount + others * perOther);
    Contact focusContact = create(samples);
    focus = focusContact.id();
    subjects.addAll(Collections.nCopies(focusCount, focus));
    for (int i = 0; i < others; i++) {
      subjects.addAll(Collections.nCopies(perOther, create(samples).id()));
    }
    Random random = new Random(SEED);
    Collections.shuffle(subjects, random);
    for (ContactId subject : subjects) {
      reference.add(crm.timeline().log(entry(subject, random)));
    }
    reference.sort();
  }

  private Contact create(ContactSamples samples) {
    Contact contact = crm.contacts().create(samples.next().toDetails());
    reference.add(contact);
    return contact;
  }

  private static ActivityEntry entry(ContactId subject, Random random) {
    ActivityDetails details;
    String subjectLine;
    switch (random.nextInt(3)) {
      case 0 -> {
        details = new ActivityDetails.Note();
        subjectLine = "Asked for the price list";
      }
      case 1 -> {
        details =
            new ActivityDetails.Call(
                random.nextBoolean() ? Direction.INBOUND : Direction.OUTBOUND,
                CallOutcome.values()[random.nextInt(CallOutcome.values().length)],
                Duration.ofSeconds(random.nextInt(1_800)));
        subjectLine = "Follow-up call";
      }
      default -> {
        details =
            new ActivityDetails.Email(
                random.nextBoolean() ? Direction.INBOUND : Direction.OUTBOUND,
                "<" + Long.toHexString(random.nextLong()) + "@mail.example.com>");
        subjectLine = "Re: your quote";
      }
    }
    return ActivityEntry.of(details)
        .at(InMemoryCrms.NOW.minusSeconds((long) (random.nextDouble() * TWO_YEARS_IN_SECONDS)))
        .subject(subjectLine)
        .about(subject);
  }

  Crm crm() {
    return crm;
  }

  ActivityRepository activities() {
    return storage.activities();
  }

  HashMapTimeline reference() {
    return reference;
  }

  /** Returns the contact with the long timeline. */
  ContactId focus() {
    return focus;
  }
}
