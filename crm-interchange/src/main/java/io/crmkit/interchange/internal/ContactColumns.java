package io.crmkit.interchange.internal;

import io.crmkit.core.Crm;
import io.crmkit.core.ExternalId;
import io.crmkit.core.RecordType;
import io.crmkit.core.Tag;
import io.crmkit.core.UserId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.company.CompanyId;
import io.crmkit.core.contact.CompanyLink;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.contact.ContactQuery;
import io.crmkit.core.contact.NewContact;
import io.crmkit.core.contactpoint.EmailAddress;
import io.crmkit.core.contactpoint.PhoneNumber;
import io.crmkit.core.party.LifecycleStage;
import io.crmkit.interchange.RecordKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Contacts as CSV, matched by external id or primary email. */
final class ContactColumns extends Columns {

  private static final List<String> FIXED =
      List.of(
          "given_name",
          "family_name",
          "email",
          "phone",
          "job_title",
          "tags",
          "owner",
          "lifecycle_stage",
          "external_id",
          "company_domain",
          "company_role");

  ContactColumns(Crm crm) {
    super(crm);
  }

  @Override
  RecordKind kind() {
    return RecordKind.CONTACTS;
  }

  @Override
  List<String> fixed() {
    return FIXED;
  }

  @Override
  RecordType customFieldType() {
    return RecordType.CONTACT;
  }

  @Override
  void export(Consumer<Map<String, String>> out) {
    forEachPage(
        request -> crm.contacts().search(ContactQuery.all(), request),
        page -> {
          Set<CompanyId> companies = new HashSet<>();
          page.items()
              .forEach(contact -> contact.details().primaryCompany().ifPresent(companies::add));
          Map<CompanyId, String> domains = domains(companies);
          for (Contact contact : page.items()) {
            out.accept(cells(contact, domains));
          }
        });
  }

  private static Map<String, String> cells(Contact contact, Map<CompanyId, String> domains) {
    ContactDetails details = contact.details();
    Map<String, String> cells = new LinkedHashMap<>();
    cells.put("given_name", details.name().given());
    cells.put("family_name", details.name().family());
    cells.put("email", Lists.join(details.emails().stream().map(EmailAddress::value).toList()));
    cells.put("phone", Lists.join(details.phones().stream().map(PhoneNumber::e164).toList()));
    cells.put("job_title", details.jobTitle());
    cells.put("tags", Lists.join(details.tags().stream().map(Tag::value).toList()));
    cells.put("owner", contact.owner().value());
    cells.put("lifecycle_stage", enumCell(contact.lifecycleStage()));
    cells.put("external_id", externalIds(details.externalIds()));
    for (CompanyLink link : details.companies()) {
      if (link.primary()) {
        cells.put("company_domain", domains.getOrDefault(link.company(), ""));
        cells.put("company_role", link.role());
      }
    }
    putCustomFields(cells, details.customFields());
    return cells;
  }

  @Override
  int[] importBatch(List<Row> rows, Settings settings) {
    Lookups lookups = new Lookups();
    Map<Row, Candidate> candidates = new LinkedHashMap<>();
    Map<String, Integer> firstLine = new HashMap<>();
    for (Row row : rows) {
      Candidate candidate = parse(row, settings, lookups);
      if (candidate != null) {
        for (String key : keys(candidate.details())) {
          Integer earlier = firstLine.putIfAbsent(key, row.line());
          if (earlier != null) {
            row.error(
                key.startsWith("email:") ? "email" : "external_id",
                key.substring(key.indexOf(':') + 1),
                "repeats line " + earlier);
          }
        }
        if (row.valid()) {
          candidates.put(row, candidate);
        }
      }
    }
    Existing existing = existing(candidates.values());
    List<NewContact> created = new ArrayList<>();
    List<Map.Entry<Contact, Candidate>> updates = new ArrayList<>();
    for (Map.Entry<Row, Candidate> entry : candidates.entrySet()) {
      Row row = entry.getKey();
      Candidate candidate = entry.getValue();
      List<Contact> matches = existing.matching(candidate.details());
      if (matches.size() > 1) {
        row.error(
            "external_id",
            externalIds(candidate.details().externalIds()),
            "matches different contacts: " + describe(candidate.details(), matches));
      } else if (matches.size() == 1 && !settings.upsert()) {
        row.error(
            "email",
            matches.get(0).details().primaryEmail().map(EmailAddress::value).orElse(""),
            "belongs to existing contact " + matches.get(0).id());
      } else if (matches.size() == 1) {
        updates.add(Map.entry(matches.get(0), candidate));
      } else {
        created.add(NewContact.of(candidate.details(), candidate.owner(), candidate.stage()));
      }
    }
    crm.contacts().createAll(created);
    for (Map.Entry<Contact, Candidate> update : updates) {
      Contact contact = update.getKey();
      Candidate candidate = update.getValue();
      if (contact.details().equals(candidate.details())
          && contact.lifecycleStage() == candidate.stage()
          && contact.owner().equals(candidate.owner())) {
        // an unchanged row is a match, not a change: no new version, no events
        continue;
      }
      contact = crm.contacts().update(contact, candidate.details());
      if (contact.lifecycleStage() != candidate.stage()) {
        contact = crm.contacts().moveTo(contact, candidate.stage());
      }
      if (!contact.owner().equals(candidate.owner())) {
        crm.contacts().assign(contact, candidate.owner());
      }
    }
    return new int[] {created.size(), updates.size()};
  }

