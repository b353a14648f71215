package io.crmkit.core.spi;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import java.time.Instant;
import java.util.Optional;

/**
 * The port through which a workflow rule calls an endpoint of the host's (an HTTP webhook, a
 * queue): the host maps the hook's name to the endpoint and sends the call.
 *
 * <p>It is called inside the rule's unit of work; if that unit fails afterwards, the rule runs
 * again and the call comes again with the same idempotency key, by which the receiver drops it.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface WebhookSender {

  /** Sends {@code call}; throwing fails the rule's run (its other effects are undone). */
  void send(WebhookCall call);

  /**
   * A call to send.
   *
   * @param tenant whose rule made it
   * @param hook the host's name for the endpoint
   * @param idempotencyKey the same for every attempt of one rule run
   * @param rule the rule's name
   * @param record the record the rule acted on; empty for a rule on a schedule
   * @param at when the rule ran
   * @since 0.1
   */
  record WebhookCall(
      TenantId tenant,
      String hook,
      String idempotencyKey,
      String rule,
      Optional<RecordRef> record,
      Instant at) {

    public WebhookCall {
      requireNonNull(tenant, "tenant");
      requireNonNull(hook, "hook");
      requireNonNull(idempotencyKey, "idempotencyKey");
      requireNonNull(rule, "rule");
      requireNonNull(record, "record");
      requireNonNull(at, "at");
    }
  }
}
