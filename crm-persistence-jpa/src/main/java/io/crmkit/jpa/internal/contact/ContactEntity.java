package io.crmkit.jpa.internal.contact;

import io.crmkit.core.customfield.CustomFields;
import io.crmkit.core.party.LifecycleStage;
import io.crmkit.jpa.internal.CustomFieldsConverter;
import io.crmkit.jpa.internal.Json;
import io.crmkit.jpa.internal.SearchKey;
import io.crmkit.jpa.internal.StoredAggregate;
import io.crmkit.jpa.internal.TenantScopedId;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A contact's row: the columns searches filter and sort on, the rest of its details as a JSON
 * document, one key table for every key it is looked up by (emails, phones, tags, companies, custom
 * field values, name words and external ids, which the schema keeps unique per tenant), and the
 * typed values segments filter on (country, city, custom fields).
 *
 * <p>One key table, not one per kind of key: a provider writes a contact's child rows together,
 * contact after contact, so a bulk insert's key rows fill the same JDBC batches, whereas two tables
 * would switch statements, and so cut the batch, at every contact that has rows in both. Contacts
 * with typed segment values do have rows in both tables: hosts that bulk-load such contacts set
 * {@code hibernate.order_updates=true}, which makes the provider group collection rows by table.
 */
@Entity(name = "CrmContact")
@Table(name = "crm_contact")
@IdClass(TenantScopedId.class)
class ContactEntity implements StoredAggregate {

  @Id
  @Column(name = "tenant_id", length = 64, nullable = false)
  String tenant = "";

  @Id
  @Column(name = "id", nullable = false)
  UUID id = new UUID(0, 0);

  @Version
  @Column(name = "version", nullable = false)
  long version;

  @Column(name = "created_at", nullable = false)
  Instant createdAt = Instant.EPOCH;

  @Column(name = "updated_at", nullable = false)
  Instant updatedAt = Instant.EPOCH;

  @Column(name = "owner_id", length = 128, nullable = false)
  String owner = "";

  @Enumerated(EnumType.STRING)
  @Column(name = "lifecycle_stage", length = 32, nullable = false)
  LifecycleStage lifecycleStage = LifecycleStage.OTHER;

  @Column(name = "archived", nullable = false)
  boolean archived;

  @Column(name = "given_name", length = 200, nullable = false)
  String givenName = "";

  @Column(name = "family_name", length = 200, nullable = false)
  String familyName = "";

  @Column(name = "display_name", length = 200, nullable = false)
  String displayName = "";

  @Column(name = "job_title", length = 200, nullable = false)
  String jobTitle = "";

  @Column(name = "primary_email", length = 320)
  @Nullable String primaryEmail;

  @Column(name = "primary_company_id")
  @Nullable UUID primaryCompany;

  @Column(name = "details", length = 1_000_000, nullable = false, columnDefinition = Json.COLUMN)
  String details = "{}";

  @Convert(converter = CustomFieldsConverter.class)
  @Column(
      name = "custom_fields",
      length = 1_000_000,
      nullable = false,
      columnDefinition = Json.COLUMN)
  CustomFields customFields = CustomFields.empty();

  // the external id keys are in here too: see the class comment
  @ElementCollection
  @CollectionTable(
      name = "crm_contact_key",
      joinColumns = {
        @JoinColumn(name = "tenant_id", referencedColumnName = "tenant_id"),
        @JoinColumn(name = "contact_id", referencedColumnName = "id")
      })
  Set<SearchKey> keys = new HashSet<>();

  // a list with an order column: rows are updated by position, never deleted by value, which
  // would not find rows whose unused typed columns are null
  @ElementCollection
  @OrderColumn(name = "seq")
  @CollectionTable(
      name = "crm_contact_value",
      joinColumns = {
        @JoinColumn(name = "tenant_id", referencedColumnName = "tenant_id"),
        @JoinColumn(name = "contact_id", referencedColumnName = "id")
      })
  List<SegmentValue> segmentValues = new ArrayList<>();

  /** For the persistence provider. */
  protected ContactEntity() {}

  ContactEntity(String tenant, UUID id) {
    this.tenant = tenant;
    this.id = id;
  }

  @Override
  public String kind() {
    return "contact";
  }

  @Override
  public String aggregateId() {
    return id.toString();
  }

  @Override
  public long storedVersion() {
    return version;
  }
}
