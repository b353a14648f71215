package io.crmkit.core.ticket.internal;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.Changed;
import io.crmkit.core.DomainEvent;
import io.crmkit.core.calendar.BusinessCalendar;
import io.crmkit.core.ticket.Escalation;
import io.crmkit.core.ticket.SlaClock;
import io.crmkit.core.ticket.SlaMetric;
import io.crmkit.core.ticket.SlaPolicy;
import io.crmkit.core.ticket.Ticket;
import io.crmkit.core.ticket.TicketEvent.SlaApplied;
import io.crmkit.core.ticket.TicketEvent.SlaBreached;
import io.crmkit.core.ticket.TicketEvent.SlaFulfilled;
import io.crmkit.core.ticket.TicketEvent.SlaWarning;
import io.crmkit.core.ticket.TicketMessage;
import io.crmkit.core.ticket.TicketSla;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Keeps the SLA clocks of tickets current: applies the first matching policy, starts, pauses,
 * resumes and stops clocks as a command changes a ticket, and raises warnings and breaches when the
 * due work finds them due. Due instants are computed only when a clock starts, pauses, resumes or
 * its policy changes.
 */
public final class SlaClocks {

  private final BusinessCalendar calendar;

  /**
   * @param calendar the business hours that business-time targets count in
   */
  public SlaClocks(BusinessCalendar calendar) {
    this.calendar = requireNonNull(calendar, "calendar");
  }

  /** A warning or breach raised by the due work, for the escalations to act on. */
  public record Trigger(Escalation.Trigger trigger, SlaMetric metric) {}

  /**
   * Returns {@code changed} with the ticket's clocks brought up to date with the change from {@code
   * before} (null for a new ticket), and the SLA events that raised.
   */
  public Changed<Ticket> track(
      @Nullable Ticket before, Changed<Ticket> changed, Instant now, List<SlaPolicy> policies) {
    Ticket ticket = changed.state();
    List<DomainEvent> events = new ArrayList<>(changed.events());
    SlaPolicy policy =
        policies.stream().filter(p -> p.condition().matches(ticket)).findFirst().orElse(null);
    TicketSla sla = ticket.sla().orElse(null);
    if (policy == null) {
      return new Changed<>(ticket.withSla(null), events);
    }
    Map<SlaMetric, Duration> targets = policy.targetsAt(ticket.details().priority());
    Map<SlaMetric, SlaClock> clocks = new EnumMap<>(SlaMetric.class);
    if (sla != null) {
      sla.clocks().forEach(c -> clocks.put(c.metric(), c));
    }
    if (sla == null || !sla.policy().equals(policy.name()) || differ(clocks, targets, policy)) {
      clocks.replaceAll((metric, clock) -> pause(clock, now, ticket, events));
      Map<SlaMetric, SlaClock> applied = new EnumMap<>(SlaMetric.class);
      for (Map.Entry<SlaMetric, Duration> target : targets.entrySet()) {
        SlaMetric metric = target.getKey();
        SlaClock old = clocks.get(metric);
        if (old != null) {
          applied.put(metric, retarget(old, target.getValue(), policy.businessHours()));
        } else if (startsOnApply(metric, ticket)) {
          applied.put(
              metric,
              new SlaClock(
                  metric,
                  target.getValue(),
                  policy.businessHours(),
                  Duration.ZERO,
                  null,
                  null,
                  null,
                  false,
                  false,
                  null));
        }
      }
      clocks.clear();
      clocks.putAll(applied);
      events.add(new SlaApplied(ticket.tenant(), ticket.id(), policy.name(), now));
    }
    boolean agentReply = added(before, ticket, TicketMessage::isAgentReply);
    boolean customerReply = added(before, ticket, TicketMessage::isCustomerReply);
    boolean reopened = before != null && !before.isUnsolved() && ticket.isUnsolved();
    for (SlaMetric metric : SlaMetric.values()) {
      SlaClock clock = clocks.get(metric);
      Duration target = targets.get(metric);
      if (clock == null && target == null) {
        continue;
      }
      switch (metric) {
        case FIRST_REPLY, RESOLUTION -> {
          if (clock != null && agentReply && metric == SlaMetric.FIRST_REPLY) {
            clock = stop(clock, now, ticket, events);
          }
          if (clock != null && reopened && metric == SlaMetric.RESOLUTION && clock.isStopped()) {
            // a reopen continues the count of the resolution time
            clock =
                new SlaClock(
                    metric,
                    clock.target(),
                    clock.businessHours(),
                    clock.elapsed(),
                    null,
                    null,
                    null,
                    clock.warned(),
                    clock.breached(),
                    null);
          }
        }
        case NEXT_REPLY -> {
          if (clock != null && agentReply) {
            clock = stop(clock, now, ticket, events);
          }
          if (customerReply
              && target != null
              && ticket.firstReplyAt().isPresent()
              && (clock == null || clock.isStopped())) {
            clock = fresh(metric, target, policy);
          }
        }
        case PERIODIC_UPDATE -> {
          if (clock != null && agentReply) {
            clock = stop(clock, now, ticket, events);
            if (target != null) {
              clock = fresh(metric, target, policy);
            }
          }
        }
      }
      if (clock == null) {
        continue;
      }
      if (!ticket.isUnsolved()) {
        clock = stop(clock, now, ticket, events);
      } else if (policy.pausesIn(metric).contains(ticket.status())) {
        clock = pause(clock, now, ticket, events);
      } else if (clock.isPaused()) {
        clock = resume(clock, now, policy.warnPercent());
      }
      clocks.put(metric, clock);
    }
    return new Changed<>(
        ticket.withSla(new TicketSla(policy.name(), List.copyOf(clocks.values()))), events);
  }

