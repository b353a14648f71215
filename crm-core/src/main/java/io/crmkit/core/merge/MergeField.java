package io.crmkit.core.merge;

import io.crmkit.core.RecordType;
import java.util.Set;

/**
 * A field of a contact or company that a merge fills from the records being merged, by its {@link
 * Survivorship} rule.
 *
 * @since 0.1
 */
public enum MergeField {
  /** The contact's person name, or the company's name. */
  NAME(RecordType.CONTACT, RecordType.COMPANY),
  /** The contact's job title. */
  JOB_TITLE(RecordType.CONTACT),
  /** The contact's emails; every email moves to the survivor, the rule picks the primary one. */
  EMAILS(RecordType.CONTACT),
  /** The phones; the rule picks the primary one. */
  PHONES(RecordType.CONTACT, RecordType.COMPANY),
  /** The postal addresses. */
  ADDRESSES(RecordType.CONTACT, RecordType.COMPANY),
  /** The social profiles. */
  SOCIAL_PROFILES(RecordType.CONTACT, RecordType.COMPANY),
  /** The tags: every tag moves to the survivor. */
  TAGS(RecordType.CONTACT, RecordType.COMPANY),
  /** The external ids: one per system, from the first record of the rule's order that has one. */
  EXTERNAL_IDS(RecordType.CONTACT, RecordType.COMPANY),
  /** The custom fields: each key takes its value from the first record that has it. */
  CUSTOM_FIELDS(RecordType.CONTACT, RecordType.COMPANY),
  /** The contact's company links; the rule picks the primary company. */
  COMPANIES(RecordType.CONTACT),
  /** The company's web domain. */
  DOMAIN(RecordType.COMPANY),
  /** The company's industry. */
  INDUSTRY(RecordType.COMPANY),
  /** The company's number of employees. */
  EMPLOYEES(RecordType.COMPANY),
  /** The company's parent company (never one of the companies being merged). */
  PARENT(RecordType.COMPANY),
  /** The owner. */
  OWNER(RecordType.CONTACT, RecordType.COMPANY),
  /** The lifecycle stage; the survivor's stage history is kept and the move recorded. */
  LIFECYCLE_STAGE(RecordType.CONTACT, RecordType.COMPANY);

  private final Set<RecordType> types;

  MergeField(RecordType... types) {
    this.types = Set.of(types);
  }

  /** Returns whether records of {@code type} have this field. */
  public boolean appliesTo(RecordType type) {
    return types.contains(type);
  }
}
