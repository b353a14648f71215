package io.crmkit.core.privacy;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.DataValue;
import io.crmkit.core.TenantId;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.internal.JsonText;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The answer to a data-subject access request: everything one tenant holds about one person, by
 * section (the contact, the timeline, leads, deals, tasks, scores, segments and lists, events not
 * yet relayed, and whatever modules and the host add), as one JSON document.
 *
 * <pre>{@code
 * PersonalDataReport report = crm.privacy().access(ana.id());
 * Files.writeString(Path.of("access-request.json"), report.toJson());
 * }</pre>
 *
 * <p>The document is an object with the keys {@code tenant}, {@code contactId}, {@code generatedAt}
 * and one key per section, in the order the sections were gathered. Immutable.
 *
 * @param tenant the tenant that holds the data; never null
 * @param contact the person's contact id; never null
 * @param generatedAt when the data was read, by the CRM's clock; never null
 * @param sections what each holder keeps about the person, by section name; never null, copied with
 *     its order
 * @since 0.1
 */
public record PersonalDataReport(
    TenantId tenant, ContactId contact, Instant generatedAt, Map<String, DataValue> sections) {

  /** The keys of the document that no section may take. */
  private static final Set<String> HEADER = Set.of("tenant", "contactId", "generatedAt");

  public PersonalDataReport {
    requireNonNull(tenant, "tenant");
    requireNonNull(contact, "contact");
    requireNonNull(generatedAt, "generatedAt");
    Map<String, DataValue> copy = new LinkedHashMap<>();
    sections.forEach(
        (name, value) -> {
          checkArgument(!HEADER.contains(name), "section name %s is taken by the header", name);
          copy.put(requireNonNull(name, "section name"), requireNonNull(value, name));
        });
    sections = Collections.unmodifiableMap(copy);
  }

  /** Returns section {@code name}, if a holder described one. */
  public Optional<DataValue> section(String name) {
    return Optional.ofNullable(sections.get(requireNonNull(name, "name")));
  }

  /** Returns the whole report as one data value: the header, then the sections. */
  public DataValue.Fields document() {
    DataValue.FieldsBuilder document =
        DataValue.fields()
            .put("tenant", tenant.value())
            .put("contactId", contact.toString())
            .put("generatedAt", generatedAt);
    sections.forEach(document::put);
    return document.build();
  }

  /** Returns the report as a JSON document (UTF-16 text; write it as UTF-8). */
  public String toJson() {
    return JsonText.of(document());
  }
}
