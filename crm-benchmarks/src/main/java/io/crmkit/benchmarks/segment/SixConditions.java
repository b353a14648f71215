package io.crmkit.benchmarks.segment;

import io.crmkit.benchmarks.prospects.ProspectGenerator;
import io.crmkit.core.Tag;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contactpoint.PostalAddress;
import io.crmkit.core.customfield.CustomFieldValue;
import io.crmkit.core.party.LifecycleStage;
import io.crmkit.scoring.audience.ContactFacts;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The benchmarked segment, "engaged European leads with budget", twice: as segment text for crmkit
 * and as a hand-written Java test on the contact and its facts, the fastest a host could write it
 * for this data. The conditions are in the same order on both sides, so both stop at the same
 * failing condition.
 */
final class SixConditions {

  static final String SEGMENT =
      """
      country in ("AT", "CH", "DE", "FR", "GB", "NL")
      and lifecycleStage in ("LEAD", "MARKETING_QUALIFIED", "SALES_QUALIFIED")
      and custom.budget >= 5000
      and has tag "newsletter"
      and activityCount >= 8
      and has activity "page_visit" within last 30 days
      """;

  private static final Set<String> COUNTRIES = Set.of("AT", "CH", "DE", "FR", "GB", "NL");
  private static final Set<LifecycleStage> STAGES =
      EnumSet.of(
          LifecycleStage.LEAD, LifecycleStage.MARKETING_QUALIFIED, LifecycleStage.SALES_QUALIFIED);
  private static final Tag NEWSLETTER = Tag.of("newsletter");
  private static final Duration WINDOW = Duration.ofDays(30);

  private final Instant from;
  private final Instant now;

  /** Prepares the test for an evaluation at {@code now}, in UTC as the segment's context is. */
  SixConditions(Instant now) {
    this.now = now;
    this.from = now.minus(WINDOW);
  }

  boolean matches(Contact contact, ContactFacts facts) {
    List<PostalAddress> addresses = contact.details().addresses();
    if (addresses.isEmpty() || !COUNTRIES.contains(addresses.get(0).countryCode())) {
      return false;
    }
    if (!STAGES.contains(contact.lifecycleStage())) {
      return false;
    }
    CustomFieldValue budget =
        contact.details().customFields().asMap().get(ProspectGenerator.BUDGET);
    if (!(budget instanceof CustomFieldValue.Number number) || number.value() < 5000) {
      return false;
    }
    if (!contact.details().tags().contains(NEWSLETTER)) {
      return false;
    }
    if (facts.activityCount() < 8) {
      return false;
    }
    return facts.hasActivityBetween("page_visit", from, now);
  }
}
