package io.crmkit.interchange.internal;

import io.crmkit.core.Crm;
import io.crmkit.core.ExternalId;
import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.RecordType;
import io.crmkit.core.UserId;
import io.crmkit.core.company.Company;
import io.crmkit.core.company.CompanyId;
import io.crmkit.core.company.CompanyQuery;
import io.crmkit.core.company.WebDomain;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.contactpoint.EmailAddress;
import io.crmkit.core.customfield.CustomFieldDefinition;
import io.crmkit.core.customfield.CustomFieldValue;
import io.crmkit.core.customfield.CustomFields;
import io.crmkit.core.party.LifecycleStage;
import io.crmkit.interchange.RecordKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The CSV columns of one record kind: how each record is written as cells, and how a batch of rows
 * is checked, matched against existing records and written through the core's services.
 */
abstract class Columns {

  static final String CUSTOM = "custom.";

  /** Records read from the CRM per page when exporting. */
  static final int PAGE = 500;

  final Crm crm;

  /** Hands every page {@code query} returns to {@code each}, one page at a time. */
  static <T> void forEachPage(Function<PageRequest, Page<T>> query, Consumer<Page<T>> each) {
    PageRequest request = PageRequest.first(PAGE);
    while (true) {
      Page<T> page = query.apply(request);
      each.accept(page);
      if (page.nextCursor().isEmpty()) {
        return;
      }
      request = PageRequest.after(page.nextCursor().get(), PAGE);
    }
  }

  Columns(Crm crm) {
    this.crm = crm;
  }

  abstract RecordKind kind();

  /** The columns every file of this kind has, in export order; custom fields follow. */
  abstract List<String> fixed();

  /** The record type of this kind's custom fields, or null when it has none. */
  abstract @Nullable RecordType customFieldType();

  /** Passes every record of the kind, as cells by column, to {@code out}. */
  abstract void export(Consumer<Map<String, String>> out);

  /**
   * Checks the rows of one batch, matches them against existing records, and writes the valid ones;
   * a refused row keeps its errors.
   *
   * @return the rows that created and that updated a record
   */
  abstract int[] importBatch(List<Row> rows, Settings settings);

  /** Returns the header of an export: the fixed columns, then one per custom field by key. */
  final List<String> header() {
    List<String> header = new ArrayList<>(fixed());
    definitions().keySet().forEach(key -> header.add(CUSTOM + key));
    return header;
  }

  /** Returns the kind's custom field definitions by key, in key order. */
  final Map<String, CustomFieldDefinition> definitions() {
    Map<String, CustomFieldDefinition> definitions = new TreeMap<>();
    RecordType type = customFieldType();
    if (type != null) {
      crm.customFields().list(type).forEach(d -> definitions.put(d.key(), d));
    }
    return definitions;
  }

  /** What an import decides once for all its batches. */
  record Settings(
      boolean upsert, @Nullable String region, Map<String, CustomFieldDefinition> definitions) {}

  // ---- cells shared by several kinds ----

  static void putCustomFields(Map<String, String> cells, CustomFields values) {
    values.asMap().forEach((key, value) -> cells.put(CUSTOM + key, value.asText()));
  }

  static CustomFields customFields(Row row, Map<String, CustomFieldDefinition> definitions) {
    Map<String, CustomFieldValue> values = new LinkedHashMap<>();
    for (String field : row.fields()) {
      if (field.startsWith(CUSTOM)) {
        String key = field.substring(CUSTOM.length());
        CustomFieldDefinition definition = definitions.get(key);
        row.value(field)
            .ifPresent(
                text -> {
                  CustomFieldValue value =
                      row.attempt(field, text, () -> CustomFieldValue.parse(definition, text));
                  if (value != null) {
                    values.put(key, value);
                  }
                });
      }
    }
    CustomFields fields = CustomFields.of(values);
    row.errors(fields.validate(definitions.values()));
    return fields;
  }

  static String externalIds(Collection<ExternalId> ids) {
    List<String> texts = new ArrayList<>();
    ids.stream()
        .sorted(java.util.Comparator.comparing(ExternalId::system))
        .forEach(id -> texts.add(id.system() + ":" + id.value()));
    return Lists.join(texts);
  }

