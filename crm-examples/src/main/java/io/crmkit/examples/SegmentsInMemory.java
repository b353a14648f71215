package io.crmkit.examples;

import io.crmkit.core.Crm;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.scoring.CrmAnalytics;
import io.crmkit.scoring.audience.SegmentService;
import io.crmkit.scoring.segment.SegmentParseException;

/**
 * Segments in memory: named conditions over contacts in the segment language, one segment built on
 * another, and the clear error of a condition that does not parse.
 *
 * @since 0.1
 */
public final class SegmentsInMemory {

  private SegmentsInMemory() {}

  /** Defines three segments over four contacts and prints their sizes. */
  public static void main(String[] args) {
    Crm crm = Crm.inMemory();
    contact(crm, "Ana", "VP Sales", "vip");
    contact(crm, "Ben", "Engineer", "newsletter");
    contact(crm, "Chen", "VP Engineering", "newsletter");
    contact(crm, "Dara", "CFO", "vip");
    SegmentService segments = CrmAnalytics.on(crm).segments();
    segments.define("vips", "has tag \"vip\"");
    segments.define("vice presidents", "jobTitle starts with \"VP\"");
    segments.define("vip vps", "in segment \"vips\" and in segment \"vice presidents\"");
    segments.sizes().forEach((name, size) -> System.out.println(name + ": " + size));
    try {
      segments.preview("jobTitle >");
    } catch (SegmentParseException e) {
      System.out.println("refused: " + e.getMessage());
    }
  }

  private static void contact(Crm crm, String name, String title, String tag) {
    crm.contacts()
        .create(
            ContactDetails.builder()
                .name(name, "Example")
                .email(name.toLowerCase(java.util.Locale.ROOT) + "@example.com")
                .jobTitle(title)
                .tag(tag)
                .build());
  }
}
