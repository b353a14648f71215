package io.crmkit.core.spi;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.ticket.Escalation;
import io.crmkit.core.ticket.SlaMetric;
import io.crmkit.core.ticket.TicketId;
import java.time.Instant;
import java.util.Optional;

/**
 * The port through which the CRM tells a user that something needs their attention, such as an SLA
 * escalation; the host delivers it (mail, chat, push). Called after the change that raised it has
 * committed.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface Notifier {

  /** The notifier that delivers nothing. */
  Notifier NONE = notification -> {};

  /** Delivers {@code notification}. */
  void notify(Notification notification);

  /**
   * Delivers a workflow rule's notice. It is called inside the rule's unit of work: if that unit
   * fails afterwards, the rule runs again and the notice comes again with the same idempotency key,
   * by which the host drops it. By default nothing is delivered: a host that uses the rules' {@code
   * Notify} action overrides this.
   *
   * @since 0.1
   */
  default void notify(RuleNotice notice) {}

  /**
   * A workflow rule's notice to deliver.
   *
   * @param tenant the rule's tenant
   * @param recipient who is told
   * @param idempotencyKey the same for every attempt of one rule run
   * @param rule the rule's name
   * @param record the record the rule acted on; empty for a rule on a schedule
   * @param message what the rule says
   * @param at when the rule ran
   * @since 0.1
   */
  record RuleNotice(
      TenantId tenant,
      UserId recipient,
      String idempotencyKey,
      String rule,
      Optional<RecordRef> record,
      String message,
      Instant at) {

    public RuleNotice {
      requireNonNull(tenant, "tenant");
      requireNonNull(recipient, "recipient");
      requireNonNull(idempotencyKey, "idempotencyKey");
      requireNonNull(rule, "rule");
      requireNonNull(record, "record");
      requireNonNull(message, "message");
      requireNonNull(at, "at");
    }
  }

  /**
   * An SLA escalation to deliver.
   *
   * @param tenant the ticket's tenant
   * @param recipient who is told
   * @param ticket the ticket
   * @param metric the target
   * @param trigger a warning or a breach
   * @param at when the escalation ran
   * @since 0.1
   */
  record Notification(
      TenantId tenant,
      UserId recipient,
      TicketId ticket,
      SlaMetric metric,
      Escalation.Trigger trigger,
      Instant at) {

    public Notification {
      requireNonNull(tenant, "tenant");
      requireNonNull(recipient, "recipient");
      requireNonNull(ticket, "ticket");
      requireNonNull(metric, "metric");
      requireNonNull(trigger, "trigger");
      requireNonNull(at, "at");
    }
  }
}