  /**
   * Raises the warnings and breaches of {@code ticket} due at {@code now}; returns the ticket with
   * them recorded (unchanged if nothing was due) and what was raised.
   */
  public Optional<Due> due(Ticket ticket, Instant now) {
    TicketSla sla = ticket.sla().orElse(null);
    if (sla == null) {
      return Optional.empty();
    }
    List<SlaClock> clocks = new ArrayList<>();
    List<DomainEvent> events = new ArrayList<>();
    List<Trigger> triggers = new ArrayList<>();
    for (SlaClock clock : sla.clocks()) {
      if (clock.isRunning()) {
        boolean warned = clock.warned();
        boolean breached = clock.breached();
        Instant warnAt = requireNonNull(clock.warnAt());
        Instant dueAt = requireNonNull(clock.dueAt());
        if (!warned && !warnAt.isAfter(now)) {
          warned = true;
          events.add(new SlaWarning(ticket.tenant(), ticket.id(), clock.metric(), dueAt, now));
          triggers.add(new Trigger(Escalation.Trigger.WARNING, clock.metric()));
        }
        // a reply at the due instant is in time: the breach comes after it
        if (!breached && dueAt.isBefore(now)) {
          breached = true;
          events.add(new SlaBreached(ticket.tenant(), ticket.id(), clock.metric(), dueAt, now));
          triggers.add(new Trigger(Escalation.Trigger.BREACH, clock.metric()));
        }
        clock =
            new SlaClock(
                clock.metric(),
                clock.target(),
                clock.businessHours(),
                clock.elapsed(),
                clock.runningSince(),
                warnAt,
                dueAt,
                warned,
                breached,
                null);
      }
      clocks.add(clock);
    }
    if (triggers.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Due(ticket.recordSla(new TicketSla(sla.policy(), clocks), now), events, triggers));
  }

  /** What the due work found for one ticket. */
  public record Due(Ticket ticket, List<DomainEvent> events, List<Trigger> triggers) {}

  /** Returns the counted time between {@code from} and {@code to} on {@code clock}'s scale. */
  public Duration measure(boolean businessHours, Instant from, Instant to) {
    if (!to.isAfter(from)) {
      return Duration.ZERO;
    }
    return businessHours ? calendar.businessTimeBetween(from, to) : Duration.between(from, to);
  }

  private Instant plus(boolean businessHours, Instant from, Duration amount) {
    return businessHours ? calendar.plusBusinessTime(from, amount) : from.plus(amount);
  }

