package io.crmkit.core.spi;

import io.crmkit.core.TenantId;
import io.crmkit.core.consent.SuppressedAddress;
import io.crmkit.core.consent.Suppression;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The port that keeps each tenant's suppression list: addresses and domains never contacted, one
 * entry per address. The entries hold the normalised address, not the contact, so that they outlive
 * the contact's erasure. Every method is confined to one tenant.
 *
 * <p>Adapters pass the contract suite {@code SuppressionRepositoryContract} of the crm-core
 * test-jar.
 *
 * @since 0.1
 */
public interface SuppressionRepository {

  /**
   * Adds {@code suppression} unless its address is on the list already.
   *
   * @return whether it was added
   */
  boolean add(Suppression suppression);

  /**
   * Removes the entry of {@code address}.
   *
   * @return whether there was one
   */
  boolean remove(TenantId tenant, SuppressedAddress address);

  /** Returns the entry of {@code address}. */
  Optional<Suppression> find(TenantId tenant, SuppressedAddress address);

  /**
   * Returns the entries of those of {@code addresses} that are on the list: one reading for the
   * whole collection, which holds at most a few thousand addresses.
   */
  List<Suppression> findAll(TenantId tenant, Collection<SuppressedAddress> addresses);
}
