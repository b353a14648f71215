package io.crmkit.scoring.audience.internal;

import io.crmkit.core.Crm;
import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.company.Company;
import io.crmkit.core.company.CompanyId;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.contact.ContactQuery;
import io.crmkit.core.timeline.Activity;
import io.crmkit.core.timeline.ActivityDetails;
import io.crmkit.scoring.audience.ContactFacts;
import io.crmkit.scoring.audience.ContactSubject;
import io.crmkit.scoring.audience.ScoreSource;
import io.crmkit.scoring.rfm.Purchase;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads every contact of the CRM's tenant that is not archived, page by page, with its primary
 * company and its timeline: as segment subjects, or as the purchases of an RFM analysis.
 */
final class AudienceLoader {

  /** Contacts read per page, with their timelines: large pages, few round trips to the storage. */
  static final int PAGE_SIZE = 500;

  private final Crm crm;
  private final ScoreSource scores;

  AudienceLoader(Crm crm, ScoreSource scores) {
    this.crm = crm;
    this.scores = scores;
  }

  /** Returns every contact as a segment subject, in creation order. */
  List<ContactSubject> load() {
    List<ContactSubject> subjects = new ArrayList<>();
    forEachPage(
        contacts -> {
          Map<CompanyId, Company> companies = primaryCompanies(contacts);
          Map<ContactId, List<Activity>> timelines = timelines(contacts);
          for (Contact contact : contacts) {
            ContactFacts.Builder facts = ContactFacts.builder();
            timelines.get(contact.id()).forEach(facts::activity);
            ContactSubject subject = ContactSubject.of(contact, facts.build()).withScores(scores);
            Company company = contact.details().primaryCompany().map(companies::get).orElse(null);
            subjects.add(company == null ? subject : subject.withPrimaryCompany(company));
          }
        });
    return subjects;
  }

  /** Returns every order in {@code currency} on the timeline of a contact. */
  List<Purchase<ContactId>> purchases(Currency currency) {
    List<Purchase<ContactId>> purchases = new ArrayList<>();
    forEachPage(
        contacts ->
            timelines(contacts)
                .forEach(
                    (contact, activities) -> {
                      for (Activity activity : activities) {
                        if (activity.entry().details() instanceof ActivityDetails.Order order
                            && order.total().currency().equals(currency)) {
                          purchases.add(
                              Purchase.of(contact, activity.occurredAt(), order.total().amount()));
                        }
                      }
                    }));
    return purchases;
  }

  private void forEachPage(Consumer<List<Contact>> action) {
    PageRequest request = PageRequest.first(PAGE_SIZE);
    while (true) {
      Page<Contact> page = crm.contacts().search(ContactQuery.all(), request);
      action.accept(page.items());
      if (page.next() == null) {
        return;
      }
      request = PageRequest.after(page.next(), PAGE_SIZE);
    }
  }

  /** Returns the whole timelines of a page of contacts, read at once. */
  private Map<ContactId, List<Activity>> timelines(List<Contact> contacts) {
    return crm.timeline().forContacts(contacts.stream().map(Contact::id).toList());
  }

  private Map<CompanyId, Company> primaryCompanies(List<Contact> contacts) {
    Set<CompanyId> ids = new HashSet<>();
    contacts.forEach(contact -> contact.details().primaryCompany().ifPresent(ids::add));
    if (ids.isEmpty()) {
      return Map.of();
    }
    return crm.companies().findAll(ids).stream()
        .collect(Collectors.toMap(Company::id, Function.identity()));
  }
}
