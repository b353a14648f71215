package io.crmkit.jpa.internal.ticket;

import io.crmkit.core.RecordRef;
import io.crmkit.core.RecordType;
import io.crmkit.core.UserId;
import io.crmkit.core.statemachine.TransitionRecord;
import io.crmkit.core.ticket.SlaClock;
import io.crmkit.core.ticket.SlaMetric;
import io.crmkit.core.ticket.TicketAction;
import io.crmkit.core.ticket.TicketMessage;
import io.crmkit.core.ticket.TicketSla;
import io.crmkit.core.ticket.TicketStatus;
import io.crmkit.core.ticket.TicketSurvey;
import io.crmkit.core.timeline.ActivityId;
import io.crmkit.core.timeline.Direction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The JSON shapes of the ticket values kept in document columns, spelled out apart from the domain
 * records so that renaming a domain field never changes stored data silently.
 */
final class TicketDocuments {

  private TicketDocuments() {}

  /** What a ticket's columns do not hold of its details. */
  record Details(String description, List<String> tags, List<Link> links) {}

  /** A linked record. */
  record Link(RecordType type, String id) {

    static Link from(RecordRef ref) {
      return new Link(ref.type(), ref.id());
    }

    RecordRef toRef() {
      return new RecordRef(type, id);
    }
  }

  /** One status change. */
  record StatusChange(
      TicketStatus from, TicketStatus to, TicketAction action, Instant at, String by) {

    static StatusChange from(TransitionRecord<TicketStatus, TicketAction> record) {
      return new StatusChange(
          record.from(), record.to(), record.event(), record.at(), record.by().value());
    }

    TransitionRecord<TicketStatus, TicketAction> toRecord() {
      return new TransitionRecord<>(from, to, action, at, UserId.of(by));
    }
  }

  /** One message of the conversation. */
  record Message(
      int number,
      TicketMessage.Kind kind,
      Direction direction,
      String body,
      String author,
      Instant at,
      UUID activity) {

    static Message from(TicketMessage message) {
      return new Message(
          message.number(),
          message.kind(),
          message.direction(),
          message.body(),
          message.author().value(),
          message.at(),
          message.activity().value());
    }

    TicketMessage toMessage() {
      return new TicketMessage(
          number, kind, direction, body, UserId.of(author), at, ActivityId.of(activity));
    }
  }

  /** The applied policy and its clocks. */
  record Sla(String policy, List<Clock> clocks) {

    static Sla from(TicketSla sla) {
      return new Sla(sla.policy(), sla.clocks().stream().map(Clock::from).toList());
    }

    TicketSla toSla() {
      return new TicketSla(policy, clocks.stream().map(Clock::toClock).toList());
    }
  }

  /** One SLA clock; durations in nanoseconds. */
  record Clock(
      SlaMetric metric,
      long targetNanos,
      boolean businessHours,
      long elapsedNanos,
      @Nullable Instant runningSince,
      @Nullable Instant warnAt,
      @Nullable Instant dueAt,
      boolean warned,
      boolean breached,
      @Nullable Instant stoppedAt) {

    static Clock from(SlaClock clock) {
      return new Clock(
          clock.metric(),
          clock.target().toNanos(),
          clock.businessHours(),
          clock.elapsed().toNanos(),
          clock.runningSince(),
          clock.warnAt(),
          clock.dueAt(),
          clock.warned(),
          clock.breached(),
          clock.stoppedAt());
    }

    SlaClock toClock() {
      return new SlaClock(
          metric,
          Duration.ofNanos(targetNanos),
          businessHours,
          Duration.ofNanos(elapsedNanos),
          runningSince,
          warnAt,
          dueAt,
          warned,
          breached,
          stoppedAt);
    }
  }

  /** A satisfaction survey. */
  record Survey(
      String tokenDigest,
      Instant sentAt,
      Instant expiresAt,
      @Nullable Integer score,
      String comment,
      @Nullable Instant answeredAt,
      @Nullable UUID activity) {

    static Survey from(TicketSurvey survey) {
      return new Survey(
          survey.tokenDigest(),
          survey.sentAt(),
          survey.expiresAt(),
          survey.score(),
          survey.comment(),
          survey.answeredAt(),
          survey.activity() == null ? null : survey.activity().value());
    }

    TicketSurvey toSurvey() {
      return new TicketSurvey(
          tokenDigest,
          sentAt,
          expiresAt,
          score,
          comment,
          answeredAt,
          activity == null ? null : ActivityId.of(activity));
    }
  }
}
