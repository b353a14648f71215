package io.crmkit.examples;

import io.crmkit.core.Crm;
import io.crmkit.core.PageRequest;
import io.crmkit.core.RecordRef;
import io.crmkit.core.RecordType;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.contactpoint.EmailAddress;
import io.crmkit.core.merge.MergeCounts;
import io.crmkit.core.merge.MergeField;
import io.crmkit.core.merge.MergePlan;
import io.crmkit.core.merge.MergePreview;
import io.crmkit.core.merge.MergeResult;
import io.crmkit.core.merge.Survivorship;
import io.crmkit.core.task.TaskDetails;
import io.crmkit.core.timeline.ActivityDetails.Note;
import io.crmkit.core.timeline.ActivityEntry;
import io.crmkit.scoring.CrmAnalytics;
import io.crmkit.scoring.matching.DuplicateCluster;
import io.crmkit.scoring.matching.DuplicateScan;
import io.crmkit.scoring.matching.FieldWeight;
import io.crmkit.scoring.matching.ScoredPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Merge and unmerge: duplicate detection finds a person entered twice, a preview shows what merging
 * the two would give and re-parent without writing anything, the merge folds the second record into
 * the first with its activity and task, and the unmerge puts everything back as it was.
 *
 * @since 0.1
 */
public final class MergeAndUnmerge {

  private static final String[] GIVEN = {
    "Amira", "Ben", "Chen", "Dara", "Emil", "Farah", "Goran", "Hana", "Ivo", "Jana"
  };
  private static final String[] FAMILY = {
    "Okafor", "Tanaka", "Silva", "Kowalski", "Haddad", "Berg"
  };

  private MergeAndUnmerge() {}

  /**
   * Creates 60 distinct people and Ana Lima twice (the second time with a job title, a note and a
   * task), then detects, previews, merges and unmerges.
   */
  public static void main(String[] args) {
    Crm crm = Crm.inMemory();
    for (int i = 0; i < GIVEN.length * FAMILY.length; i++) {
      String given = GIVEN[i % GIVEN.length];
      String family = FAMILY[i / GIVEN.length];
      crm.contacts()
          .create(
              ContactDetails.builder()
                  .name(given, family)
                  .email((given + "." + family + "@example.net").toLowerCase(Locale.ROOT))
                  .phone(
                      String.format(Locale.ROOT, "+49 40 %07d", 1_000_003 * (i + 1) % 10_000_000))
                  .build());
    }
    crm.contacts()
        .create(
            ContactDetails.builder()
                .name("Ana", "Lima")
                .email("ana.lima@example.com")
                .phone("+49 30 1234567")
                .build());
    Contact anna =
        crm.contacts()
            .create(
                ContactDetails.builder()
                    .name("Anna", "Lima")
                    .jobTitle("Head of Purchasing")
                    .email("ana.lima@example.org")
                    .phone("+49 30 1234567")
                    .build());
    crm.timeline().log(ActivityEntry.of(new Note()).about(anna.id()).subject("Asked for a quote"));
    crm.tasks()
        .create(
            TaskDetails.builder()
                .title("Send the quote")
                .dueAt(crm.clock().instant().plus(Duration.ofDays(1)))
                .about(RecordRef.of(RecordType.CONTACT, anna.id()))
                .build());

    // 1. detect
    DuplicateScan<ContactId> scan = CrmAnalytics.on(crm).duplicates().contacts().scan();
    for (DuplicateCluster<ContactId> cluster : scan.clusters()) {
      List<Contact> records = new ArrayList<>();
      cluster.records().stream().sorted().forEach(id -> records.add(crm.contacts().get(id)));
      System.out.println("duplicates: " + names(records));
      ScoredPair<ContactId> pair = cluster.pairs().get(0);
      System.out.println(
          "  because "
              + pair.explanation().fields().stream()
                  .filter(field -> field.weight() > 0)
                  .map(FieldWeight::field)
                  .map(Object::toString)
                  .collect(Collectors.joining(", ")));

      // 2. preview: the oldest record survives; the most complete job title wins
      Contact survivor = records.get(0);
      MergePlan<Contact> plan =
          MergePlan.contacts(survivor, records.subList(1, records.size()))
              .rule(MergeField.JOB_TITLE, Survivorship.mostComplete());
      MergePreview<Contact> preview = crm.merges().preview(plan);
      System.out.println(
          "preview: "
              + preview.result().details().name().display()
              + ", "
              + preview.result().details().jobTitle()
              + ", "
              + preview.result().details().emails().stream()
                  .map(EmailAddress::value)
                  .collect(Collectors.joining(" ")));
      System.out.println("  would re-parent " + counted(preview.counts()));

      // 3. merge
      MergeResult<Contact> merged = crm.merges().merge(plan);
      System.out.println(
          "merged: "
              + crm.contacts().count()
              + " contacts, "
              + crm.timeline().forContact(survivor.id(), PageRequest.first(10)).items().size()
              + " activity on "
              + merged.survivor().details().name().display());

      // 4. unmerge
      crm.merges().unmerge(merged.id());
      Contact back = crm.contacts().get(anna.id());
      System.out.println(
          "unmerged: "
              + crm.contacts().count()
              + " contacts, "
              + crm.timeline().forContact(back.id(), PageRequest.first(10)).items().size()
              + " activity on "
              + back.details().name().display()
              + ", "
              + (back.equals(anna) ? "exactly as before" : "changed"));
    }
  }

  private static String names(List<Contact> contacts) {
    return contacts.stream()
        .map(c -> c.details().name().display())
        .collect(Collectors.joining(", "));
  }

  private static String counted(MergeCounts counts) {
    return counts.activities() + " activity, " + counts.tasks() + " task";
  }
}
