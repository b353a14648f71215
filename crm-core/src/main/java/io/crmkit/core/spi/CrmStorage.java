package io.crmkit.core.spi;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Where a CRM keeps its data: one repository per aggregate, the unit of work that makes their
 * writes atomic, and the ports of modules that extend the CRM. The in-memory storage ({@code
 * io.crmkit.core.memory.InMemoryCrmStorage}) is the embedded default; the JPA adapter provides
 * another.
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

  /**
   * Returns the knowledge base articles with their revisions and uses.
   *
   * @throws UnsupportedOperationException if this storage keeps no articles (the default)
   */
  default ArticleRepository articles() {
    throw new UnsupportedOperationException(getClass().getSimpleName() + " keeps no articles");
  }

  /**
   * Returns the keepers of personal data that this storage holds beyond its repositories, such as
   * an outbox of events not yet relayed, asked after every other holder of an access or erasure
   * request (see {@link PersonalDataHolder}). None by default.
   */
  default List<PersonalDataHolder> personalDataHolders() {
    return List.of();
  }

  /**
   * Returns the merge journal.
   *
   * @throws UnsupportedOperationException if this storage keeps no merge journal (the default, for
   *     adapters written before merges)
   */
  default MergeJournal mergeJournal() {
    throw new UnsupportedOperationException(getClass().getSimpleName() + " keeps no merge journal");
  }

  /**
   * Returns the ports of other modules this storage keeps that implement {@code type}, among those
   * made so far: how the core reaches, say, the modules' {@link MergeReferences} without knowing
   * them. By default none.
   */
  default <T> List<T> portsOf(Class<T> type) {
    return List.of();
  }

  /**
   * Returns the support tickets with their status histories and conversations.
   *
   * @throws UnsupportedOperationException if this storage keeps no tickets (the default)
   * @since 0.1
   */
  default TicketRepository tickets() {
    throw new UnsupportedOperationException(getClass().getSimpleName() + " keeps no tickets");
  }

  /**
   * Returns the product catalogue.
   *
   * @throws UnsupportedOperationException if this storage keeps no products (the default)
   * @since 0.1
   */
  default ProductRepository products() {
    throw new UnsupportedOperationException(getClass().getSimpleName() + " keeps no products");
  }

  /**
   * Returns the orders with their lines and status histories.
   *
   * @throws UnsupportedOperationException if this storage keeps no orders (the default)
   * @since 0.1
   */
  default OrderRepository orders() {
    throw new UnsupportedOperationException(getClass().getSimpleName() + " keeps no orders");
  }

  /**
   * Returns the marketing campaigns with their status histories.
   *
   * @throws UnsupportedOperationException if this storage keeps no campaigns (the default)
   * @since 0.1
   */
  default CampaignRepository campaigns() {
    throw new UnsupportedOperationException(getClass().getSimpleName() + " keeps no campaigns");
  }

  /**
   * Returns the recipients of campaigns, with their delivery and engagement.
   *
   * @throws UnsupportedOperationException if this storage keeps no campaign recipients (the
   *     default)
   * @since 0.1
   */
  default RecipientRepository recipients() {
    throw new UnsupportedOperationException(
        getClass().getSimpleName() + " keeps no campaign recipients");
  }

  /**
   * Returns the sales sequences.
   *
   * @throws UnsupportedOperationException if this storage keeps no sequences (the default)
   * @since 0.1
   */
  default SequenceRepository sequences() {
    throw new UnsupportedOperationException(getClass().getSimpleName() + " keeps no sequences");
  }

  /**
   * Returns the enrollments of contacts in sales sequences.
   *
   * @throws UnsupportedOperationException if this storage keeps no enrollments (the default)
   * @since 0.1
   */
  default EnrollmentRepository enrollments() {
    throw new UnsupportedOperationException(getClass().getSimpleName() + " keeps no enrollments");
  }

  /**
   * Returns the consent ledger, its double opt-in confirmations and the subscription types.
   *
   * @throws UnsupportedOperationException if this storage keeps no consent ledger (the default)
   * @since 0.1
   */
  default ConsentRepository consents() {
    throw new UnsupportedOperationException(getClass().getSimpleName() + " keeps no consents");
  }

  /**
   * Returns the suppression lists of addresses and domains never contacted.
   *
   * @throws UnsupportedOperationException if this storage keeps no suppression list (the default)
   * @since 0.1
   */
  default SuppressionRepository suppressions() {
    throw new UnsupportedOperationException(
        getClass().getSimpleName() + " keeps no suppression list");
  }

  /**
   * Returns the message templates.
   *
   * @throws UnsupportedOperationException if this storage keeps no templates (the default)
   * @since 0.1
   */
  default TemplateRepository templates() {
    throw new UnsupportedOperationException(getClass().getSimpleName() + " keeps no templates");
  }

  /**
   * Returns the due work of the automation feature.
   *
   * @throws UnsupportedOperationException if this storage keeps no due work (the default, for
   *     adapters written before automation)
   * @since 0.1
   */
  default DueWorkRepository dueWork() {
    throw new UnsupportedOperationException(getClass().getSimpleName() + " keeps no due work");
  }

  /**
   * Returns this storage's instance of {@code port}, a port that a module outside crm-core defines
   * (crm-scoring's scores and segments, for example): the same instance on every call, whose writes
   * are covered by {@link #unitOfWork()}.
   *
   * <p>By default a storage keeps no such port. The in-memory storage keeps every port in memory; a
   * storage that keeps some of them elsewhere answers the others from an {@link InMemoryPorts}.
   *
   * @throws UnsupportedOperationException if this storage does not keep {@code port}
   */
  default <P> P port(StoragePort<P> port) {
    throw new UnsupportedOperationException(
        getClass().getSimpleName() + " keeps no " + requireNonNull(port, "port"));
  }
}
