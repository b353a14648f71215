package io.crmkit.jpa;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
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
import io.crmkit.core.spi.EventJournal;
import io.crmkit.core.spi.InMemoryPorts;
import io.crmkit.core.spi.LeadRepository;
import io.crmkit.core.spi.MergeJournal;
import io.crmkit.core.spi.OrderRepository;
import io.crmkit.core.spi.PersonalDataHolder;
import io.crmkit.core.spi.PipelineRepository;
import io.crmkit.core.spi.ProductRepository;
import io.crmkit.core.spi.ReasonRepository;
import io.crmkit.core.spi.RecipientRepository;
import io.crmkit.core.spi.SequenceRepository;
import io.crmkit.core.spi.SlaPolicyRepository;
import io.crmkit.core.spi.StoragePort;
import io.crmkit.core.spi.SuppressionRepository;
import io.crmkit.core.spi.TaskRepository;
import io.crmkit.core.spi.TemplateRepository;
import io.crmkit.core.spi.TicketRepository;
import io.crmkit.core.spi.UnitOfWork;
import io.crmkit.jpa.internal.AggregateRow;
import io.crmkit.jpa.internal.JpaSession;
import io.crmkit.jpa.internal.OwnedRow;
import io.crmkit.jpa.internal.PartyRow;
import io.crmkit.jpa.internal.PersistenceErrors;
import io.crmkit.jpa.internal.SearchKey;
import io.crmkit.jpa.internal.UniqueConstraint;
import io.crmkit.jpa.internal.audience.JpaSegmentRepository;
import io.crmkit.jpa.internal.automation.JpaDueWorkRepository;
import io.crmkit.jpa.internal.campaign.JpaCampaignRepository;
import io.crmkit.jpa.internal.campaign.JpaRecipientRepository;
import io.crmkit.jpa.internal.commerce.JpaOrderRepository;
import io.crmkit.jpa.internal.commerce.JpaProductRepository;
import io.crmkit.jpa.internal.company.JpaCompanyRepository;
import io.crmkit.jpa.internal.consent.JpaConsentRepository;
import io.crmkit.jpa.internal.consent.JpaSuppressionRepository;
import io.crmkit.jpa.internal.contact.JpaContactRepository;
import io.crmkit.jpa.internal.customfield.JpaCustomFieldRepository;
import io.crmkit.jpa.internal.deal.JpaDealRepository;
import io.crmkit.jpa.internal.deal.JpaPipelineRepository;
import io.crmkit.jpa.internal.knowledge.JpaArticleRepository;
import io.crmkit.jpa.internal.lead.JpaLeadRepository;
import io.crmkit.jpa.internal.merge.JpaMergeJournal;
import io.crmkit.jpa.internal.message.JpaTemplateRepository;
import io.crmkit.jpa.internal.outbox.JpaEventJournal;
import io.crmkit.jpa.internal.outbox.JpaOutboxRelay;
import io.crmkit.jpa.internal.outbox.OutboxPersonalData;
import io.crmkit.jpa.internal.reason.JpaReasonRepository;
import io.crmkit.jpa.internal.score.JpaScoreRepository;
import io.crmkit.jpa.internal.sequence.JpaEnrollmentRepository;
import io.crmkit.jpa.internal.sequence.JpaSequenceRepository;
import io.crmkit.jpa.internal.task.JpaTaskRepository;
import io.crmkit.jpa.internal.ticket.JpaSlaPolicyRepository;
import io.crmkit.jpa.internal.ticket.JpaTicketRepository;
import io.crmkit.jpa.internal.timeline.JpaActivityRepository;
import io.crmkit.jpa.outbox.OutboxRelay;
import io.crmkit.scoring.spi.ScoreRepository;
import io.crmkit.scoring.spi.SegmentRepository;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * The CRM's storage in the host's relational database, through the Jakarta Persistence API: every
 * repository of crm-core, a unit of work that joins the host's transaction when there is one, and
 * an outbox that keeps each unit's domain events with its changes.
 *
 * <p>The host adds {@link #MANAGED_CLASSES} to its persistence unit and applies the migrations
 * under {@code db/migration/{h2,postgresql,mariadb}} (Flyway layout) to its database; the schema is
 * never generated from the mapping.
 *
 * <pre>{@code
 * Crm crm = Crm.builder().storage(JpaCrmStorage.create(entityManagerFactory)).build();
 * }</pre>
 *
 * @since 0.1
 */
public final class JpaCrmStorage implements CrmStorage {

  /**
   * The classes (entities, mapped superclasses, embeddables, converters) a host lists in its
   * persistence unit, for example in {@code persistence.xml} or a {@code PersistenceConfiguration}.
   */
  public static final List<Class<?>> MANAGED_CLASSES =
      ImmutableList.<Class<?>>builder()
          .add(AggregateRow.class, OwnedRow.class, PartyRow.class)
          .add(SearchKey.class)
          .addAll(JpaContactRepository.MANAGED_CLASSES)
          .addAll(JpaCompanyRepository.MANAGED_CLASSES)
          .addAll(JpaActivityRepository.MANAGED_CLASSES)
          .addAll(JpaTaskRepository.MANAGED_CLASSES)
          .addAll(JpaCustomFieldRepository.MANAGED_CLASSES)
          .addAll(JpaPipelineRepository.MANAGED_CLASSES)
          .addAll(JpaDealRepository.MANAGED_CLASSES)
          .addAll(JpaLeadRepository.MANAGED_CLASSES)
          .addAll(JpaTicketRepository.MANAGED_CLASSES)
          .addAll(JpaSlaPolicyRepository.MANAGED_CLASSES)
          .addAll(JpaCampaignRepository.MANAGED_CLASSES)
          .addAll(JpaRecipientRepository.MANAGED_CLASSES)
          .addAll(JpaReasonRepository.MANAGED_CLASSES)
          .addAll(JpaArticleRepository.MANAGED_CLASSES)
          .addAll(JpaTemplateRepository.MANAGED_CLASSES)
          .addAll(JpaScoreRepository.MANAGED_CLASSES)
          .addAll(JpaSegmentRepository.MANAGED_CLASSES)
          .addAll(JpaEventJournal.MANAGED_CLASSES)
          .addAll(JpaMergeJournal.MANAGED_CLASSES)
          .addAll(JpaProductRepository.MANAGED_CLASSES)
          .addAll(JpaOrderRepository.MANAGED_CLASSES)
          .addAll(JpaConsentRepository.MANAGED_CLASSES)
          .addAll(JpaDueWorkRepository.MANAGED_CLASSES)
          .addAll(JpaSequenceRepository.MANAGED_CLASSES)
          .addAll(JpaEnrollmentRepository.MANAGED_CLASSES)
          .build();

  private static final List<UniqueConstraint> UNIQUE_CONSTRAINTS =
      ImmutableList.<UniqueConstraint>builder()
          .addAll(JpaContactRepository.UNIQUE_CONSTRAINTS)
          .addAll(JpaCompanyRepository.UNIQUE_CONSTRAINTS)
          .addAll(JpaActivityRepository.UNIQUE_CONSTRAINTS)
          .addAll(JpaTaskRepository.UNIQUE_CONSTRAINTS)
          .addAll(JpaPipelineRepository.UNIQUE_CONSTRAINTS)
          .addAll(JpaDealRepository.UNIQUE_CONSTRAINTS)
          .addAll(JpaLeadRepository.UNIQUE_CONSTRAINTS)
          .addAll(JpaTicketRepository.UNIQUE_CONSTRAINTS)
          .addAll(JpaCampaignRepository.UNIQUE_CONSTRAINTS)
          .addAll(JpaRecipientRepository.UNIQUE_CONSTRAINTS)
          .addAll(JpaReasonRepository.UNIQUE_CONSTRAINTS)
          .addAll(JpaArticleRepository.UNIQUE_CONSTRAINTS)
          .addAll(JpaTemplateRepository.UNIQUE_CONSTRAINTS)
          .add(new UniqueConstraint("crm_merge_entry_pk", "merge", "id"))
          .addAll(JpaProductRepository.UNIQUE_CONSTRAINTS)
          .addAll(JpaOrderRepository.UNIQUE_CONSTRAINTS)
          .addAll(JpaConsentRepository.UNIQUE_CONSTRAINTS)
          .addAll(JpaDueWorkRepository.UNIQUE_CONSTRAINTS)
          .addAll(JpaSequenceRepository.UNIQUE_CONSTRAINTS)
          .addAll(JpaEnrollmentRepository.UNIQUE_CONSTRAINTS)
          .build();

  private final JpaSession session;
  private final JpaContactRepository contacts;
  private final CompanyRepository companies;
  private final ActivityRepository activities;
  private final TaskRepository tasks;
  private final CustomFieldRepository customFields;
  private final PipelineRepository pipelines;
  private final DealRepository deals;
  private final LeadRepository leads;
  private final TicketRepository tickets;
  private final CampaignRepository campaigns;
  private final RecipientRepository recipients;
  private final SequenceRepository sequences;
  private final EnrollmentRepository enrollments;
  private final ReasonRepository reasons;
  private final ArticleRepository articles;
  private final TemplateRepository templates;
  private final ScoreRepository scores;
  private final SegmentRepository segments;
  private final SlaPolicyRepository slaPolicies;
  private final EventJournal journal;
  private final MergeJournal mergeJournal;
  private final ProductRepository products;
  private final OrderRepository orders;
  private final ConsentRepository consents;
  private final SuppressionRepository suppressions;
  private final DueWorkRepository dueWork;
  private final InMemoryPorts otherPorts = new InMemoryPorts();

  private JpaCrmStorage(JpaSession session) {
    this.session = session;
    this.contacts = new JpaContactRepository(session);
    this.companies = new JpaCompanyRepository(session);
    this.activities = new JpaActivityRepository(session);
    this.tasks = new JpaTaskRepository(session);
    this.customFields = new JpaCustomFieldRepository(session);
    this.pipelines = new JpaPipelineRepository(session);
    this.deals = new JpaDealRepository(session);
    this.leads = new JpaLeadRepository(session);
    this.tickets = new JpaTicketRepository(session);
    this.campaigns = new JpaCampaignRepository(session);
    this.recipients = new JpaRecipientRepository(session);
    this.sequences = new JpaSequenceRepository(session);
    this.enrollments = new JpaEnrollmentRepository(session);
    this.reasons = new JpaReasonRepository(session);
    this.articles = new JpaArticleRepository(session);
    this.templates = new JpaTemplateRepository(session);
    this.scores = new JpaScoreRepository(session);
    this.segments = new JpaSegmentRepository(session);
    this.slaPolicies = new JpaSlaPolicyRepository(session);
    this.journal = new JpaEventJournal(session);
    this.mergeJournal = new JpaMergeJournal(session);
    this.products = new JpaProductRepository(session);
    this.orders = new JpaOrderRepository(session);
    this.consents = new JpaConsentRepository(session);
    this.suppressions = new JpaSuppressionRepository(session);
    this.dueWork = new JpaDueWorkRepository(session);
  }

  /**
   * Returns the storage on {@code factory}'s persistence unit: each outermost unit of work uses an
   * entity manager of its own, joining the JTA transaction of a JTA unit or running in a
   * resource-local transaction otherwise.
   *
   * @param factory the host's persistence unit, managing {@link #MANAGED_CLASSES}; never null
   * @return the storage
   */
  public static JpaCrmStorage create(EntityManagerFactory factory) {
    return new JpaCrmStorage(JpaSession.over(factory, errors()));
  }

  /**
   * Returns the storage on an entity manager the host manages (one per thread or request, or a
   * thread-safe shared proxy): units of work join the host's active transaction, or run in a
   * resource-local one of their own when there is none.
   *
   * @param entityManager the host's entity manager on a persistence unit managing {@link
   *     #MANAGED_CLASSES}; never null
   * @return the storage
   */
  public static JpaCrmStorage create(EntityManager entityManager) {
    return new JpaCrmStorage(JpaSession.within(entityManager, errors()));
  }

  /**
   * Returns a relay of the outbox on {@code factory}: each of its calls runs in a transaction of
   * its own.
   *
   * @param factory the host's persistence unit, managing {@link #MANAGED_CLASSES}; never null
   * @return the relay
   */
  public static OutboxRelay outboxRelay(EntityManagerFactory factory) {
    return new JpaOutboxRelay(JpaSession.over(requireNonNull(factory, "factory"), errors()));
  }

  /**
   * Returns the names of {@link #MANAGED_CLASSES}, as {@code <class>} entries want them.
   *
   * @return the fully qualified class names, in the order of {@link #MANAGED_CLASSES}
   */
  public static List<String> managedClassNames() {
    return MANAGED_CLASSES.stream().map(Class::getName).toList();
  }

  private static PersistenceErrors errors() {
    return new PersistenceErrors(UNIQUE_CONSTRAINTS);
  }

  @Override
  public UnitOfWork unitOfWork() {
    return session;
  }

  @Override
  public EventJournal eventJournal() {
    return journal;
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
  public LeadRepository leads() {
    return leads;
  }

  @Override
  public TicketRepository tickets() {
    return tickets;
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
  public ReasonRepository reasons() {
    return reasons;
  }

  @Override
  public ArticleRepository articles() {
    return articles;
  }

  @Override
  public TemplateRepository templates() {
    return templates;
  }

  /**
   * Returns the outbox's keeper of personal data: events not yet relayed that concern a person have
   * their payloads redacted when the person is erased.
   */
  @Override
  public List<PersonalDataHolder> personalDataHolders() {
    return List.of(new OutboxPersonalData(session));
  }

  /**
   * Returns this storage's instance of {@code port}. crm-scoring's lead scores and segments (with
   * their last members and the static lists) have tables of their own and are written in the
   * storage's units of work, so that a score commits with the lifecycle move it caused and nothing
   * is lost on restart; so have the tickets' SLA policies, which every host instance on the
   * database then applies alike. Ports of other modules, which have no tables in this adapter, are
   * kept in memory, one instance per storage object, as the in-memory storage keeps them.
   */
  @Override
  public <P> P port(StoragePort<P> port) {
    requireNonNull(port, "port");
    if (port.type() == ScoreRepository.class) {
      return port.type().cast(scores);
    }
    if (port.type() == SegmentRepository.class) {
      return port.type().cast(segments);
    }
    if (port.type() == SlaPolicyRepository.class) {
      return port.type().cast(slaPolicies);
    }
    return otherPorts.get(port);
  }

  /**
   * Returns the due work, in {@code crm_due_item}: runners on several threads or host instances
   * claim its rows with {@code SELECT ... FOR UPDATE SKIP LOCKED}.
   */
  @Override
  public DueWorkRepository dueWork() {
    return dueWork;
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
  public ConsentRepository consents() {
    return consents;
  }

  @Override
  public SuppressionRepository suppressions() {
    return suppressions;
  }

  @Override
  public MergeJournal mergeJournal() {
    return mergeJournal;
  }

  @Override
  public <T> List<T> portsOf(Class<T> type) {
    List<T> ports = new ArrayList<>(otherPorts.instancesOf(type));
    for (Object stored : List.of(scores, segments)) {
      if (type.isInstance(stored)) {
        ports.add(type.cast(stored));
      }
    }
    return List.copyOf(ports);
  }
}
