package io.crmkit.examples;

import io.crmkit.core.Crm;
import io.crmkit.core.ValidationException;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.contact.ContactId;
import io.crmkit.scoring.CrmAnalytics;
import io.crmkit.scoring.audience.SegmentService;
import java.util.Set;
import java.util.TreeSet;

/**
 * Segments and missing values: a condition on a field the contact lacks is unknown, so neither it
 * nor its negation selects the contact, while {@code not in segment} selects everyone who is not a
 * member; and a chain of segments deeper than the limit is refused when it is defined.
 *
 * @since 0.1
 */
public final class SegmentsAndMissingValues {

  private SegmentsAndMissingValues() {}

  /** Evaluates five conditions over three contacts, one without a job title. */
  public static void main(String[] args) {
    Crm crm = Crm.inMemory();
    contact(crm, "Ana", "VP Sales");
    contact(crm, "Ben", "CTO");
    contact(crm, "Cid", null);
    SegmentService segments = CrmAnalytics.on(crm).segments();
    segments.define("ctos", "jobTitle = \"CTO\"");
    for (String text :
        new String[] {
          "jobTitle = \"CTO\"",
          "not (jobTitle = \"CTO\")",
          "jobTitle != \"CTO\"",
          "jobTitle is empty",
          "not (in segment \"ctos\")"
        }) {
      System.out.println(text + ": " + names(crm, segments.preview(text)));
    }
    segments.define("level 0", "jobTitle is not empty");
    try {
      for (int level = 1; level <= 11; level++) {
        segments.define("level " + level, "in segment \"level " + (level - 1) + "\"");
      }
    } catch (ValidationException refused) {
      System.out.println("refused: " + refused.getMessage());
    }
  }

  private static void contact(Crm crm, String name, String title) {
    crm.contacts().create(ContactDetails.builder().name(name, "Example").jobTitle(title).build());
  }

  private static Set<String> names(Crm crm, Set<ContactId> ids) {
    Set<String> names = new TreeSet<>();
    ids.forEach(id -> names.add(crm.contacts().get(id).details().name().given()));
    return names;
  }
}
