package io.crmkit.core.ticket.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.Changed;
import io.crmkit.core.ConcurrentUpdateException;
import io.crmkit.core.DomainEvent;
import io.crmkit.core.NotFoundException;
import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.RecordRef;
import io.crmkit.core.RecordType;
import io.crmkit.core.TeamId;
import io.crmkit.core.UserId;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.customfield.CustomFieldService;
import io.crmkit.core.internal.CrmContext;
import io.crmkit.core.internal.LinkedRecords;
import io.crmkit.core.internal.RecordCommands;
import io.crmkit.core.spi.Notifier;
import io.crmkit.core.spi.SlaPolicyRepository;
import io.crmkit.core.spi.TicketRepository;
import io.crmkit.core.task.TaskDetails;
import io.crmkit.core.task.TaskPriority;
import io.crmkit.core.task.TaskService;
import io.crmkit.core.ticket.CsatReport;
import io.crmkit.core.ticket.Escalation;
import io.crmkit.core.ticket.SlaDueWork;
import io.crmkit.core.ticket.SlaPolicy;
import io.crmkit.core.ticket.SupportReport;
import io.crmkit.core.ticket.Ticket;
import io.crmkit.core.ticket.TicketAction;
import io.crmkit.core.ticket.TicketDetails;
import io.crmkit.core.ticket.TicketEvent.SlaBreached;
import io.crmkit.core.ticket.TicketEvent.TicketDeleted;
import io.crmkit.core.ticket.TicketId;
import io.crmkit.core.ticket.TicketMessage;
import io.crmkit.core.ticket.TicketPriority;
import io.crmkit.core.ticket.TicketQuery;
import io.crmkit.core.ticket.TicketService;
import io.crmkit.core.ticket.TicketSurvey;
import io.crmkit.core.timeline.Activity;
import io.crmkit.core.timeline.ActivityDetails;
import io.crmkit.core.timeline.ActivityEntry;
import io.crmkit.core.timeline.ActivityId;
import io.crmkit.core.timeline.Direction;
import io.crmkit.core.timeline.TimelineService;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The {@link TicketService} of an opened CRM, over its storage and context; built by {@code Crm}
 * only.
 */
public final class DefaultTicketService implements TicketService {

  /** The most tickets one run of the due work reads. */
  static final int DUE_WORK_BATCH = 500;

  private final CrmContext context;
  private final Supplier<TicketRepository> repository;
  private final CustomFieldService customFields;
  private final TimelineService timeline;
  private final LinkedRecords linked;
  private final RecordCommands<TicketId, Ticket> records;
  private final SlaClocks clocks;
  private final Supplier<SlaPolicyRepository> policies;
  private final TaskService tasks;
  private final Notifier notifier;
  private final java.security.SecureRandom random = new java.security.SecureRandom();

  /**
   * @param context the opened CRM's context
   * @param repository where tickets are kept, asked for on first use (a storage may keep none)
   * @param customFields the tenant's custom field definitions
   * @param timeline where each message of a conversation is also logged
   * @param linked the check of the records a ticket links to
   * @param clocks keeps a changed ticket's SLA clocks current before it is stored
   * @param policies where the tenant's SLA policies are kept
   * @param tasks creates the tasks of escalations
   * @param notifier delivers the notifications of escalations
   */
  public DefaultTicketService(
      CrmContext context,
      Supplier<TicketRepository> repository,
      CustomFieldService customFields,
      TimelineService timeline,
      LinkedRecords linked,
      SlaClocks clocks,
      Supplier<SlaPolicyRepository> policies,
      TaskService tasks,
      Notifier notifier) {
    this.context = requireNonNull(context, "context");
    this.repository = requireNonNull(repository, "repository");
    this.customFields = requireNonNull(customFields, "customFields");
    this.timeline = requireNonNull(timeline, "timeline");
    this.linked = requireNonNull(linked, "linked");
    this.clocks = requireNonNull(clocks, "clocks");
    this.policies = requireNonNull(policies, "policies");
    this.tasks = requireNonNull(tasks, "tasks");
    this.notifier = requireNonNull(notifier, "notifier");
    this.records =
        new RecordCommands<>(
            context,
            RecordType.TICKET,
            (tenant, id) -> repository.get().find(tenant, id),
            (ticket, version) -> repository.get().update(ticket, version),
            Ticket::owner);
  }

