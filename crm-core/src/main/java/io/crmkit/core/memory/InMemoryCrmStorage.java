package io.crmkit.core.memory;

import io.crmkit.core.internal.memory.InMemoryActivityRepository;
import io.crmkit.core.internal.memory.InMemoryArticleRepository;
import io.crmkit.core.internal.memory.InMemoryCampaignRepository;
import io.crmkit.core.internal.memory.InMemoryCompanyRepository;
import io.crmkit.core.internal.memory.InMemoryConsentRepository;
import io.crmkit.core.internal.memory.InMemoryContactRepository;
import io.crmkit.core.internal.memory.InMemoryCustomFieldRepository;
import io.crmkit.core.internal.memory.InMemoryDealRepository;
import io.crmkit.core.internal.memory.InMemoryDueWorkRepository;
import io.crmkit.core.internal.memory.InMemoryEnrollmentRepository;
import io.crmkit.core.internal.memory.InMemoryLeadRepository;
import io.crmkit.core.internal.memory.InMemoryMergeJournal;
import io.crmkit.core.internal.memory.InMemoryOrderRepository;
import io.crmkit.core.internal.memory.InMemoryPipelineRepository;
import io.crmkit.core.internal.memory.InMemoryProductRepository;
import io.crmkit.core.internal.memory.InMemoryReasonRepository;
import io.crmkit.core.internal.memory.InMemoryRecipientRepository;
import io.crmkit.core.internal.memory.InMemorySequenceRepository;
import io.crmkit.core.internal.memory.InMemoryStore;
import io.crmkit.core.internal.memory.InMemorySuppressionRepository;
import io.crmkit.core.internal.memory.InMemoryTaskRepository;
import io.crmkit.core.internal.memory.InMemoryTemplateRepository;
import io.crmkit.core.internal.memory.InMemoryTicketRepository;
import io.crmkit.core.spi.ActivityRepository;
import io.crmkit.core.spi.ArticleRepository;
import io.crmkit.core.spi.CampaignRepository;
import io.crmkit.core.spi.CompanyRepository;
import io.crmkit.core.spi.ConsentRepository;
import io.crmkit.core.spi.ContactRepository;
import io.crmkit.core.spi.CrmStorage;
import io.crmkit.core.spi.CustomFieldRepository;
import io.crmkit.core.spi.DealRepository;
import io.crmkit.core.spi.DueWorkRepository;
import io.crmkit.core.spi.EnrollmentRepository;
import io.crmkit.core.spi.InMemoryPorts;
import io.crmkit.core.spi.LeadRepository;
import io.crmkit.core.spi.MergeJournal;
import io.crmkit.core.spi.OrderRepository;
import io.crmkit.core.spi.PipelineRepository;
import io.crmkit.core.spi.ProductRepository;
import io.crmkit.core.spi.ReasonRepository;
import io.crmkit.core.spi.RecipientRepository;
import io.crmkit.core.spi.SequenceRepository;
import io.crmkit.core.spi.StoragePort;
import io.crmkit.core.spi.SuppressionRepository;
import io.crmkit.core.spi.TaskRepository;
import io.crmkit.core.spi.TemplateRepository;
import io.crmkit.core.spi.TicketRepository;
import io.crmkit.core.spi.UnitOfWork;
import java.util.List;

/**
 * A CRM's storage in the memory of the host's process: the embedded default, and a fake for test
 * suites that behaves like the database (atomic units of work, optimistic locking, unique keys,
 * tenant isolation, stable order and keyset paging). Thread-safe.
 *
 * <pre>{@code
 * CrmStorage storage = InMemoryCrmStorage.create();
 * Crm crm = Crm.builder().storage(storage).build();
 * }</pre>
 *
 * <p>The ports of other modules ({@link #port(StoragePort)}) are kept in memory too, one instance
 * per storage; their writes are not undone when a unit of work fails, so a module writes them last
 * in its units.
 *
 * @since 0.1
 */
public final class InMemoryCrmStorage implements CrmStorage {

  private final InMemoryStore store = new InMemoryStore();
  private final ContactRepository contacts = new InMemoryContactRepository(store);
  private final CompanyRepository companies = new InMemoryCompanyRepository(store);
  private final ActivityRepository activities = new InMemoryActivityRepository(store);
  private final TaskRepository tasks = new InMemoryTaskRepository(store);
  private final CustomFieldRepository customFields = new InMemoryCustomFieldRepository(store);
  private final PipelineRepository pipelines = new InMemoryPipelineRepository(store);
  private final DealRepository deals = new InMemoryDealRepository(store);
  private final ReasonRepository reasons = new InMemoryReasonRepository(store);
  private final LeadRepository leads = new InMemoryLeadRepository(store);
  private final ArticleRepository articles = new InMemoryArticleRepository(store);
  private final MergeJournal mergeJournal = new InMemoryMergeJournal(store);
  private final TicketRepository tickets = new InMemoryTicketRepository(store);
  private final ProductRepository products = new InMemoryProductRepository(store);
  private final OrderRepository orders = new InMemoryOrderRepository(store);
  private final CampaignRepository campaigns = new InMemoryCampaignRepository(store);
  private final RecipientRepository recipients = new InMemoryRecipientRepository(store);
  private final SequenceRepository sequences = new InMemorySequenceRepository(store);
  private final EnrollmentRepository enrollments = new InMemoryEnrollmentRepository(store);
  private final ConsentRepository consents = new InMemoryConsentRepository(store);
  private final SuppressionRepository suppressions = new InMemorySuppressionRepository(store);
  private final TemplateRepository templates = new InMemoryTemplateRepository(store);
  private final DueWorkRepository dueWork = new InMemoryDueWorkRepository(store);
  private final InMemoryPorts ports = new InMemoryPorts();

  private InMemoryCrmStorage() {}

  /** Returns a new, empty storage. */
  public static InMemoryCrmStorage create() {
    return new InMemoryCrmStorage();
  }

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

  @Override
  public ArticleRepository articles() {
    return articles;
  }

  @Override
  public TicketRepository tickets() {
    return tickets;
  }

  @Override
  public ProductRepository products() {
    return products;
  }

  @Override
  public OrderRepository orders() {
    return orders;
  }

  @Override
  public CampaignRepository campaigns() {
    return campaigns;
  }

  @Override
  public RecipientRepository recipients() {
    return recipients;
  }

  @Override
  public SequenceRepository sequences() {
    return sequences;
  }

  @Override
  public EnrollmentRepository enrollments() {
    return enrollments;
  }

  @Override
  public ConsentRepository consents() {
    return consents;
  }

  @Override
  public SuppressionRepository suppressions() {
    return suppressions;
  }

  @Override
  public TemplateRepository templates() {
    return templates;
  }

  @Override
  public DueWorkRepository dueWork() {
    return dueWork;
  }

  @Override
  public <P> P port(StoragePort<P> port) {
    return ports.get(port);
  }

  @Override
  public MergeJournal mergeJournal() {
    return mergeJournal;
  }

  @Override
  public <T> List<T> portsOf(Class<T> type) {
    return ports.instancesOf(type);
  }
}
