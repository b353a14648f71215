package io.crmkit.core;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.access.AccessPolicy;
import io.crmkit.core.automation.DueKind;
import io.crmkit.core.automation.DueWork;
import io.crmkit.core.automation.internal.RuleDepth;
import io.crmkit.core.automation.internal.RuleTargets;
import io.crmkit.core.automation.internal.RuleTriggers;
import io.crmkit.core.automation.internal.WorkflowRuleWork;
import io.crmkit.core.calendar.BusinessCalendar;
import io.crmkit.core.campaign.UnsubscribeEndpoint;
import io.crmkit.core.consent.internal.UnsubscribeTokens;
import io.crmkit.core.internal.CrmContext;
import io.crmkit.core.internal.TimeOrderedIdGenerator;
import io.crmkit.core.internal.Transactions;
import io.crmkit.core.internal.memory.InMemoryArticleIndex;
import io.crmkit.core.memory.InMemoryCrmStorage;
import io.crmkit.core.message.internal.Messaging;
import io.crmkit.core.sequence.internal.SequenceRuleEnrollments;
import io.crmkit.core.sequence.internal.SequenceStepWork;
import io.crmkit.core.spi.ArticleIndex;
import io.crmkit.core.spi.AudienceResolver;
import io.crmkit.core.spi.ContactLists;
import io.crmkit.core.spi.CrmStorage;
import io.crmkit.core.spi.IdGenerator;
import io.crmkit.core.spi.MessageGateway;
import io.crmkit.core.spi.Notifier;
import io.crmkit.core.spi.PersonalDataHolder;
import io.crmkit.core.spi.UserDirectory;
import io.crmkit.core.spi.WebhookSender;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.jspecify.annotations.Nullable;

/**
 * The configuration of a {@link Crm} before it opens: where it keeps its data, for which tenant and
 * actor, on which clock and calendar, under which access policy, and who hears of its events.
 * Everything has a default: in-memory storage, tenant {@code default}, actor {@code system}, the
 * system clock in UTC, time-ordered ids, a Monday-to-Friday 09:00-17:00 UTC calendar, an access
 * policy that allows everything and no event listener.
 *
 * <p>The CRM's privacy requests ask crm-core's own personal-data holders, then those that modules
 * on the class or module path provide as services of {@link PersonalDataHolder} (crm-scoring's
 * scores, segments and lists), then those added with {@link #personalData}, then the storage's.
 *
 * @since 0.1
 */
public final class CrmBuilder {

  private @Nullable CrmStorage storage;
  private TenantId tenant = TenantId.of("default");
  private UserId actor = UserId.of("system");
  private Clock clock = Clock.systemUTC();
  private @Nullable IdGenerator ids;
  private @Nullable BusinessCalendar calendar;
  private AccessPolicy access = AccessPolicy.allowAll();
  private EventPublisher publisher = EventPublisher.NONE;
  private @Nullable ArticleIndex articleIndex;
  private final List<PersonalDataHolder> hostHolders = new ArrayList<>();
  private Notifier notifier = Notifier.NONE;
  private @Nullable AudienceResolver audiences;
  private @Nullable UnsubscribeEndpoint unsubscribeEndpoint;
  private @Nullable UnsubscribeTokens unsubscribeTokens;
  private MessageGateway messageGateway = MessageGateway.NONE;
  private UserDirectory userDirectory = UserDirectory.NONE;
  private WebhookSender webhookSender =
      call -> {
        throw new IllegalStateException(
            "rule " + call.rule() + " calls hook " + call.hook() + " but no webhook sender is set");
      };
  private final Map<DueKind, DueWork> dueWork = new HashMap<>();

  CrmBuilder() {}

  /** Sets where the CRM keeps its data; in memory unless set. */
  public CrmBuilder storage(CrmStorage value) {
    storage = requireNonNull(value, "storage");
    return this;
  }

  /** Sets the tenant the CRM is opened for. */
  public CrmBuilder tenant(TenantId value) {
    tenant = requireNonNull(value, "tenant");
    return this;
  }

  /** Sets the user the CRM acts for. */
  public CrmBuilder actor(UserId value) {
    actor = requireNonNull(value, "actor");
    return this;
  }

  /** Sets the clock: the only source of time (a fixed clock makes tests deterministic). */
  public CrmBuilder clock(Clock value) {
    clock = requireNonNull(value, "clock");
    return this;
  }

  /** Sets the source of new ids; time-ordered UUIDs from the clock unless set. */
  public CrmBuilder ids(IdGenerator value) {
    ids = requireNonNull(value, "ids");
    return this;
  }

  /** Sets the team's business calendar, used for due dates and SLAs. */
  public CrmBuilder calendar(BusinessCalendar value) {
    calendar = requireNonNull(value, "calendar");
    return this;
  }

  /** Sets the host's access policy. */
  public CrmBuilder accessPolicy(AccessPolicy value) {
    access = requireNonNull(value, "accessPolicy");
    return this;
  }

  /** Sets the listener that hears of domain events after each commit. */
  public CrmBuilder eventPublisher(EventPublisher value) {
    publisher = requireNonNull(value, "eventPublisher");
    return this;
  }

  /**
   * Sets the full-text index of the knowledge base's articles, such as crm-scoring's Lucene index;
   * a simple word index in memory unless set. The index is a copy of the storage's articles: give
   * the same index to every CRM on the same storage, and rebuild it with {@code
   * crm.knowledge().rebuildIndex()} when it starts empty over stored articles.
   */
  public CrmBuilder articleIndex(ArticleIndex value) {
    articleIndex = requireNonNull(value, "articleIndex");
    return this;
  }

