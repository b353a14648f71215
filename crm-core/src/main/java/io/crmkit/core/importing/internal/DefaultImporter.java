package io.crmkit.core.importing.internal;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.ExternalId;
import io.crmkit.core.FieldError;
import io.crmkit.core.PageRequest;
import io.crmkit.core.RecordType;
import io.crmkit.core.UserId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.company.Company;
import io.crmkit.core.company.CompanyQuery;
import io.crmkit.core.company.CompanyService;
import io.crmkit.core.company.WebDomain;
import io.crmkit.core.contact.CompanyLink;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.contact.ContactService;
import io.crmkit.core.contact.NewContact;
import io.crmkit.core.contactpoint.EmailAddress;
import io.crmkit.core.customfield.CustomFieldDefinition;
import io.crmkit.core.customfield.CustomFieldService;
import io.crmkit.core.customfield.CustomFieldValue;
import io.crmkit.core.importing.ImportMode;
import io.crmkit.core.importing.ImportOptions;
import io.crmkit.core.importing.ImportReport;
import io.crmkit.core.importing.ImportRow;
import io.crmkit.core.importing.Importer;
import io.crmkit.core.importing.RejectedRow;
import io.crmkit.core.internal.CrmContext;
import io.crmkit.core.internal.FieldErrors;
import io.crmkit.core.party.LifecycleStage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The {@link Importer} of an opened CRM, over its storage and context; built by {@code Crm} only.
 */
public final class DefaultImporter implements Importer {

  private static final String CUSTOM = "custom.";

  private final CrmContext context;
  private final ContactService contacts;
  private final CompanyService companies;
  private final CustomFieldService customFields;

  /**
   * @param context the opened CRM's context
   * @param contacts where contacts are written
   * @param companies where company domains are looked up
   * @param customFields the tenant's custom field definitions
   */
  public DefaultImporter(
      CrmContext context,
      ContactService contacts,
      CompanyService companies,
      CustomFieldService customFields) {
    this.context = requireNonNull(context, "context");
    this.contacts = requireNonNull(contacts, "contacts");
    this.companies = requireNonNull(companies, "companies");
    this.customFields = requireNonNull(customFields, "customFields");
  }

  @Override
  public ImportReport contacts(List<ImportRow> rows, ImportOptions options) {
    requireNonNull(rows, "rows");
    requireNonNull(options, "options");
    Map<String, CustomFieldDefinition> definitions = new HashMap<>();
    customFields.list(RecordType.CONTACT).forEach(d -> definitions.put(d.key(), d));
    checkColumns(rows, definitions);
    List<Parsed> parsed = parseAll(rows, definitions, options);
    ExistingContacts existingContacts = existingContacts(parsed);
    List<RejectedRow> rejected = new ArrayList<>();
    List<Accepted> accepted = new ArrayList<>();
    for (Parsed row : parsed) {
      Contact existing = null;
      if (row.accepted() != null) {
        List<Contact> matches = existingContacts.matching(row.accepted().details());
        if (matches.size() > 1) {
          row.errors().add(ambiguous(row.accepted().details(), matches));
        } else if (matches.size() == 1) {
          existing = matches.get(0);
        }
      }
      if (existing != null && !options.updateExisting()) {
        row.errors()
            .add(
                FieldError.of(
                    "email",
                    existing.details().primaryEmail().map(EmailAddress::value).orElse(""),
                    "belongs to existing contact " + existing.id()));
      }
      if (row.errors().isEmpty() && row.accepted() != null) {
        accepted.add(row.accepted().existing(existing));
      } else {
        rejected.add(new RejectedRow(row.row().line(), row.errors()));
      }
    }
    if (accepted.isEmpty()
        || (options.mode() == ImportMode.ALL_OR_NOTHING && !rejected.isEmpty())) {
      return new ImportReport(0, 0, rejected, false);
    }
    int[] counts = context.transactions().write(events -> write(accepted));
    return new ImportReport(counts[0], counts[1], rejected, true);
  }

  /**
   * Parses every row and refuses the rows that repeat an earlier row's email or external id; each
   * company domain is looked up once.
   */
  private List<Parsed> parseAll(
      List<ImportRow> rows, Map<String, CustomFieldDefinition> definitions, ImportOptions options) {
    List<Parsed> parsed = new ArrayList<>(rows.size());
    Map<String, Integer> firstLineOfKey = new HashMap<>();
    Map<WebDomain, Optional<Company>> companiesByDomain = new HashMap<>();
    for (ImportRow row : rows) {
      List<FieldError> errors = new ArrayList<>();
      Accepted accepted = parse(row, definitions, companiesByDomain, options, errors);
      if (accepted != null) {
        for (String key : uniqueKeys(accepted.details())) {
          Integer earlier = firstLineOfKey.putIfAbsent(key, row.line());
          if (earlier != null) {
            errors.add(
                FieldError.of(
                    key.startsWith("email:") ? "email" : "external_id",
                    key.substring(key.indexOf(':') + 1),
                    "repeats line " + earlier));
          }
        }
      }
      parsed.add(new Parsed(row, accepted, errors));
    }
    return parsed;
  }

