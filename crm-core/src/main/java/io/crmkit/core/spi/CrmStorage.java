package io.crmkit.core.spi;

/**
 * Where a CRM keeps its data: one repository per aggregate and the unit of work that makes their
 * writes atomic. The in-memory storage ({@code io.crmkit.core.memory.InMemoryCrmStorage}) is the
 * embedded default; the JPA adapter provides another.
 *
 * @since 0.1
 */
public interface CrmStorage {

  /** Returns the unit of work that covers every repository of this storage. */
  UnitOfWork unitOfWork();

  /**
   * Returns where the storage keeps each unit's events together with its writes; storages without
   * an outbox keep nothing.
   */
  default EventJournal eventJournal() {
    return EventJournal.NONE;
  }

  /** Returns the contacts. */
  ContactRepository contacts();

  /** Returns the companies. */
  CompanyRepository companies();

  /** Returns the timeline's activities. */
  ActivityRepository activities();

  /** Returns the tasks. */
  TaskRepository tasks();

  /** Returns the custom field definitions. */
  CustomFieldRepository customFields();

  /** Returns the sales pipelines. */
  PipelineRepository pipelines();

  /** Returns the deals with their stage histories. */
  DealRepository deals();

  /** Returns the reason catalogues (lost deals, unqualified leads). */
  ReasonRepository reasons();

  /** Returns the leads with their status histories. */
  LeadRepository leads();
}
