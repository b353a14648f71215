package io.crmkit.core.spi;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.ticket.Escalation;
import io.crmkit.core.ticket.SlaMetric;
import io.crmkit.core.ticket.TicketId;
import java.time.Instant;

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