  @Override
  public Ticket open(TicketDetails details) {
    requireNonNull(details, "details");
    customFields.validate(RecordType.TICKET, details.customFields());
    TicketId id = TicketId.of(context.ids().next());
    return records.create(
        id,
        context.actor(),
        now -> {
          links(details).require();
          Changed<Ticket> opened = Ticket.open(id, context.tenant(), details, now, context.actor());
          return clocks.track(null, opened, now, currentPolicies());
        },
        ticket -> repository.get().insert(ticket));
  }

  @Override
  public Ticket update(TicketId id, long expectedVersion, TicketDetails details) {
    requireNonNull(details, "details");
    customFields.validate(RecordType.TICKET, details.customFields());
    return change(
        id,
        expectedVersion,
        (ticket, now) -> {
          links(details).without(links(ticket.details())).require();
          return ticket.update(details, now, context.actor());
        });
  }

  @Override
  public Ticket prioritize(TicketId id, long expectedVersion, TicketPriority priority) {
    requireNonNull(priority, "priority");
    return change(
        id, expectedVersion, (ticket, now) -> ticket.prioritize(priority, now, context.actor()));
  }

  @Override
  public Ticket assign(
      TicketId id, long expectedVersion, @Nullable UserId assignee, @Nullable TeamId team) {
    return change(
        id, expectedVersion, (ticket, now) -> ticket.assign(assignee, team, now, context.actor()));
  }

  @Override
  public Ticket move(TicketId id, long expectedVersion, TicketAction action) {
    requireNonNull(action, "action");
    return change(
        id,
        expectedVersion,
        (ticket, now) -> ticket.move(action, now, context.actor(), REOPEN_WINDOW));
  }

  @Override
  public Ticket reply(TicketId id, long expectedVersion, String body) {
    return message(id, expectedVersion, TicketMessage.Kind.PUBLIC_REPLY, Direction.OUTBOUND, body);
  }

  @Override
  public Ticket receive(TicketId id, long expectedVersion, String body) {
    return message(id, expectedVersion, TicketMessage.Kind.PUBLIC_REPLY, Direction.INBOUND, body);
  }

  @Override
  public Ticket note(TicketId id, long expectedVersion, String body) {
    return message(id, expectedVersion, TicketMessage.Kind.INTERNAL_NOTE, Direction.OUTBOUND, body);
  }

  private Ticket message(
      TicketId id,
      long expectedVersion,
      TicketMessage.Kind kind,
      Direction direction,
      String body) {
    requireNonNull(body, "body");
    TicketMessage.checkBody(body);
    return change(
        id,
        expectedVersion,
        (ticket, now) -> {
          // the message is also on the requester's timeline, in the same unit of work
          Activity activity =
              timeline.log(
                  ActivityEntry.of(new ActivityDetails.TicketEvent(eventName(kind, direction)))
                      .at(now)
                      .subject(ticket.details().subject())
                      .body(body)
                      .about(ticket.details().requester())
                      .regarding(RecordRef.of(RecordType.TICKET, ticket.id())));
          return ticket.addMessage(kind, direction, body, activity.id(), now, context.actor());
        });
  }

  private static String eventName(TicketMessage.Kind kind, Direction direction) {
    return kind == TicketMessage.Kind.INTERNAL_NOTE
        ? "internal_note"
        : "reply_" + direction.name().toLowerCase(Locale.ROOT);
  }

  private Ticket change(
      TicketId id,
      long expectedVersion,
      java.util.function.BiFunction<Ticket, Instant, Changed<Ticket>> command) {
    List<Notifier.Notification> notifications = new ArrayList<>();
    Ticket changed =
        records.change(
            id,
            expectedVersion,
            (ticket, now) -> {
              Changed<Ticket> commanded = command.apply(ticket, now);
              if (commanded.state() == ticket) {
                return commanded;
              }
              Changed<Ticket> tracked = clocks.track(ticket, commanded, now, currentPolicies());
              return escalateBreaches(ticket, commanded, tracked, now, notifications);
            });
    notifications.forEach(notifier::notify);
    return changed;
  }