  private @Nullable Candidate parse(Row row, Settings settings, Lookups lookups) {
    ContactDetails.Builder builder = ContactDetails.builder();
    if (settings.region() != null) {
      builder.defaultRegion(settings.region());
    }
    builder.name(row.value("given_name").orElse(null), row.value("family_name").orElse(null));
    // the builder parses each value once and names its errors emails[i] and phones[i], which
    // Row.errors turns back into the source column
    row.value("email")
        .ifPresent(cell -> Lists.split(cell).forEach(text -> builder.email(text.strip())));
    row.value("phone")
        .ifPresent(cell -> Lists.split(cell).forEach(text -> builder.phone(text.strip())));
    row.value("job_title").ifPresent(builder::jobTitle);
    row.value("tags").ifPresent(cell -> Lists.split(cell).forEach(builder::tag));
    for (ExternalId id : externalIds(row)) {
      builder.externalId(id.system(), id.value());
    }
    row.value("company_domain")
        .ifPresent(
            domain -> {
              CompanyId company = lookups.company(row, "company_domain", domain);
              String role = row.value("company_role").map(String::strip).orElse("employee");
              if (company != null) {
                CompanyLink link =
                    row.attempt("company_role", role, () -> CompanyLink.primary(company, role));
                if (link != null) {
                  builder.company(link);
                }
              }
            });
    Map<String, io.crmkit.core.customfield.CustomFieldValue> values =
        customFields(row, settings.definitions()).asMap();
    values.forEach(builder::customField);
    UserId owner = owner(row);
    LifecycleStage stage = stage(row, LifecycleStage.LEAD);
    ContactDetails details = null;
    try {
      details = builder.build();
    } catch (ValidationException invalid) {
      row.errors(invalid);
    }
    if (!row.valid() || details == null || owner == null || stage == null) {
      return null;
    }
    return new Candidate(details, owner, stage);
  }

  private static List<String> keys(ContactDetails details) {
    List<String> keys = new ArrayList<>();
    details.primaryEmail().ifPresent(email -> keys.add("email:" + email.value()));
    details.externalIds().forEach(id -> keys.add("external:" + id.system() + ":" + id.value()));
    return keys;
  }

  private Existing existing(Iterable<Candidate> candidates) {
    List<ExternalId> externalIds = new ArrayList<>();
    List<EmailAddress> emails = new ArrayList<>();
    for (Candidate candidate : candidates) {
      externalIds.addAll(candidate.details().externalIds());
      candidate.details().primaryEmail().ifPresent(emails::add);
    }
    return new Existing(
        externalIds.isEmpty() ? List.of() : crm.contacts().findByExternalIds(externalIds),
        emails.isEmpty() ? List.of() : crm.contacts().findByEmails(emails));
  }

  private static String describe(ContactDetails details, List<Contact> matches) {
    List<String> named = new ArrayList<>();
    for (Contact contact : matches) {
      List<String> keys = new ArrayList<>();
      for (ExternalId id : details.externalIds()) {
        if (contact.details().externalIds().contains(id)) {
          keys.add("external_id " + id.system() + ":" + id.value());
        }
      }
      Optional<EmailAddress> email = details.primaryEmail();
      if (email.isPresent() && contact.details().primaryEmail().equals(email)) {
        keys.add("email " + email.get().value());
      }
      named.add(contact.id() + " (by " + String.join(", ", keys) + ")");
    }
    return String.join(" and ", named);
  }

  private record Candidate(ContactDetails details, UserId owner, LifecycleStage stage) {}

  /** The existing contacts that the rows of a batch match, by external id and primary email. */
  private static final class Existing {
    private final Map<ExternalId, Contact> byExternalId = new HashMap<>();
    private final Map<EmailAddress, Contact> byEmail = new HashMap<>();

    Existing(List<Contact> holdingExternalIds, List<Contact> holdingEmails) {
      holdingExternalIds.forEach(
          c -> c.details().externalIds().forEach(id -> byExternalId.put(id, c)));
      holdingEmails.forEach(c -> c.details().primaryEmail().ifPresent(e -> byEmail.put(e, c)));
    }

    List<Contact> matching(ContactDetails details) {
      Map<ContactId, Contact> found = new LinkedHashMap<>();
      for (ExternalId id : details.externalIds()) {
        Contact contact = byExternalId.get(id);
        if (contact != null) {
          found.putIfAbsent(contact.id(), contact);
        }
      }
      details
          .primaryEmail()
          .map(byEmail::get)
          .ifPresent(contact -> found.putIfAbsent(contact.id(), contact));
      return List.copyOf(found.values());
    }
  }
}
