package io.crmkit.core.spi;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.privacy.ErasedRecord;
import io.crmkit.core.privacy.ErasedRecord.Treatment;
import java.util.ArrayList;
import java.util.List;

/**
 * The record of one erasure as its holders run: every record each one deleted or anonymised. A
 * holder that runs later, such as an outbox that redacts the events of the records erased before
 * it, reads what the earlier ones changed.
 *
 * <p>A holder whose store the storage's unit of work does not cover (ports kept in memory beside a
 * database, a store of the host's) registers how to put back what it erased with {@link
 * #onFailure}: when a later holder fails, the privacy service runs those actions, newest first,
 * before the failure propagates, so that the erasure is all or nothing there too. They do not run
 * when a unit of work that encloses the erasure fails after it returned.
 *
 * <p>Used by one erasure on one thread; not thread-safe.
 *
 * @since 0.1
 */
public final class ErasureLog {

  private final List<ErasedRecord> records = new ArrayList<>();
  private final List<Runnable> restores = new ArrayList<>();

  /** Creates an empty log; the privacy service makes one per erasure. */
  public ErasureLog() {}

  /** Records that the record {@code id} of {@code kind} was deleted. */
  public void deleted(String kind, String id) {
    records.add(new ErasedRecord(kind, id, Treatment.DELETED));
  }

  /** Records that the record {@code id} of {@code kind} was kept with the person's data removed. */
  public void anonymised(String kind, String id) {
    records.add(new ErasedRecord(kind, id, Treatment.ANONYMISED));
  }

  /**
   * Registers {@code restore}, which puts back what the calling holder erased outside the unit of
   * work, to run if the erasure fails.
   */
  public void onFailure(Runnable restore) {
    restores.add(requireNonNull(restore, "restore"));
  }

  /**
   * Runs the actions registered with {@link #onFailure}, newest first, once; the privacy service
   * calls it when the erasure fails. An action that throws is added to {@code failure} as
   * suppressed, and the others still run.
   */
  public void restoreAfter(RuntimeException failure) {
    requireNonNull(failure, "failure");
    for (int i = restores.size() - 1; i >= 0; i--) {
      try {
        restores.get(i).run();
      } catch (RuntimeException restoreFailed) {
        failure.addSuppressed(restoreFailed);
      }
    }
    restores.clear();
  }

  /** Returns the records logged so far, in order. */
  public List<ErasedRecord> records() {
    return List.copyOf(records);
  }
}
