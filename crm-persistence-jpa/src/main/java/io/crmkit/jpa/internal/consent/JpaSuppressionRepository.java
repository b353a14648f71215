package io.crmkit.jpa.internal.consent;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.TenantId;
import io.crmkit.core.consent.SuppressedAddress;
import io.crmkit.core.consent.Suppression;
import io.crmkit.core.spi.SuppressionRepository;
import io.crmkit.jpa.internal.JpaSession;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The JPA adapter of {@link SuppressionRepository}: one row per tenant, kind and normalised
 * address; many addresses are found with one query on the primary key.
 */
public final class JpaSuppressionRepository implements SuppressionRepository {

  private final JpaSession session;

  /**
   * @param session the units of work the repository runs in
   */
  public JpaSuppressionRepository(JpaSession session) {
    this.session = requireNonNull(session, "session");
  }

  @Override
  public boolean add(Suppression suppression) {
    requireNonNull(suppression, "suppression");
    return session.apply(
        em -> {
          if (em.find(SuppressionEntity.class, key(suppression.tenant(), suppression.address()))
              != null) {
            return false;
          }
          em.persist(ConsentRows.write(suppression));
          session.flush(em, "suppressing " + suppression.address().kind());
          return true;
        });
  }

  @Override
  public boolean remove(TenantId tenant, SuppressedAddress address) {
    requireNonNull(tenant, "tenant");
    requireNonNull(address, "address");
    return session.apply(
        em -> {
          SuppressionEntity row = em.find(SuppressionEntity.class, key(tenant, address));
          if (row == null) {
            return false;
          }
          em.remove(row);
          session.flush(em, "lifting a suppression");
          return true;
        });
  }

  @Override
  public Optional<Suppression> find(TenantId tenant, SuppressedAddress address) {
    requireNonNull(tenant, "tenant");
    requireNonNull(address, "address");
    return session
        .apply(em -> Optional.ofNullable(em.find(SuppressionEntity.class, key(tenant, address))))
        .map(ConsentRows::read);
  }

  @Override
  public List<Suppression> findAll(TenantId tenant, Collection<SuppressedAddress> addresses) {
    requireNonNull(tenant, "tenant");
    if (addresses.isEmpty()) {
      return List.of();
    }
    Set<SuppressedAddress> wanted = Set.copyOf(addresses);
    List<String> values = wanted.stream().map(SuppressedAddress::value).distinct().toList();
    // one query on the addresses whatever their kinds; an email address, a phone number and a
    // domain never share a text, and the kinds are checked on the rows found
    return session
        .apply(
            em ->
                em.createQuery(
                        "select s from CrmSuppression s"
                            + " where s.tenant = :tenant and s.address in :addresses",
                        SuppressionEntity.class)
                    .setParameter("tenant", tenant.value())
                    .setParameter("addresses", values)
                    .getResultList())
        .stream()
        .map(ConsentRows::read)
        .filter(suppression -> wanted.contains(suppression.address()))
        .toList();
  }

  private static SuppressionKey key(TenantId tenant, SuppressedAddress address) {
    return new SuppressionKey(tenant.value(), address.kind(), address.value());
  }
}