  /**
   * Runs the escalations of the breaches that tracking raised: a clock that ran past its target
   * before the command paused or stopped it records the breach there, and the due work, which only
   * reads running clocks, will never see it.
   */
  private Changed<Ticket> escalateBreaches(
      Ticket read,
      Changed<Ticket> commanded,
      Changed<Ticket> tracked,
      Instant now,
      List<Notifier.Notification> notifications) {
    List<SlaClocks.Trigger> breaches =
        tracked.events().stream()
            .skip(commanded.events().size())
            .filter(SlaBreached.class::isInstance)
            .map(e -> new SlaClocks.Trigger(Escalation.Trigger.BREACH, ((SlaBreached) e).metric()))
            .toList();
    if (breaches.isEmpty()) {
      return tracked;
    }
    Changed<Ticket> escalated =
        escalate(
            new SlaClocks.Due(tracked.state(), List.of(), breaches),
            now,
            notifications,
            new int[1]);
    List<DomainEvent> events = new ArrayList<>(tracked.events());
    events.addAll(escalated.events());
    // the escalations' steps make one new version with the command's change
    return new Changed<>(escalated.state().asNextVersionOf(read, now), events);
  }

  @Override
  public String sendSurvey(TicketId id, long expectedVersion) {
    byte[] bytes = new byte[24];
    random.nextBytes(bytes);
    String token = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    change(
        id,
        expectedVersion,
        (ticket, now) ->
            ticket.sendSurvey(digest(token), now, now.plus(SURVEY_VALIDITY), context.actor()));
    return token;
  }

  @Override
  public Ticket answerSurvey(TicketId id, String token, int score, @Nullable String comment) {
    requireNonNull(token, "token");
    checkArgument(score >= 1 && score <= 5, "CSAT score must be 1 to 5: %s", score);
    String words = comment == null ? "" : comment.strip();
    checkArgument(
        words.length() <= TicketSurvey.MAX_COMMENT,
        "CSAT comment longer than %s characters",
        TicketSurvey.MAX_COMMENT);
    io.crmkit.core.internal.TextPolicy.check(
        "CSAT comment", words, io.crmkit.core.internal.TextPolicy.Kind.LINES);
    Ticket current = records.get(id);
    return change(
        id,
        current.version(),
        (ticket, now) -> {
          // refuse before writing the activity: a wrong token leaves no trace
          ticket.answerSurvey(
              digest(token),
              score,
              words,
              ActivityId.of(new java.util.UUID(0, 0)),
              now,
              context.actor());
          Activity activity =
              timeline.log(
                  ActivityEntry.of(new ActivityDetails.TicketEvent("csat_response"))
                      .at(now)
                      .subject("Satisfaction " + score + "/5: " + ticket.details().subject())
                      .body(words)
                      .about(ticket.details().requester())
                      .regarding(RecordRef.of(RecordType.TICKET, ticket.id())));
          return ticket.answerSurvey(
              digest(token), score, words, activity.id(), now, context.actor());
        });
  }

