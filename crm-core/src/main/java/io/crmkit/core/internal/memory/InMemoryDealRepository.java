package io.crmkit.core.internal.memory;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.TenantId;
import io.crmkit.core.deal.Deal;
import io.crmkit.core.deal.DealId;
import io.crmkit.core.deal.DealQuery;
import io.crmkit.core.spi.DealRepository;
import java.util.List;
import java.util.Optional;

/**
 * Deals in memory, indexed by pipeline, stage, owner and company, so that pipeline boards and "my
 * deals" read only the deals they return.
 *
 * @since 0.1
 */
public final class InMemoryDealRepository implements DealRepository {

  private static final String PIPELINE = "pipeline";
  private static final String STAGE = "stage";
  private static final String OWNER = "owner";
  private static final String COMPANY = "company";

  private final InMemoryTable<DealId, Deal> table;

  /**
   * @param store the store whose units of work cover this repository
   */
  public InMemoryDealRepository(InMemoryStore store) {
    KeysetOrder<Deal, DealId> byId = IdOrders.byId(DealId::of);
    table =
        new InMemoryTable<>(
            "deal",
            store,
            byId,
            List.of(),
            List.of(
                new IndexDefinition<>(PIPELINE, d -> List.of(d.pipeline().toString()), byId),
                new IndexDefinition<>(STAGE, d -> List.of(d.stageId().toString()), byId),
                new IndexDefinition<>(OWNER, d -> List.of(d.owner().value()), byId),
                new IndexDefinition<>(
                    COMPANY,
                    d ->
                        d.details().company() == null
                            ? List.of()
                            : List.of(d.details().company().toString()),
                    byId)));
  }

  @Override
  public Optional<Deal> find(TenantId tenant, DealId id) {
    return table.find(tenant, id);
  }

  @Override
  public Page<Deal> search(TenantId tenant, DealQuery query, PageRequest page) {
    requireNonNull(query, "query");
    // the most selective index first; the query's own matches() checks every criterion
    if (query.stage() != null) {
      return table.page(tenant, STAGE, query.stage().toString(), query::matches, page);
    }
    if (query.company() != null) {
      return table.page(tenant, COMPANY, query.company().toString(), query::matches, page);
    }
    if (query.owner() != null) {
      return table.page(tenant, OWNER, query.owner().value(), query::matches, page);
    }
    if (query.pipeline() != null) {
      return table.page(tenant, PIPELINE, query.pipeline().toString(), query::matches, page);
    }
    return table.page(tenant, query::matches, page);
  }

  @Override
  public long count(TenantId tenant, DealQuery query) {
    requireNonNull(query, "query");
    return table.filter(tenant, query::matches).count();
  }

  @Override
  public void insert(Deal deal) {
    table.insert(deal);
  }

  @Override
  public void update(Deal deal, long expectedVersion) {
    table.update(deal, expectedVersion);
  }
}
