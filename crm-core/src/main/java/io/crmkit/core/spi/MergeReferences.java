package io.crmkit.core.spi;

import io.crmkit.core.RecordType;
import io.crmkit.core.TenantId;
import io.crmkit.core.merge.MergeMove;
import java.util.List;

/**
 * A port of a module beyond the core (crm-scoring's static lists and scores) that holds references
 * to contacts or companies, and moves them when records are merged: the merge service asks every
 * port of the storage that implements this interface, so the core needs no knowledge of the module.
 *
 * @since 0.1
 */
public interface MergeReferences {

  /**
   * Moves every reference of {@code tenant} to the record {@code from} over to {@code to}, both of
   * {@code type}, and returns the moves, for the merge journal; a preview passes {@code dryRun} and
   * nothing changes.
   */
  List<MergeMove> repoint(TenantId tenant, RecordType type, String from, String to, boolean dryRun);

  /**
   * Moves back the moves this port returned from {@link #repoint}, each only if its reference still
   * names {@code to}.
   */
  void restore(TenantId tenant, RecordType type, String to, List<MergeMove> moves);
}
