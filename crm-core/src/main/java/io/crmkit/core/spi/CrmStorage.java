package io.crmkit.core.spi;

import io.crmkit.core.internal.memory.InMemoryActivityRepository;
import io.crmkit.core.internal.memory.InMemoryCompanyRepository;
import io.crmkit.core.internal.memory.InMemoryContactRepository;
import io.crmkit.core.internal.memory.InMemoryCustomFieldRepository;
import io.crmkit.core.internal.memory.InMemoryDealRepository;
import io.crmkit.core.internal.memory.InMemoryLeadRepository;
import io.crmkit.core.internal.memory.InMemoryPipelineRepository;
import io.crmkit.core.internal.memory.InMemoryReasonRepository;
import io.crmkit.core.internal.memory.InMemoryStore;
import io.crmkit.core.internal.memory.InMemoryTaskRepository;

/**
 * Where a CRM keeps its data: one repository per aggregate and the unit of work that makes their
 * writes atomic. The in-memory storage is the embedded default; the JPA adapter provides another.
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

  /** Returns a new, empty, thread-safe storage in memory. */
  static CrmStorage inMemory() {
    InMemoryStore store = new InMemoryStore();
    ContactRepository contacts = new InMemoryContactRepository(store);
    CompanyRepository companies = new InMemoryCompanyRepository(store);
    ActivityRepository activities = new InMemoryActivityRepository(store);
    TaskRepository tasks = new InMemoryTaskRepository(store);
    CustomFieldRepository customFields = new InMemoryCustomFieldRepository(store);
    PipelineRepository pipelines = new InMemoryPipelineRepository(store);
    DealRepository deals = new InMemoryDealRepository(store);
    ReasonRepository reasons = new InMemoryReasonRepository(store);
    LeadRepository leads = new InMemoryLeadRepository(store);
    return new CrmStorage() {
      @Override
      public UnitOfWork unitOfWork() {
        return store;
      }

      @Override
      public ContactRepository contacts() {
        return contacts;
      }

      @Override
      public CompanyRepository companies() {
        return companies;
      }

      @Override
      public ActivityRepository activities() {
        return activities;
      }

      @Override
      public TaskRepository tasks() {
        return tasks;
      }

      @Override
      public CustomFieldRepository customFields() {
        return customFields;
      }

      @Override
      public PipelineRepository pipelines() {
        return pipelines;
      }

      @Override
      public DealRepository deals() {
        return deals;
      }

      @Override
      public ReasonRepository reasons() {
        return reasons;
      }

      @Override
      public LeadRepository leads() {
        return leads;
      }
    };
  }
}
