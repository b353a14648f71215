package io.crmkit.jpa.internal.outbox;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.DataValue;
import io.crmkit.core.internal.JsonText;
import io.crmkit.core.privacy.ErasedRecord;
import io.crmkit.core.spi.ErasureLog;
import io.crmkit.core.spi.PersonalDataHolder;
import io.crmkit.core.spi.PersonalDataRequest;
import io.crmkit.jpa.internal.JpaSession;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The outbox's part of a person's data: the events not yet relayed that concern the person, those
 * whose payload names the person's contact id and those of the contact, activities, leads and tasks
 * that the erasure before it deleted or anonymised (a lead's capture event, for one, carries its
 * UTM parameters).
 *
 * <p>Erasure keeps each such event, so that the host still hears that it happened and the relay's
 * order holds, and replaces its payload by one without personal data: {@code {"tenant": "acme",
 * "aggregateId": "0190...", "erased": true}}. Events relayed already are the host's to erase.
 *
 * <p>It runs after every other holder, as a storage's holders do, to see what they erased.
 */
public final class OutboxPersonalData implements PersonalDataHolder {

  /** The kinds of erased records whose own events are redacted. */
  private static final Set<String> REDACTED_KINDS = Set.of("contact", "activity", "lead", "task");

  private final JpaSession session;

  /**
   * @param session the units of work of the storage whose outbox it reads
   */
  public OutboxPersonalData(JpaSession session) {
    this.session = requireNonNull(session, "session");
  }

  @Override
  public String name() {
    return "pendingEvents";
  }

  @Override
  public DataValue describe(PersonalDataRequest request) {
    Set<String> aggregates = Set.of(request.contact().toString());
    return session.apply(
        em ->
            DataValue.of(
                pending(em, request).stream()
                    .filter(row -> concerns(row, request, aggregates))
                    .map(
                        row ->
                            DataValue.fields()
                                .put("position", row.position)
                                .put("eventType", row.eventType)
                                .put("aggregateId", row.aggregateId)
                                .put("occurredAt", row.occurredAt)
                                .put("payload", row.payload)
                                .build())
                    .toList()));
  }

  @Override
  public void erase(PersonalDataRequest request, ErasureLog log) {
    Set<String> aggregates = new HashSet<>();
    aggregates.add(request.contact().toString());
    for (ErasedRecord record : log.records()) {
      if (REDACTED_KINDS.contains(record.kind())) {
        aggregates.add(record.id());
      }
    }
    session.apply(
        em -> {
          for (OutboxEntity row : pending(em, request)) {
            if (concerns(row, request, aggregates)) {
              row.payload =
                  "{\"tenant\": "
                      + JsonText.quote(row.tenant)
                      + ", \"aggregateId\": "
                      + JsonText.quote(row.aggregateId)
                      + ", \"erased\": true}";
              log.anonymised("event", Long.toString(row.position));
            }
          }
          session.flush(em, "redacting the outbox");
          return null;
        });
  }

  private static List<OutboxEntity> pending(
      jakarta.persistence.EntityManager em, PersonalDataRequest request) {
    return em.createQuery(
            "select o from CrmOutboxEvent o where o.tenant = :tenant order by o.position",
            OutboxEntity.class)
        .setParameter("tenant", request.tenant().value())
        .getResultList();
  }

  private static boolean concerns(
      OutboxEntity row, PersonalDataRequest request, Set<String> aggregates) {
    return aggregates.contains(row.aggregateId)
        || row.payload.contains(request.contact().toString());
  }
}
