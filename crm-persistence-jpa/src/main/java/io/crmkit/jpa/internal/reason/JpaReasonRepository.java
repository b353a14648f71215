package io.crmkit.jpa.internal.reason;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.TenantId;
import io.crmkit.core.reason.Reason;
import io.crmkit.core.reason.ReasonCatalogue;
import io.crmkit.core.spi.ReasonRepository;
import io.crmkit.jpa.internal.JpaSession;
import io.crmkit.jpa.internal.UniqueConstraint;
import java.util.List;
import java.util.Optional;

/** The JPA adapter of {@link ReasonRepository}: one row per tenant, catalogue and code. */
public final class JpaReasonRepository implements ReasonRepository {

  /** The entity classes a persistence unit must manage for reason catalogues. */
  public static final List<Class<?>> MANAGED_CLASSES = List.of(ReasonEntity.class);

  /** The unique constraints of the reason table, by the domain key each enforces. */
  public static final List<UniqueConstraint> UNIQUE_CONSTRAINTS =
      List.of(new UniqueConstraint("crm_reason_pk", "reason", "code"));

  private final JpaSession session;

  /**
   * @param session the units of work the repository runs in
   */
  public JpaReasonRepository(JpaSession session) {
    this.session = requireNonNull(session, "session");
  }

  @Override
  public List<Reason> findAll(TenantId tenant, ReasonCatalogue catalogue) {
    requireNonNull(tenant, "tenant");
    requireNonNull(catalogue, "catalogue");
    return session.apply(
        em ->
            em
                .createQuery(
                    "select r from CrmReason r where r.tenant = :tenant"
                        + " and r.catalogue = :catalogue order by r.code",
                    ReasonEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("catalogue", catalogue)
                .getResultList()
                .stream()
                .map(r -> Reason.of(r.code, r.label))
                .toList());
  }

  @Override
  public Optional<Reason> find(TenantId tenant, ReasonCatalogue catalogue, String code) {
    requireNonNull(tenant, "tenant");
    requireNonNull(catalogue, "catalogue");
    requireNonNull(code, "code");
    return session.apply(
        em ->
            Optional.ofNullable(
                    em.find(ReasonEntity.class, new ReasonKey(tenant.value(), catalogue, code)))
                .map(r -> Reason.of(r.code, r.label)));
  }

  @Override
  public void save(TenantId tenant, ReasonCatalogue catalogue, Reason reason) {
    requireNonNull(tenant, "tenant");
    requireNonNull(catalogue, "catalogue");
    requireNonNull(reason, "reason");
    session.apply(
        em -> {
          ReasonEntity row =
              em.find(ReasonEntity.class, new ReasonKey(tenant.value(), catalogue, reason.code()));
          if (row == null) {
            row = new ReasonEntity(tenant.value(), catalogue, reason.code());
            row.version = 1;
            row.label = reason.label();
            em.persist(row);
          } else {
            row.label = reason.label();
          }
          return null;
        });
  }

  @Override
  public boolean remove(TenantId tenant, ReasonCatalogue catalogue, String code) {
    requireNonNull(tenant, "tenant");
    requireNonNull(catalogue, "catalogue");
    requireNonNull(code, "code");
    return session.apply(
        em -> {
          ReasonEntity row =
              em.find(ReasonEntity.class, new ReasonKey(tenant.value(), catalogue, code));
          if (row == null) {
            return false;
          }
          em.remove(row);
          return true;
        });
  }
}
