package io.crmkit.benchmarks.prospects;

import io.crmkit.core.company.Company;
import io.crmkit.core.company.CompanyId;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.timeline.Activity;
import java.util.List;
import java.util.Map;

/**
 * A generated population of prospects held in memory: the contacts, their companies by id and each
 * contact's activities, in the shape {@code ScoringEngine.scoreAll} takes.
 *
 * @param contacts the contacts, in generation order
 * @param companies every company by id
 * @param activities each contact's activities, oldest first
 * @since 0.1
 */
public record Prospects(
    List<Contact> contacts,
    Map<CompanyId, Company> companies,
    Map<ContactId, List<Activity>> activities) {

  /** Returns how many activities the contacts have in all. */
  public long activityCount() {
    long count = 0;
    for (List<Activity> timeline : activities.values()) {
      count += timeline.size();
    }
    return count;
  }
}
