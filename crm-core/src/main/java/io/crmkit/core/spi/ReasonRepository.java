package io.crmkit.core.spi;

import io.crmkit.core.TenantId;
import io.crmkit.core.reason.Reason;
import io.crmkit.core.reason.ReasonCatalogue;
import java.util.List;
import java.util.Optional;

/**
 * The port that stores the tenant's reason catalogues, unique by catalogue and code.
 *
 * <p>Adapters pass the contract suite {@code ReasonRepositoryContract} of the crm-core test-jar.
 *
 * @since 0.1
 */
public interface ReasonRepository {

  /** Returns the reasons of {@code tenant} in {@code catalogue}, by code. */
  List<Reason> findAll(TenantId tenant, ReasonCatalogue catalogue);

  /** Returns the reason {@code code} of {@code tenant} in {@code catalogue}. */
  Optional<Reason> find(TenantId tenant, ReasonCatalogue catalogue, String code);

  /** Adds a reason or replaces the label of the one with the same code. */
  void save(TenantId tenant, ReasonCatalogue catalogue, Reason reason);

  /** Removes reason {@code code}; returns whether there was one. */
  boolean remove(TenantId tenant, ReasonCatalogue catalogue, String code);
}
