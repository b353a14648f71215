package io.crmkit.scoring.rules;

import io.crmkit.core.company.Company;
import io.crmkit.core.company.CompanyDetails;
import io.crmkit.core.company.CompanyId;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.contactpoint.PostalAddress;
import io.crmkit.core.fixtures.ContactFixtures;
import io.crmkit.core.fixtures.Ids;
import io.crmkit.core.fixtures.TestClock;
import io.crmkit.core.party.LifecycleStage;
import io.crmkit.core.timeline.Activity;
import io.crmkit.core.timeline.ActivityDetails;
import io.crmkit.core.timeline.ActivityDetails.CampaignEngagement;
import io.crmkit.core.timeline.ActivityDetails.FormSubmission;
import io.crmkit.core.timeline.ActivityDetails.PageVisit;
import io.crmkit.core.timeline.ActivityEntry;
import io.crmkit.core.timeline.ActivityId;
import java.net.URI;
import java.time.Instant;
import java.util.Map;

/** Contacts, companies and activities for scoring tests, all at or before {@link #NOW}. */
final class ScoringFixtures {

  static final Instant NOW = TestClock.START;

  private ScoringFixtures() {}

  static Company companyOf(int employees, String country) {
    return Company.create(
            CompanyId.of(Ids.next()),
            ContactFixtures.TENANT,
            CompanyDetails.builder()
                .name("Initech")
                .employees(employees)
                .address(PostalAddress.builder().city("Lyon").country(country).build())
                .build(),
            ContactFixtures.OWNER,
            LifecycleStage.LEAD,
            NOW,
            ContactFixtures.OWNER)
        .state();
  }

  static Activity activity(ContactId contact, ActivityDetails details, Instant at) {
    return Activity.log(
            ActivityId.of(Ids.next()),
            ContactFixtures.TENANT,
            ActivityEntry.of(details).about(contact).at(at),
            at,
            ContactFixtures.OWNER)
        .state();
  }

  static Activity pageVisit(Contact contact, String url, Instant at) {
    return activity(contact.id(), new PageVisit(URI.create(url)), at);
  }

  static Activity campaign(Contact contact, String engagement, Instant at) {
    return activity(contact.id(), new CampaignEngagement("spring-launch", engagement), at);
  }

  static Activity form(Contact contact, String form, Instant at) {
    return activity(contact.id(), new FormSubmission(form, Map.of("email", "ana@example.com")), at);
  }
}
