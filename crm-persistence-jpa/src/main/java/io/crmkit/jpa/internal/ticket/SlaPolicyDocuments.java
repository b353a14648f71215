package io.crmkit.jpa.internal.ticket;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import io.crmkit.core.Tag;
import io.crmkit.core.TeamId;
import io.crmkit.core.UserId;
import io.crmkit.core.company.CompanyId;
import io.crmkit.core.customfield.CustomFields;
import io.crmkit.core.ticket.Escalation;
import io.crmkit.core.ticket.SlaMetric;
import io.crmkit.core.ticket.SlaPolicy;
import io.crmkit.core.ticket.TicketChannel;
import io.crmkit.core.ticket.TicketCondition;
import io.crmkit.core.ticket.TicketPriority;
import io.crmkit.core.ticket.TicketStatus;
import io.crmkit.jpa.internal.CustomFieldsDocument;
import java.time.Duration;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The JSON shape of an SLA policy in its row, spelled out apart from the domain records so that
 * renaming a domain field never changes stored data silently. Durations are in nanoseconds.
 */
final class SlaPolicyDocuments {

  private SlaPolicyDocuments() {}

  /** A policy without its name, which has a column of its own. */
  record Policy(
      Condition condition,
      Map<TicketPriority, Map<SlaMetric, Long>> targetNanos,
      boolean businessHours,
      Map<SlaMetric, List<TicketStatus>> pausedIn,
      int warnPercent,
      List<Step> escalations) {

    static Policy from(SlaPolicy policy) {
      Map<TicketPriority, Map<SlaMetric, Long>> targets = new EnumMap<>(TicketPriority.class);
      policy
          .targets()
          .forEach(
              (priority, byMetric) ->
                  targets.put(
                      priority,
                      byMetric.entrySet().stream()
                          .collect(
                              Collectors.toMap(Map.Entry::getKey, e -> e.getValue().toNanos()))));
      Map<SlaMetric, List<TicketStatus>> pauses = new EnumMap<>(SlaMetric.class);
      policy.pausedIn().forEach((metric, statuses) -> pauses.put(metric, sorted(statuses)));
      return new Policy(
          Condition.from(policy.condition()),
          targets,
          policy.businessHours(),
          pauses,
          policy.warnPercent(),
          policy.escalations().stream().map(Step::from).toList());
    }

    SlaPolicy toPolicy(String name) {
      Map<TicketPriority, Map<SlaMetric, Duration>> targets = new EnumMap<>(TicketPriority.class);
      targetNanos.forEach(
          (priority, byMetric) ->
              targets.put(
                  priority,
                  byMetric.entrySet().stream()
                      .collect(
                          Collectors.toMap(
                              Map.Entry::getKey, e -> Duration.ofNanos(e.getValue())))));
      Map<SlaMetric, Set<TicketStatus>> pauses = new EnumMap<>(SlaMetric.class);
      pausedIn.forEach(
          (metric, statuses) ->
              pauses.put(
                  metric,
                  statuses.isEmpty()
                      ? EnumSet.noneOf(TicketStatus.class)
                      : EnumSet.copyOf(statuses)));
      return new SlaPolicy(
          name,
          condition.toCondition(),
          targets,
          businessHours,
          pauses,
          warnPercent,
          escalations.stream().map(Step::toEscalation).toList());
    }

    private static <E extends Enum<E>> List<E> sorted(Set<E> values) {
      return values.stream().sorted().toList();
    }
  }

  /** Which tickets a policy applies to; custom fields as {@link CustomFieldsDocument} writes. */
  record Condition(
      List<TicketPriority> priorities,
      List<TicketChannel> channels,
      List<String> tags,
      List<UUID> companies,
      JsonNode customFields) {

    static Condition from(TicketCondition condition) {
      return new Condition(
          Policy.sorted(condition.priorities()),
          Policy.sorted(condition.channels()),
          condition.tags().stream().map(Tag::value).sorted().toList(),
          condition.companies().stream().map(CompanyId::value).sorted().toList(),
          CustomFieldsDocument.toNode(CustomFields.of(condition.customFields())));
    }

    TicketCondition toCondition() {
      return new TicketCondition(
          Set.copyOf(priorities),
          Set.copyOf(channels),
          tags.stream().map(Tag::new).collect(Collectors.toSet()),
          companies.stream().map(CompanyId::of).collect(Collectors.toSet()),
          CustomFieldsDocument.fromNode(customFields).asMap());
    }
  }

  /** An escalation: when, on which target (null for all), and what it does. */
  record Step(Escalation.Trigger when, @Nullable SlaMetric metric, Action action) {

    static Step from(Escalation escalation) {
      return new Step(escalation.when(), escalation.metric(), Action.from(escalation.action()));
    }

    Escalation toEscalation() {
      return new Escalation(when, metric, action.toAction());
    }
  }

  /** What an escalation does; the fields its kind does not use are null. */
  record Action(
      Kind kind,
      @Nullable String user,
      @Nullable String team,
      @Nullable String title,
      @Nullable Long dueInNanos) {

    /** The kinds of {@link Escalation.Action}. */
    enum Kind {
      REASSIGN,
      RAISE_PRIORITY,
      NOTIFY,
      CREATE_TASK
    }

    static Action from(Escalation.Action action) {
      if (action instanceof Escalation.Reassign reassign) {
        return new Action(
            Kind.REASSIGN, value(reassign.assignee()), teamValue(reassign.team()), null, null);
      }
      if (action instanceof Escalation.Notify notify) {
        return new Action(Kind.NOTIFY, value(notify.recipient()), null, null, null);
      }
      if (action instanceof Escalation.CreateTask task) {
        return new Action(
            Kind.CREATE_TASK, value(task.assignee()), null, task.title(), task.dueIn().toNanos());
      }
      return new Action(Kind.RAISE_PRIORITY, null, null, null, null);
    }

    Escalation.Action toAction() {
      return switch (kind) {
        case REASSIGN -> new Escalation.Reassign(userId(), team == null ? null : TeamId.of(team));
        case RAISE_PRIORITY -> new Escalation.RaisePriority();
        case NOTIFY -> new Escalation.Notify(userId());
        case CREATE_TASK ->
            new Escalation.CreateTask(
                requireNonNull(title, "stored task escalation without a title"),
                userId(),
                Duration.ofNanos(
                    requireNonNull(dueInNanos, "stored task escalation without a due")));
      };
    }

    private @Nullable UserId userId() {
      return user == null ? null : UserId.of(user);
    }

    private static @Nullable String value(@Nullable UserId user) {
      return user == null ? null : user.value();
    }

    private static @Nullable String teamValue(@Nullable TeamId team) {
      return team == null ? null : team.value();
    }
  }
}