  /**
   * Writes the accepted rows: the new contacts with one bulk create, then the updates of existing
   * contacts, one by one.
   */
  private int[] write(List<Accepted> accepted) {
    List<NewContact> created = new ArrayList<>();
    for (Accepted row : accepted) {
      if (row.existing() == null) {
        created.add(NewContact.of(row.details(), row.owner(), row.stage()));
      }
    }
    contacts.createAll(created);
    int updated = 0;
    for (Accepted row : accepted) {
      Contact existing = row.existing();
      if (existing != null) {
        Contact changed = contacts.update(existing.id(), existing.version(), row.details());
        if (row.stage() != changed.lifecycleStage()) {
          contacts.moveTo(changed.id(), changed.version(), row.stage());
        }
        updated++;
      }
    }
    return new int[] {created.size(), updated};
  }

  private @Nullable Accepted parse(
      ImportRow row,
      Map<String, CustomFieldDefinition> definitions,
      Map<WebDomain, Optional<Company>> companiesByDomain,
      ImportOptions options,
      List<FieldError> errors) {
    FieldErrors fields = new FieldErrors();
    ContactDetails.Builder builder = ContactDetails.builder();
    options.defaultRegion().ifPresent(builder::defaultRegion);
    builder.name(row.value("given_name").orElse(null), row.value("family_name").orElse(null));
    row.value("email").ifPresent(builder::email);
    row.value("phone").ifPresent(builder::phone);
    row.value("job_title").ifPresent(builder::jobTitle);
    row.value("tags")
        .ifPresent(
            tags -> {
              for (String tag : tags.split(";")) {
                if (!tag.isBlank()) {
                  builder.tag(tag);
                }
              }
            });
    row.value("external_id")
        .ifPresent(
            text -> {
              int colon = text.indexOf(':');
              fields.require(colon > 0, "external_id", text, "must be written system:value");
              if (colon > 0) {
                builder.externalId(text.substring(0, colon), text.substring(colon + 1));
              }
            });
    row.value("company_domain")
        .ifPresent(
            domain ->
                company(domain, companiesByDomain, fields)
                    .ifPresent(
                        company -> builder.company(CompanyLink.primary(company.id(), "employee"))));
    for (Map.Entry<String, String> column : row.values().entrySet()) {
      if (column.getKey().startsWith(CUSTOM) && !column.getValue().isBlank()) {
        String key = column.getKey().substring(CUSTOM.length());
        CustomFieldDefinition definition = definitions.get(key);
        CustomFieldValue value =
            fields.attempt(
                column.getKey(),
                column.getValue(),
                () -> CustomFieldValue.parse(definition, column.getValue().strip()));
        if (value != null) {
          builder.customField(key, value);
        }
      }
    }
    UserId owner =
        row.value("owner")
            .map(text -> fields.attempt("owner", text, () -> UserId.of(text)))
            .orElse(context.actor());
    LifecycleStage stage =
        row.value("lifecycle_stage")
            .map(
                text ->
                    fields.attempt(
                        "lifecycle_stage",
                        text,
                        () ->
                            LifecycleStage.valueOf(
                                text.toUpperCase(Locale.ROOT).replace(' ', '_'))))
            .orElse(LifecycleStage.LEAD);
    ContactDetails details = null;
    try {
      details = builder.build();
      fields.addAll(details.customFields().validate(definitions.values()));
    } catch (ValidationException invalid) {
      invalid.errors().forEach(error -> errors.add(inColumns(error)));
    }
    try {
      fields.throwIfAny("row " + row.line());
    } catch (ValidationException invalid) {
      invalid.errors().forEach(error -> errors.add(inColumns(error)));
    }
    if (!errors.isEmpty() || details == null || owner == null || stage == null) {
      return null;
    }
    return new Accepted(details, owner, stage, null);
  }

  /**
   * Returns the company with web domain {@code domain}, looked up once per import: {@code
   * companiesByDomain} holds the answers so far.
   */
  private Optional<Company> company(
      String domain, Map<WebDomain, Optional<Company>> companiesByDomain, FieldErrors fields) {
    CompanyQuery query =
        fields.attempt("company_domain", domain, () -> CompanyQuery.all().withDomain(domain));
    if (query == null) {
      return Optional.empty();
    }
    Optional<Company> found =
        companiesByDomain.computeIfAbsent(
            requireNonNull(query.domain()),
            key -> companies.search(query, PageRequest.first(1)).items().stream().findFirst());
    fields.require(found.isPresent(), "company_domain", domain, "no company has this web domain");
    return found;
  }

  /**
   * Returns the existing contacts that the valid rows of {@code parsed} match by an external id or
   * their primary email, found with one lookup per kind of key for the whole import.
   */
  private ExistingContacts existingContacts(List<Parsed> parsed) {
    List<ExternalId> externalIds = new ArrayList<>();
    List<EmailAddress> emails = new ArrayList<>();
    for (Parsed row : parsed) {
      if (row.accepted() != null) {
        externalIds.addAll(row.accepted().details().externalIds());
        row.accepted().details().primaryEmail().ifPresent(emails::add);
      }
    }
    return new ExistingContacts(
        externalIds.isEmpty() ? List.of() : contacts.findByExternalIds(externalIds),
        emails.isEmpty() ? List.of() : contacts.findByEmails(emails));
  }

