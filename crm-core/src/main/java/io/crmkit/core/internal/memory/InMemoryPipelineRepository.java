package io.crmkit.core.internal.memory;

import io.crmkit.core.TenantId;
import io.crmkit.core.deal.Pipeline;
import io.crmkit.core.deal.PipelineId;
import io.crmkit.core.internal.SearchText;
import io.crmkit.core.spi.PipelineRepository;
import java.util.List;
import java.util.Optional;

/**
 * Pipelines in memory, unique by name (case and accents ignored) within a tenant. A stored version
 * is returned as is, so its deal state machine is built once per version.
 *
 * @since 0.1
 */
public final class InMemoryPipelineRepository implements PipelineRepository {

  private static final String NAME = "name";

  private final InMemoryTable<PipelineId, Pipeline> table;

  /**
   * @param store the store whose units of work cover this repository
   */
  public InMemoryPipelineRepository(InMemoryStore store) {
    table =
        new InMemoryTable<>(
            "pipeline",
            store,
            IdOrders.byId(PipelineId::of),
            List.of(new UniqueKey<>(NAME, p -> List.of(SearchText.fold(p.name())))),
            List.of());
  }

  @Override
  public Optional<Pipeline> find(TenantId tenant, PipelineId id) {
    return table.find(tenant, id);
  }

  @Override
  public List<Pipeline> findAll(TenantId tenant) {
    return table.all(tenant);
  }

  @Override
  public void insert(Pipeline pipeline) {
    table.insert(pipeline);
  }

  @Override
  public void update(Pipeline pipeline, long expectedVersion) {
    table.update(pipeline, expectedVersion);
  }
}