  @Override
  public CsatReport csat(Instant from, Instant to) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    checkArgument(!to.isBefore(from), "CSAT period ends before it starts: %s to %s", from, to);
    CsatReport.Score overall = CsatReport.Score.NONE;
    java.util.Map<UserId, CsatReport.Score> byAgent = new java.util.HashMap<>();
    java.util.Map<TeamId, CsatReport.Score> byTeam = new java.util.HashMap<>();
    PageRequest page = PageRequest.first(PageRequest.MAX_SIZE);
    while (true) {
      Page<Ticket> read = search(TicketQuery.all(), page);
      for (Ticket ticket : read.items()) {
        TicketSurvey survey = ticket.survey().orElse(null);
        if (survey == null || survey.answeredAt() == null) {
          continue;
        }
        Instant answered = survey.answeredAt();
        if (answered.isBefore(from) || !answered.isBefore(to)) {
          continue;
        }
        int score = survey.answer().orElseThrow();
        overall = overall.plus(score);
        ticket
            .assignee()
            .ifPresent(
                a ->
                    byAgent.merge(a, CsatReport.Score.NONE.plus(score), DefaultTicketService::sum));
        ticket
            .team()
            .ifPresent(
                t -> byTeam.merge(t, CsatReport.Score.NONE.plus(score), DefaultTicketService::sum));
      }
      if (!read.hasNext()) {
        return new CsatReport(from, to, overall, byAgent, byTeam);
      }
      page = PageRequest.after(read.nextCursor().orElseThrow(), PageRequest.MAX_SIZE);
    }
  }

  private static final List<Duration> AGES =
      List.of(Duration.ZERO, Duration.ofDays(1), Duration.ofDays(3), Duration.ofDays(7));

  @Override
  public SupportReport report(Instant from, Instant to) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    checkArgument(!to.isBefore(from), "report period ends before it starts: %s to %s", from, to);
    java.util.Map<String, SupportReport.Attainment> byPolicy = new java.util.HashMap<>();
    java.util.Map<TicketPriority, SupportReport.Attainment> byPriority =
        new java.util.EnumMap<>(TicketPriority.class);
    java.util.Map<TeamId, SupportReport.Attainment> byTeam = new java.util.HashMap<>();
    java.util.Map<UserId, SupportReport.Attainment> byAgent = new java.util.HashMap<>();
    List<Duration> firstReplies = new ArrayList<>();
    List<Duration> resolutions = new ArrayList<>();
    int[] backlog = new int[AGES.size()];
    PageRequest page = PageRequest.first(PageRequest.MAX_SIZE);
    while (true) {
      Page<Ticket> read = search(TicketQuery.all(), page);
      for (Ticket ticket : read.items()) {
        Instant created = ticket.revision().createdAt();
        ticket
            .sla()
            .ifPresent(
                sla -> {
                  for (io.crmkit.core.ticket.SlaClock clock : sla.clocks()) {
                    Instant stopped = clock.stoppedAt();
                    if (stopped == null || stopped.isBefore(from) || !stopped.isBefore(to)) {
                      continue;
                    }
                    boolean met = clock.isMet();
                    byPolicy.merge(
                        sla.policy(),
                        SupportReport.Attainment.NONE.plus(met),
                        DefaultTicketService::sum);
                    byPriority.merge(
                        ticket.details().priority(),
                        SupportReport.Attainment.NONE.plus(met),
                        DefaultTicketService::sum);
                    ticket
                        .team()
                        .ifPresent(
                            t ->
                                byTeam.merge(
                                    t,
                                    SupportReport.Attainment.NONE.plus(met),
                                    DefaultTicketService::sum));
                    ticket
                        .assignee()
                        .ifPresent(
                            a ->
                                byAgent.merge(
                                    a,
                                    SupportReport.Attainment.NONE.plus(met),
                                    DefaultTicketService::sum));
                  }
                });
        ticket
            .firstReplyAt()
            .filter(at -> !at.isBefore(from) && at.isBefore(to))
            .ifPresent(at -> firstReplies.add(clocks.measure(true, created, at)));
        ticket
            .solvedAt()
            .filter(at -> !at.isBefore(from) && at.isBefore(to))
            .ifPresent(at -> resolutions.add(clocks.measure(true, created, at)));
        if (ticket.isUnsolved() && created.isBefore(to)) {
          Duration age = Duration.between(created, to);
          int bucket = 0;
          while (bucket + 1 < AGES.size() && age.compareTo(AGES.get(bucket + 1)) >= 0) {
            bucket++;
          }
          backlog[bucket]++;
        }
      }
      if (!read.hasNext()) {
        break;
      }
      page = PageRequest.after(read.nextCursor().orElseThrow(), PageRequest.MAX_SIZE);
    }
    List<SupportReport.AgeBucket> buckets = new ArrayList<>();
    for (int i = 0; i < AGES.size(); i++) {
      buckets.add(
          new SupportReport.AgeBucket(
              AGES.get(i), i + 1 < AGES.size() ? AGES.get(i + 1) : null, backlog[i]));
    }
    return new SupportReport(
        from,
        to,
        byPolicy,
        byPriority,
        byTeam,
        byAgent,
        SupportReport.Distribution.of(firstReplies),
        SupportReport.Distribution.of(resolutions),
        buckets);
  }

  private static SupportReport.Attainment sum(
      SupportReport.Attainment a, SupportReport.Attainment b) {
    return new SupportReport.Attainment(a.measured() + b.measured(), a.met() + b.met());
  }

  private static CsatReport.Score sum(CsatReport.Score a, CsatReport.Score b) {
    return new CsatReport.Score(
        a.responses() + b.responses(), a.satisfied() + b.satisfied(), a.total() + b.total());
  }

  private static String digest(String token) {
    try {
      byte[] hash =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return com.google.common.io.BaseEncoding.base16().lowerCase().encode(hash);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private List<SlaPolicy> currentPolicies() {
    return policies.get().policies(context.tenant());
  }

  @Override
  public List<SlaPolicy> slaPolicies() {
    return currentPolicies();
  }

  @Override
  public int defineSlaPolicies(List<SlaPolicy> newPolicies) {
    List<SlaPolicy> copy = List.copyOf(requireNonNull(newPolicies, "policies"));
    long distinct = copy.stream().map(SlaPolicy::name).distinct().count();
    checkArgument(distinct == copy.size(), "SLA policy names must be unique: %s", copy);
    policies.get().replace(context.tenant(), copy);
    int changed = 0;
    PageRequest page = PageRequest.first(PageRequest.MAX_SIZE);
    while (true) {
      Page<Ticket> read = repository.get().search(context.tenant(), TicketQuery.all(), page);
      for (Ticket ticket : read.items()) {
        if (ticket.isUnsolved() && reapply(ticket)) {
          changed++;
        }
      }
      if (!read.hasNext()) {
        return changed;
      }
      page = PageRequest.after(read.nextCursor().orElseThrow(), PageRequest.MAX_SIZE);
    }
  }

  private boolean reapply(Ticket ticket) {
    return context
        .transactions()
        .write(
            events -> {
              Instant now = context.now();
              Ticket current = repository.get().find(context.tenant(), ticket.id()).orElse(null);
              if (current == null) {
                return false;
              }
              Changed<Ticket> tracked =
                  clocks.track(current, new Changed<>(current, List.of()), now, currentPolicies());
              if (tracked.state().equals(current)) {
                return false;
              }
              // a policy no longer applying leaves no SLA: one new version either way
              repository
                  .get()
                  .update(tracked.state().asNextVersionOf(current, now), current.version());
              events.addAll(tracked.events());
              return true;
            });
  }

  @Override
  public SlaDueWork runSlaDueWork() {
    Instant now = context.now();
    int changedTickets = 0;
    int warnings = 0;
    int breaches = 0;
    int escalations = 0;
    for (Ticket read : repository.get().dueBy(context.tenant(), now, DUE_WORK_BATCH)) {
      List<Notifier.Notification> notifications = new ArrayList<>();
      int[] acted = new int[1];
      Optional<SlaClocks.Due> due;
      try {
        due =
            context
                .transactions()
                .write(
                    events -> {
                      Optional<SlaClocks.Due> found = clocks.due(read, now);
                      if (found.isEmpty()) {
                        return found;
                      }
                      Changed<Ticket> escalated = escalate(found.get(), now, notifications, acted);
                      Ticket stored = escalated.state().asNextVersionOf(read, now);
                      // fails if another run changed the ticket since it was read: it acted
                      repository.get().update(stored, read.version());
                      events.addAll(found.get().events());
                      events.addAll(escalated.events());
                      return found;
                    });
      } catch (ConcurrentUpdateException | NotFoundException anotherRunActed) {
        continue;
      }
      if (due.isEmpty()) {
        continue;
      }
      changedTickets++;
      for (SlaClocks.Trigger trigger : due.get().triggers()) {
        if (trigger.trigger() == Escalation.Trigger.WARNING) {
          warnings++;
        } else {
          breaches++;
        }
      }
      escalations += acted[0];
      notifications.forEach(notifier::notify);
    }
    return new SlaDueWork(changedTickets, warnings, breaches, escalations);
  }

  private Changed<Ticket> escalate(
      SlaClocks.Due due, Instant now, List<Notifier.Notification> notifications, int[] acted) {
    Ticket ticket = due.ticket();
    List<DomainEvent> events = new ArrayList<>();
    String applied = ticket.sla().orElseThrow().policy();
    SlaPolicy policy =
        currentPolicies().stream().filter(p -> p.name().equals(applied)).findFirst().orElse(null);
    if (policy == null) {
      return new Changed<>(ticket, events);
    }
    UserId by = context.actor();
    for (SlaClocks.Trigger trigger : due.triggers()) {
      for (Escalation escalation : policy.escalations()) {
        if (!escalation.appliesTo(trigger.trigger(), trigger.metric())) {
          continue;
        }
        acted[0]++;
        Ticket before = ticket;
        Changed<Ticket> step = new Changed<>(ticket, List.of());
        Escalation.Action action = escalation.action();
        if (action instanceof Escalation.Reassign reassign) {
          step =
              ticket.assign(
                  reassign.assignee(),
                  reassign.team() != null ? reassign.team() : ticket.team().orElse(null),
                  now,
                  by);
        } else if (action instanceof Escalation.RaisePriority) {
          step = ticket.prioritize(ticket.details().priority().raised(), now, by);
        } else if (action instanceof Escalation.Notify notify) {
          UserId recipient =
              notify.recipient() != null ? notify.recipient() : ticket.assignee().orElse(null);
          if (recipient != null) {
            notifications.add(
                new Notifier.Notification(
                    ticket.tenant(),
                    recipient,
                    ticket.id(),
                    trigger.metric(),
                    trigger.trigger(),
                    now));
          }
        } else if (action instanceof Escalation.CreateTask task) {
          UserId assignee =
              task.assignee() != null ? task.assignee() : ticket.assignee().orElse(by);
          tasks.create(
              TaskDetails.builder()
                  .title(task.title())
                  .dueAt(now.plus(task.dueIn()))
                  .priority(TaskPriority.HIGH)
                  .about(RecordRef.of(RecordType.TICKET, ticket.id()))
                  .build(),
              assignee);
        }
        if (step.state() != before) {
          step = clocks.track(before, step, now, currentPolicies());
        }
        ticket = step.state();
        events.addAll(step.events());
      }
    }
    return new Changed<>(ticket, events);
  }

  private LinkedRecords.Links links(TicketDetails details) {
    return linked
        .links()
        .contact(details.requester())
        .company(details.company())
        .records(details.links());
  }

  @Override
  public void delete(TicketId id, long expectedVersion) {
    records.delete(
        id,
        expectedVersion,
        (tenant, ticket, version) -> repository.get().delete(tenant, ticket, version),
        (deleted, now) -> new TicketDeleted(context.tenant(), deleted, now, context.actor()));
  }

  @Override
  public Ticket get(TicketId id) {
    return records.get(id);
  }

  @Override
  public Optional<Ticket> find(TicketId id) {
    return records.find(id);
  }

  @Override
  public Page<Ticket> teamQueue(TeamId team, PageRequest page) {
    return records.readable(repository.get().teamQueue(context.tenant(), team, page));
  }

  @Override
  public Page<Ticket> assignedTo(UserId assignee, PageRequest page) {
    return records.readable(repository.get().assignedTo(context.tenant(), assignee, page));
  }

  @Override
  public Page<Ticket> requestedBy(ContactId requester, PageRequest page) {
    return records.readable(repository.get().requestedBy(context.tenant(), requester, page));
  }

  @Override
  public Page<Ticket> search(TicketQuery query, PageRequest page) {
    return records.readable(repository.get().search(context.tenant(), query, page));
  }
}
