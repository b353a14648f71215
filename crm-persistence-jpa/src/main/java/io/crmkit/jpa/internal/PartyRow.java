package io.crmkit.jpa.internal;

import io.crmkit.core.customfield.CustomFields;
import io.crmkit.core.party.LifecycleStage;
import io.crmkit.core.party.Party;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;

/**
 * The row of a party, a contact or a company: besides the owned row's columns, the lifecycle stage
 * and the archive flag searches filter on, the custom fields, and the rest of the party's details
 * as a JSON document of the entity's own shape.
 */
@MappedSuperclass
public abstract class PartyRow extends OwnedRow {

  @Enumerated(EnumType.STRING)
  @Column(name = "lifecycle_stage", length = 32, nullable = false)
  private LifecycleStage lifecycleStage = LifecycleStage.OTHER;

  @Column(name = "archived", nullable = false)
  private boolean archived;

  @Column(name = "details", length = 1_000_000, nullable = false, columnDefinition = Json.COLUMN)
  private String details = "{}";

  @Column(
      name = "custom_fields",
      length = 1_000_000,
      nullable = false,
      columnDefinition = Json.COLUMN)
  private String customFields = "{}";

  /**
   * @param kind the kind of record the row holds, as error messages name it ({@code contact})
   */
  protected PartyRow(String kind) {
    super(kind);
  }

  /**
   * Writes what every party has: when it was created and changed, its owner, lifecycle stage and
   * archive flag, its custom fields, and {@code document}, the rest of its details, as JSON.
   */
  public void writeParty(Party<?, ?, ?> party, CustomFields customFields, Object document) {
    writeTimestamps(party.revision());
    writeOwner(party.owner());
    this.lifecycleStage = party.lifecycleStage();
    this.archived = party.archived();
    this.customFields = CustomFieldsDocument.write(customFields);
    this.details = Json.write(document);
  }

  /** Returns whether the party is archived. */
  public boolean archived() {
    return archived;
  }

  /** Returns the party's custom fields. */
  public CustomFields customFields() {
    return CustomFieldsDocument.read(customFields);
  }

  /** Returns the document of the party's other details, read as {@code type}. */
  public <D> D details(Class<D> type) {
    return Json.read(details, type);
  }
}
