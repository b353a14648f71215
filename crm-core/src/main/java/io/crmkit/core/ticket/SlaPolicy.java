package io.crmkit.core.ticket;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Quoted;
import io.crmkit.core.internal.TextPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A service level agreement: the response and resolution times promised for the tickets a condition
 * selects, per priority, counted in the business hours of the CRM's calendar or in calendar time,
 * with the statuses in which each clock pauses, the share of a target after which a warning is
 * raised, and the escalations that follow a warning or a breach.
 *
 * <p>A tenant's policies are ordered; the first whose condition a ticket meets applies to it.
 *
 * @param name names the policy, 1 to 100 characters of one line
 * @param condition which tickets it applies to
 * @param targets the time allowed per priority and metric; a priority or metric left out is not
 *     measured
 * @param businessHours whether time counts in business hours (or in calendar time)
 * @param pausedIn per metric, the statuses in which its clock pauses; a metric left out pauses in
 *     pending and on hold
 * @param warnPercent after what share of a target, in percent (1 to 100), the warning is raised
 * @param escalations what happens on warnings and breaches, in order
 * @since 0.1
 */
public record SlaPolicy(
    String name,
    TicketCondition condition,
    Map<TicketPriority, Map<SlaMetric, Duration>> targets,
    boolean businessHours,
    Map<SlaMetric, Set<TicketStatus>> pausedIn,
    int warnPercent,
    List<Escalation> escalations) {

  /** The statuses a clock pauses in unless a policy says otherwise. */
  public static final Set<TicketStatus> DEFAULT_PAUSE =
      Set.of(TicketStatus.PENDING, TicketStatus.ON_HOLD);

  public SlaPolicy {
    requireNonNull(name, "name");
    requireNonNull(condition, "condition");
    checkArgument(
        !name.isBlank() && name.length() <= 100,
        "SLA policy name must be 1 to 100 characters: %s",
        Quoted.of(name));
    TextPolicy.check("SLA policy name", name, TextPolicy.Kind.LINE);
    Map<TicketPriority, Map<SlaMetric, Duration>> copy = new EnumMap<>(TicketPriority.class);
    targets.forEach(
        (priority, byMetric) -> {
          byMetric.forEach(
              (metric, target) ->
                  checkArgument(
                      (!target.isNegative() && !target.isZero()),
                      "SLA target %s at %s must be positive: %s",
                      metric,
                      priority,
                      target));
          copy.put(priority, Map.copyOf(byMetric));
        });
    targets = Map.copyOf(copy);
    pausedIn = Map.copyOf(pausedIn);
    pausedIn
        .values()
        .forEach(
            statuses ->
                checkArgument(
                    statuses.stream().allMatch(TicketStatus::isUnsolved),
                    "a clock pauses only in unsolved statuses: %s",
                    statuses));
    checkArgument(
        warnPercent >= 1 && warnPercent <= 100,
        "SLA warning share must be 1 to 100 percent: %s",
        warnPercent);
    escalations = List.copyOf(escalations);
  }

  /** Starts a policy named {@code name} for the tickets {@code condition} selects. */
  public static Builder builder(String name, TicketCondition condition) {
    return new Builder(name, condition);
  }

  /** Returns the targets at {@code priority}; empty if the priority is not measured. */
  public Map<SlaMetric, Duration> targetsAt(TicketPriority priority) {
    return targets.getOrDefault(priority, Map.of());
  }

  /** Returns the statuses in which the clock of {@code metric} pauses. */
  public Set<TicketStatus> pausesIn(SlaMetric metric) {
    return pausedIn.getOrDefault(metric, DEFAULT_PAUSE);
  }

  /**
   * Builds an {@link SlaPolicy}: business hours, pauses in pending and on hold, warning at 75%.
   *
   * @since 0.1
   */
  public static final class Builder {

    private final String name;
    private final TicketCondition condition;
    private final Map<TicketPriority, Map<SlaMetric, Duration>> targets =
        new EnumMap<>(TicketPriority.class);
    private boolean businessHours = true;
    private final Map<SlaMetric, Set<TicketStatus>> pausedIn = new EnumMap<>(SlaMetric.class);
    private int warnPercent = 75;
    private final List<Escalation> escalations = new ArrayList<>();

    private Builder(String name, TicketCondition condition) {
      this.name = requireNonNull(name, "name");
      this.condition = requireNonNull(condition, "condition");
    }

    /** Allows {@code target} for {@code metric} at {@code priority}. */
    public Builder target(TicketPriority priority, SlaMetric metric, Duration target) {
      targets
          .computeIfAbsent(
              requireNonNull(priority, "priority"), p -> new EnumMap<>(SlaMetric.class))
          .put(requireNonNull(metric, "metric"), requireNonNull(target, "target"));
      return this;
    }

    /** Counts time in calendar time, around the clock, instead of business hours. */
    public Builder calendarHours() {
      businessHours = false;
      return this;
    }

    /** Pauses the clock of {@code metric} in {@code statuses} only (none: never pauses). */
    public Builder pauseIn(SlaMetric metric, TicketStatus... statuses) {
      Set<TicketStatus> set = EnumSet.noneOf(TicketStatus.class);
      set.addAll(List.of(statuses));
      pausedIn.put(requireNonNull(metric, "metric"), set);
      return this;
    }

    /** Raises the warning after {@code percent} of a target has elapsed. */
    public Builder warnAt(int percent) {
      warnPercent = percent;
      return this;
    }

    /** Adds an escalation. */
    public Builder escalate(Escalation escalation) {
      escalations.add(requireNonNull(escalation, "escalation"));
      return this;
    }

    /** Returns the policy. */
    public SlaPolicy build() {
      return new SlaPolicy(
          name, condition, targets, businessHours, pausedIn, warnPercent, escalations);
    }
  }
}
