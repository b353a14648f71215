package io.crmkit.core.internal.memory;

import io.crmkit.core.TenantId;
import io.crmkit.core.sequence.Sequence;
import io.crmkit.core.sequence.SequenceId;
import io.crmkit.core.spi.SequenceRepository;
import java.util.List;
import java.util.Optional;

/**
 * Sales sequences in memory, unique by name in their tenant.
 *
 * @since 0.1
 */
public final class InMemorySequenceRepository implements SequenceRepository {

  private final InMemoryTable<SequenceId, Sequence> table;

  /**
   * @param store the store whose units of work cover this repository
   */
  public InMemorySequenceRepository(InMemoryStore store) {
    table =
        new InMemoryTable<>(
            "sequence",
            store,
            IdOrders.byId(SequenceId::of),
            List.of(new UniqueKey<>("name", s -> List.of(s.details().name()))),
            List.of());
  }

  @Override
  public void insert(Sequence sequence) {
    table.insert(sequence);
  }

  @Override
  public void update(Sequence sequence, long expectedVersion) {
    table.update(sequence, expectedVersion);
  }

  @Override
  public Optional<Sequence> find(TenantId tenant, SequenceId id) {
    return table.find(tenant, id);
  }

  @Override
  public List<Sequence> all(TenantId tenant) {
    return table.all(tenant);
  }
}
