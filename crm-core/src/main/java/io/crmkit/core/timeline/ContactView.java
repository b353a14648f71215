package io.crmkit.core.timeline;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.Page;
import io.crmkit.core.company.Company;
import io.crmkit.core.contact.Contact;
import java.util.List;

/**
 * The 360-degree view of a contact: the person, the companies they belong to, and their latest
 * activities, newest first.
 *
 * @param contact the contact
 * @param companies the companies the contact is linked to and the actor may read, primary first
 * @param activities a page of the contact's timeline
 * @since 0.1
 */
public record ContactView(Contact contact, List<Company> companies, Page<Activity> activities) {

  /** Creates a {@code ContactView}, checking its components as the type's comment describes. */
  public ContactView {
    requireNonNull(contact, "contact");
    companies = List.copyOf(companies);
    requireNonNull(activities, "activities");
  }
}
