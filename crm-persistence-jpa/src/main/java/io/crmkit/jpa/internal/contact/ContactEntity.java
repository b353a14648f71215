package io.crmkit.jpa.internal.contact;

import io.crmkit.jpa.internal.PartyRow;
import io.crmkit.jpa.internal.SearchKey;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
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
class ContactEntity extends PartyRow {

  /** The kind of record a row holds, as error messages name it. */
  static final String KIND = "contact";

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

  /** For the persistence provider and the repository. */
  protected ContactEntity() {
    super(KIND);
  }
}
