package io.crmkit.jpa.internal.outbox;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.TenantId;
import io.crmkit.jpa.internal.JpaSession;
import io.crmkit.jpa.outbox.OutboxHandler;
import io.crmkit.jpa.outbox.OutboxMessage;
import io.crmkit.jpa.outbox.OutboxRelay;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@link OutboxRelay} of the JPA adapter: claims rows of {@code crm_outbox} with {@code SELECT
 * ... FOR UPDATE SKIP LOCKED} in a native query (JPQL has no {@code SKIP LOCKED}), and deletes the
 * delivered ones by primary key.
 */
public final class JpaOutboxRelay implements OutboxRelay {

  private static final String CLAIM =
      "select position from crm_outbox order by position limit ?1 for update skip locked";

  private final JpaSession session;

  /**
   * @param session the units of work the relay runs in: each call to {@link #relay} runs one
   */
  public JpaOutboxRelay(JpaSession session) {
    this.session = requireNonNull(session, "session");
  }

  @Override
  public int relay(int batchSize, OutboxHandler handler) {
    checkArgument(
        batchSize >= 1 && batchSize <= 10_000, "batch size must be 1 to 10000: %s", batchSize);
    requireNonNull(handler, "handler");
    return session.apply(
        em -> {
          List<Long> claimed = claim(em, batchSize);
          if (claimed.isEmpty()) {
            return 0;
          }
          List<OutboxEntity> rows =
              em.createQuery(
                      "select o from CrmOutboxEvent o where o.position in :positions"
                          + " order by o.position",
                      OutboxEntity.class)
                  .setParameter("positions", claimed)
                  .getResultList();
          List<OutboxEntity> deliverable = inOrder(em, rows);
          if (deliverable.isEmpty()) {
            return 0;
          }
          handler.deliver(deliverable.stream().map(JpaOutboxRelay::message).toList());
          // deleted one by one by primary key: rows this relay holds locked already, so the
          // deletes take no range locks that could deadlock with another relay's claim
          deliverable.forEach(em::remove);
          return deliverable.size();
        });
  }

  private static List<Long> claim(EntityManager em, int batchSize) {
    List<?> positions = em.createNativeQuery(CLAIM).setParameter(1, batchSize).getResultList();
    List<Long> claimed = new ArrayList<>(positions.size());
    for (Object position : positions) {
      claimed.add(((Number) position).longValue());
    }
    return claimed;
  }

  /**
   * Returns the claimed rows that may go now: for each aggregate, the claimed events up to the
   * first older event of it that another relay holds.
   */
  private static List<OutboxEntity> inOrder(EntityManager em, List<OutboxEntity> claimed) {
    Set<Long> mine = new HashSet<>();
    Set<String> aggregates = new HashSet<>();
    long last = 0;
    for (OutboxEntity row : claimed) {
      mine.add(row.position);
      aggregates.add(row.aggregateId);
      last = Math.max(last, row.position);
    }
    Set<String> blocked = new HashSet<>();
    for (Object[] waiting : waitingEvents(em, aggregates, last)) {
      String aggregate = waiting[1] + "/" + waiting[0];
      long position = ((Number) waiting[2]).longValue();
      if (!mine.contains(position)) {
        blocked.add(aggregate);
      } else if (blocked.contains(aggregate)) {
        mine.remove(position);
      }
    }
    return claimed.stream().filter(row -> mine.contains(row.position)).toList();
  }

  private static List<Object[]> waitingEvents(
      EntityManager em, Collection<String> aggregates, long upTo) {
    return em.createQuery(
            "select o.aggregateId, o.tenant, o.position from CrmOutboxEvent o"
                + " where o.aggregateId in :aggregates and o.position <= :upTo"
                + " order by o.position",
            Object[].class)
        .setParameter("aggregates", aggregates)
        .setParameter("upTo", upTo)
        .getResultList();
  }

  private static OutboxMessage message(OutboxEntity row) {
    return new OutboxMessage(
        row.position,
        TenantId.of(row.tenant),
        row.aggregateId,
        row.eventType,
        row.occurredAt,
        row.payload);
  }
}
