package io.crmkit.jpa.internal.ticket;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.TenantId;
import io.crmkit.core.spi.SlaPolicyRepository;
import io.crmkit.core.ticket.SlaPolicy;
import io.crmkit.jpa.internal.JpaSession;
import io.crmkit.jpa.internal.Json;
import io.crmkit.jpa.internal.ticket.SlaPolicyDocuments.Policy;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * Each tenant's SLA policies in the database, one row per policy in the order they are tried, so
 * that they survive a restart and every host instance on the database applies the same ones.
 * Replacing writes in the caller's unit of work: the old rows go, the new ones come, together.
 */
public final class JpaSlaPolicyRepository implements SlaPolicyRepository {

  /** The entity classes a persistence unit must manage for SLA policies. */
  public static final List<Class<?>> MANAGED_CLASSES = List.of(SlaPolicyEntity.class);

  private final JpaSession session;

  /**
   * @param session the units of work the repository runs in
   */
  public JpaSlaPolicyRepository(JpaSession session) {
    this.session = requireNonNull(session, "session");
  }

  @Override
  public List<SlaPolicy> policies(TenantId tenant) {
    requireNonNull(tenant, "tenant");
    return session.apply(
        em ->
            rows(em, tenant).stream()
                .map(row -> Json.read(row.policy, Policy.class).toPolicy(row.name))
                .toList());
  }

  @Override
  public void replace(TenantId tenant, List<SlaPolicy> policies) {
    requireNonNull(tenant, "tenant");
    List<SlaPolicy> replacing = List.copyOf(policies);
    session.apply(
        em -> {
          rows(em, tenant).forEach(em::remove);
          // the old rows go before the new ones take their positions
          session.flush(em, "replacing the SLA policies of " + tenant.value());
          for (int position = 0; position < replacing.size(); position++) {
            SlaPolicy policy = replacing.get(position);
            em.persist(
                new SlaPolicyEntity(
                    tenant.value(), position, policy.name(), Json.write(Policy.from(policy))));
          }
          return null;
        });
  }

  private static List<SlaPolicyEntity> rows(EntityManager em, TenantId tenant) {
    return em.createQuery(
            "select p from CrmSlaPolicy p where p.tenant = :tenant order by p.position",
            SlaPolicyEntity.class)
        .setParameter("tenant", tenant.value())
        .getResultList();
  }
}