  /**
   * Adds a keeper of personal data that the host keeps about people, so that access requests
   * describe it and erasure requests erase it with the rest.
   */
  public CrmBuilder personalData(PersonalDataHolder holder) {
    hostHolders.add(requireNonNull(holder, "holder"));
    return this;
  }

  /**
   * Sets who sends the webhook calls of workflow rules; unless set, a rule that calls a hook fails
   * (its run is marked failed with the reason).
   */
  public CrmBuilder webhookSender(WebhookSender value) {
    webhookSender = requireNonNull(value, "webhookSender");
    return this;
  }

  /** Sets who delivers the notifications of SLA escalations; none are delivered unless set. */
  public CrmBuilder notifier(Notifier value) {
    notifier = requireNonNull(value, "notifier");
    return this;
  }

  /**
   * Sets what resolves campaign audiences into contacts; unless set, the first {@link
   * AudienceResolver} that a module on the class or module path provides as a service
   * (crm-scoring's segments), else none, and campaigns cannot start.
   */
  public CrmBuilder audiences(AudienceResolver value) {
    audiences = requireNonNull(value, "audiences");
    return this;
  }

  /**
   * Sets the gateway the CRM's email and SMS leave through, such as crm-mail's {@code
   * SmtpMessageGateway}; every message is refused unless set.
   */
  public CrmBuilder messageGateway(MessageGateway value) {
    messageGateway = requireNonNull(value, "messageGateway");
    return this;
  }

  /**
   * Sets the host's secret that signs the tokens of unsubscribe links (HMAC-SHA256), so that a link
   * works without login and cannot be altered to name another person. Keep it as secret as a
   * password and the same across restarts and host instances: links signed with a secret stop
   * working when it changes. Without one, {@code crm.consent().unsubscribeToken(..)} throws.
   *
   * @param secret at least 32 random bytes; copied
   * @throws IllegalArgumentException if shorter
   */
  public CrmBuilder unsubscribeSecret(byte[] secret) {
    unsubscribeTokens = new UnsubscribeTokens(requireNonNull(secret, "secret"));
    return this;
  }

  /**
   * Sets where the CRM reads the names and addresses of the host's users, for the owner merge
   * fields of message templates; the owner fields take their fallbacks unless set.
   */
  public CrmBuilder userDirectory(UserDirectory value) {
    userDirectory = requireNonNull(value, "userDirectory");
    return this;
  }

  /**
   * Sets where campaign recipients unsubscribe: each marketing message carries a link to it with
   * the consent ledger's signed token (which needs an {@link #unsubscribeSecret}). Campaigns send
   * nothing unless set.
   */
  public CrmBuilder unsubscribeEndpoint(UnsubscribeEndpoint value) {
    unsubscribeEndpoint = requireNonNull(value, "unsubscribeEndpoint");
    return this;
  }

  /**
   * Adds the performer of a kind of due work, run by {@code crm.automation().runDue()}.
   *
   * @throws IllegalArgumentException if a performer of the same kind was added
   */
  public CrmBuilder dueWork(DueWork performer) {
    requireNonNull(performer, "performer");
    checkArgument(
        !performer.kind().equals(WorkflowRuleWork.KIND)
            && !performer.kind().equals(SequenceStepWork.KIND),
        "due work of kind %s is the CRM's own",
        performer.kind());
    checkArgument(
        dueWork.putIfAbsent(performer.kind(), performer) == null,
        "due work of kind %s was added twice",
        performer.kind());
    return this;
  }

  /** Returns the CRM. */
  public Crm build() {
    CrmStorage chosen = storage == null ? InMemoryCrmStorage.create() : storage;
    IdGenerator idSource = ids == null ? TimeOrderedIdGenerator.on(clock) : ids;
    BusinessCalendar team = calendar == null ? BusinessCalendar.standard(ZoneOffset.UTC) : calendar;
    // the depth of the rule running on a thread, shared by the rules' trigger and runner
    RuleDepth depth = new RuleDepth();
    CrmContext context =
        new CrmContext(
            tenant,
            actor,
            clock,
            idSource,
            access,
            new Transactions(
                chosen.unitOfWork(),
                new RuleTriggers(chosen.eventJournal(), chosen, idSource, team, depth),
                publisher));
    Map<DueKind, DueWork> performers = new HashMap<>(dueWork);
    RuleTargets ruleTargets =
        new RuleTargets(
            ServiceLoader.load(ContactLists.class, CrmBuilder.class.getClassLoader())
                .findFirst()
                .orElse(ContactLists.NONE),
            new SequenceRuleEnrollments());
    performers.put(
        WorkflowRuleWork.KIND,
        new WorkflowRuleWork(chosen, team, depth, notifier, webhookSender, ruleTargets));
    performers.put(
        SequenceStepWork.KIND, new SequenceStepWork(chosen, team, messageGateway, clock));
    List<PersonalDataHolder> holders = new ArrayList<>();
    ServiceLoader.load(PersonalDataHolder.class, CrmBuilder.class.getClassLoader())
        .forEach(holders::add);
    holders.addAll(hostHolders);
    AudienceResolver resolver =
        audiences != null
            ? audiences
            : ServiceLoader.load(AudienceResolver.class, CrmBuilder.class.getClassLoader())
                .findFirst()
                .orElse(AudienceResolver.NONE);
    return new Crm(
        context,
        chosen,
        team,
        holders,
        notifier,
        articleIndex == null ? new InMemoryArticleIndex() : articleIndex,
        unsubscribeTokens,
        resolver,
        ruleTargets,
        unsubscribeEndpoint,
        new Messaging(messageGateway, userDirectory),
        performers);
  }
}