  private static boolean startsOnApply(SlaMetric metric, Ticket ticket) {
    return switch (metric) {
      case FIRST_REPLY -> ticket.firstReplyAt().isEmpty();
      case NEXT_REPLY -> false;
      case PERIODIC_UPDATE, RESOLUTION -> true;
    };
  }

  private static boolean differ(
      Map<SlaMetric, SlaClock> clocks, Map<SlaMetric, Duration> targets, SlaPolicy policy) {
    for (Map.Entry<SlaMetric, Duration> target : targets.entrySet()) {
      SlaClock clock = clocks.get(target.getKey());
      if (clock != null
          && (!clock.target().equals(target.getValue())
              || clock.businessHours() != policy.businessHours())) {
        return true;
      }
    }
    return clocks.keySet().stream().anyMatch(metric -> !targets.containsKey(metric));
  }

  private static boolean added(
      @Nullable Ticket before, Ticket after, java.util.function.Predicate<TicketMessage> kind) {
    int from = before == null ? 0 : before.conversation().size();
    return after.conversation().subList(from, after.conversation().size()).stream().anyMatch(kind);
  }

  private static SlaClock fresh(SlaMetric metric, Duration target, SlaPolicy policy) {
    return new SlaClock(
        metric,
        target,
        policy.businessHours(),
        Duration.ZERO,
        null,
        null,
        null,
        false,
        false,
        null);
  }

  private static SlaClock retarget(SlaClock clock, Duration target, boolean businessHours) {
    return new SlaClock(
        clock.metric(),
        target,
        businessHours,
        clock.elapsed(),
        null,
        null,
        null,
        clock.warned(),
        clock.breached(),
        clock.stoppedAt());
  }

  private SlaClock pause(SlaClock clock, Instant now, Ticket ticket, List<DomainEvent> events) {
    if (!clock.isRunning()) {
      return clock;
    }
    Instant since = requireNonNull(clock.runningSince());
    Duration elapsed = clock.elapsed().plus(measure(clock.businessHours(), since, now));
    boolean breached = clock.breached();
    Instant dueAt = requireNonNull(clock.dueAt());
    if (!breached && dueAt.isBefore(now)) {
      // it ran past its target before pausing: the breach happened while it ran
      breached = true;
      events.add(new SlaBreached(ticket.tenant(), ticket.id(), clock.metric(), dueAt, now));
    }
    return new SlaClock(
        clock.metric(),
        clock.target(),
        clock.businessHours(),
        elapsed,
        null,
        null,
        null,
        clock.warned(),
        breached,
        null);
  }

  private SlaClock resume(SlaClock clock, Instant now, int warnPercent) {
    Duration left = clock.target().minus(clock.elapsed());
    Duration warnLeft =
        clock.target().multipliedBy(warnPercent).dividedBy(100).minus(clock.elapsed());
    Instant dueAt = left.isNegative() ? now : plus(clock.businessHours(), now, left);
    Instant warnAt = warnLeft.isNegative() ? now : plus(clock.businessHours(), now, warnLeft);
    return new SlaClock(
        clock.metric(),
        clock.target(),
        clock.businessHours(),
        clock.elapsed(),
        now,
        warnAt.isAfter(dueAt) ? dueAt : warnAt,
        dueAt,
        clock.warned(),
        clock.breached(),
        null);
  }

  private SlaClock stop(SlaClock clock, Instant now, Ticket ticket, List<DomainEvent> events) {
    if (clock.isStopped()) {
      return clock;
    }
    SlaClock paused = pause(clock, now, ticket, events);
    boolean met = !paused.breached() && paused.elapsed().compareTo(paused.target()) <= 0;
    events.add(
        new SlaFulfilled(ticket.tenant(), ticket.id(), clock.metric(), met, paused.elapsed(), now));
    return new SlaClock(
        paused.metric(),
        paused.target(),
        paused.businessHours(),
        paused.elapsed(),
        null,
        null,
        null,
        paused.warned(),
        paused.breached(),
        now);
  }
}