  private static List<String> uniqueKeys(ContactDetails details) {
    List<String> keys = new ArrayList<>();
    details.primaryEmail().ifPresent(email -> keys.add("email:" + email.value()));
    details.externalIds().forEach(id -> keys.add("external:" + id.key()));
    return keys;
  }

  /**
   * Returns the error of a row whose keys belong to different existing contacts: writing it would
   * take a key from one of them, so it names each match and the key it matched by.
   */
  private static FieldError ambiguous(ContactDetails details, List<Contact> matches) {
    List<String> named = new ArrayList<>();
    String value = "";
    for (Contact contact : matches) {
      List<String> keys = new ArrayList<>();
      for (ExternalId id : details.externalIds()) {
        if (contact.details().externalIds().contains(id)) {
          keys.add("external_id " + id.system() + ":" + id.value());
          value = value.isEmpty() ? id.system() + ":" + id.value() : value;
        }
      }
      Optional<EmailAddress> email = details.primaryEmail();
      if (email.isPresent() && contact.details().primaryEmail().equals(email)) {
        keys.add("email " + email.get().value());
      }
      named.add(contact.id() + " (by " + String.join(", ", keys) + ")");
    }
    return FieldError.of(
        "external_id", value, "matches different contacts: " + String.join(" and ", named));
  }

  /**
   * Returns the import column that a field error of the contact builder is about: the report names
   * what the user wrote ({@code email}), not where it is kept ({@code emails[0]}).
   */
  static FieldError inColumns(FieldError error) {
    String field = error.field();
    String column;
    if (field.startsWith("emails")) {
      column = "email";
    } else if (field.startsWith("phones")) {
      column = "phone";
    } else if (field.equals("jobTitle")) {
      column = "job_title";
    } else if (field.startsWith("externalIds")) {
      column = "external_id";
    } else if (field.startsWith("tags")) {
      column = "tags";
    } else if (field.equals("name")) {
      column = "given_name";
    } else if (field.startsWith("customFields.")) {
      String rest = field.substring("customFields.".length());
      int dot = rest.indexOf('.');
      column = CUSTOM + (dot < 0 ? rest : rest.substring(0, dot));
    } else {
      column = field;
    }
    return column.equals(field) ? error : new FieldError(column, error.value(), error.reason());
  }

  private static void checkColumns(
      List<ImportRow> rows, Map<String, CustomFieldDefinition> definitions) {
    Set<String> unknown = new TreeSet<>();
    for (ImportRow row : rows) {
      for (String column : row.values().keySet()) {
        boolean known =
            COLUMNS.contains(column)
                || (column.startsWith(CUSTOM)
                    && definitions.containsKey(column.substring(CUSTOM.length())));
        if (!known) {
          unknown.add(column);
        }
      }
    }
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          "unknown import columns "
              + unknown
              + "; known: "
              + new TreeSet<>(COLUMNS)
              + " and custom.<key> for the defined custom fields");
    }
  }

  /** A row as parsed: what it would write if valid, and its errors so far. */
  private record Parsed(ImportRow row, @Nullable Accepted accepted, List<FieldError> errors) {}

  /** The existing contacts that rows match, by their external id keys and primary emails. */
  private static final class ExistingContacts {

    private final Map<String, Contact> byExternalId = new HashMap<>();
    private final Map<EmailAddress, Contact> byPrimaryEmail = new HashMap<>();

    ExistingContacts(List<Contact> holdingExternalIds, List<Contact> holdingPrimaryEmails) {
      for (Contact contact : holdingExternalIds) {
        contact.details().externalIds().forEach(id -> byExternalId.put(id.key(), contact));
      }
      for (Contact contact : holdingPrimaryEmails) {
        contact.details().primaryEmail().ifPresent(email -> byPrimaryEmail.put(email, contact));
      }
    }

    /**
     * Returns the distinct contacts that hold one of the external ids of {@code details} or its
     * primary email: none, the one to update, or several that the row cannot be written to without
     * breaking a unique key.
     */
    List<Contact> matching(ContactDetails details) {
      Map<ContactId, Contact> found = new LinkedHashMap<>();
      for (ExternalId id : details.externalIds()) {
        Contact contact = byExternalId.get(id.key());
        if (contact != null) {
          found.putIfAbsent(contact.id(), contact);
        }
      }
      details
          .primaryEmail()
          .map(byPrimaryEmail::get)
          .ifPresent(contact -> found.putIfAbsent(contact.id(), contact));
      return List.copyOf(found.values());
    }
  }

  /** A row that passed validation, with the contact it updates if any. */
  private record Accepted(
      ContactDetails details, UserId owner, LifecycleStage stage, @Nullable Contact existing) {
    Accepted existing(@Nullable Contact contact) {
      return new Accepted(details, owner, stage, contact);
    }
  }
}