  /** Returns the external ids of cell {@code external_id}: {@code system:value;...}. */
  static List<ExternalId> externalIds(Row row) {
    List<ExternalId> ids = new ArrayList<>();
    row.value("external_id")
        .ifPresent(
            cell -> {
              for (String text : Lists.split(cell)) {
                int colon = text.indexOf(':');
                if (colon <= 0) {
                  row.error("external_id", text, "must be written system:value");
                } else {
                  ExternalId id =
                      row.attempt(
                          "external_id",
                          text,
                          () -> ExternalId.of(text.substring(0, colon), text.substring(colon + 1)));
                  if (id != null) {
                    ids.add(id);
                  }
                }
              }
            });
    return ids;
  }

  static String enumCell(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  static <E extends Enum<E>> @Nullable E enumValue(
      Row row, String field, Class<E> type, @Nullable E absent) {
    Optional<String> text = row.value(field);
    if (text.isEmpty()) {
      return absent;
    }
    String name = text.get().strip().toUpperCase(Locale.ROOT).replace(' ', '_');
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(name)) {
        return constant;
      }
    }
    List<String> known = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      known.add(enumCell(constant));
    }
    row.error(field, text.get(), "must be one of " + known);
    return null;
  }

  UserId owner(Row row) {
    return row.value("owner")
        .map(text -> row.attempt("owner", text.strip(), () -> UserId.of(text.strip())))
        .orElse(crm.actor());
  }

  static @Nullable LifecycleStage stage(Row row, LifecycleStage absent) {
    return enumValue(row, "lifecycle_stage", LifecycleStage.class, absent);
  }

  /**
   * The records that the rows of one batch refer to by natural key, each looked up once per batch,
   * so that memory stays bounded by the batch however long the file.
   */
  final class Lookups {
    private final Map<WebDomain, Optional<Company>> companies = new HashMap<>();
    private final Map<EmailAddress, Optional<Contact>> contacts = new HashMap<>();

    /** Returns the id of the company with web domain {@code text}, or null after an error. */
    @Nullable CompanyId company(Row row, String field, String text) {
      WebDomain domain = row.attempt(field, text, () -> WebDomain.parse(text.strip()));
      if (domain == null) {
        return null;
      }
      Optional<Company> found =
          companies.computeIfAbsent(
              domain,
              key ->
                  crm
                      .companies()
                      .search(
                          CompanyQuery.all().withDomain(key.value()).includingArchived(),
                          PageRequest.first(1))
                      .items()
                      .stream()
                      .findFirst());
      if (found.isEmpty()) {
        row.error(field, text, "no company has this web domain");
        return null;
      }
      return found.get().id();
    }

    /**
     * Returns the id of the contact whose primary email is {@code text}, or null after an error.
     */
    @Nullable ContactId contact(Row row, String field, String text) {
      EmailAddress email = row.attempt(field, text, () -> EmailAddress.of(text.strip()));
      if (email == null) {
        return null;
      }
      Optional<Contact> found =
          contacts.computeIfAbsent(email, key -> crm.contacts().findByEmail(key));
      if (found.isEmpty()) {
        row.error(field, text, "no contact has this primary email");
        return null;
      }
      return found.get().id();
    }

    void remember(Company company) {
      company.details().webDomain().ifPresent(d -> companies.put(d, Optional.of(company)));
    }
  }

  /** Returns the web domains of {@code ids} for an export page, in one read. */
  Map<CompanyId, String> domains(Set<CompanyId> ids) {
    Map<CompanyId, String> domains = new HashMap<>();
    if (!ids.isEmpty()) {
      for (Company company : crm.companies().findAll(ids)) {
        company.details().webDomain().ifPresent(d -> domains.put(company.id(), d.value()));
      }
    }
    return domains;
  }

  /** Returns the primary emails of {@code ids} for an export page. */
  Map<ContactId, String> emails(Set<ContactId> ids) {
    Map<ContactId, String> emails = new HashMap<>();
    for (ContactId id : ids) {
      crm.contacts()
          .find(id)
          .flatMap(contact -> contact.details().primaryEmail())
          .ifPresent(email -> emails.put(id, email.value()));
    }
    return emails;
  }
}
