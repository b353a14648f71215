package io.crmkit.core.spi;

import io.crmkit.core.TenantId;
import io.crmkit.core.sequence.Sequence;
import io.crmkit.core.sequence.SequenceId;
import java.util.List;
import java.util.Optional;

/**
 * The port that keeps sales sequences, unique by name in their tenant.
 *
 * @since 0.1
 */
public interface SequenceRepository {

  /**
   * Stores a new sequence.
   *
   * @throws io.crmkit.core.DuplicateException if its tenant has a sequence of the same name
   */
  void insert(Sequence sequence);

  /**
   * Stores {@code sequence}, read at {@code expectedVersion}.
   *
   * @throws io.crmkit.core.ConcurrentUpdateException if the stored version is another
   */
  void update(Sequence sequence, long expectedVersion);

  /** Returns the sequence of {@code tenant} with {@code id}. */
  Optional<Sequence> find(TenantId tenant, SequenceId id);

  /** Returns the sequences of {@code tenant}, oldest first. */
  List<Sequence> all(TenantId tenant);
}
