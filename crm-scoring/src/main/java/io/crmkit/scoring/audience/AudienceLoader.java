package io.crmkit.scoring.audience;

import io.crmkit.core.Crm;
import io.crmkit.core.common.Page;
import io.crmkit.core.common.PageRequest;
import io.crmkit.core.company.Company;
import io.crmkit.core.company.CompanyId;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.contact.ContactQuery;
import io.crmkit.core.timeline.Activity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads every contact of the CRM's tenant that is not archived, page by page, with its primary
 * company and the facts of its timeline, as segment subjects.
 */
final class AudienceLoader {

  /** Contacts and activities read per page: large pages, few round trips to the storage. */
  static final int PAGE_SIZE = 500;

  private final Crm crm;
  private final ScoreSource scores;

  AudienceLoader(Crm crm, ScoreSource scores) {
    this.crm = crm;
    this.scores = scores;
  }

  List<ContactSubject> load() {
    List<ContactSubject> subjects = new ArrayList<>();
    PageRequest request = PageRequest.first(PAGE_SIZE);
    while (true) {
      Page<Contact> page = crm.contacts().search(ContactQuery.all(), request);
      Map<CompanyId, Company> companies = primaryCompanies(page.items());
      for (Contact contact : page.items()) {
        ContactSubject subject = ContactSubject.of(contact, facts(contact.id())).withScores(scores);
        Company company = contact.details().primaryCompany().map(companies::get).orElse(null);
        subjects.add(company == null ? subject : subject.withPrimaryCompany(company));
      }
      if (page.next() == null) {
        return subjects;
      }
      request = PageRequest.after(page.next(), PAGE_SIZE);
    }
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

  private ContactFacts facts(ContactId contact) {
    ContactFacts.Builder facts = ContactFacts.builder();
    PageRequest request = PageRequest.first(PAGE_SIZE);
    while (true) {
      Page<Activity> page = crm.timeline().forContact(contact, request);
      page.items().forEach(facts::activity);
      if (page.next() == null) {
        return facts.build();
      }
      request = PageRequest.after(page.next(), PAGE_SIZE);
    }
  }
}
