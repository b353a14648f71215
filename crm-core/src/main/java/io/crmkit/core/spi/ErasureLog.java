package io.crmkit.core.spi;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.privacy.ErasedRecord;
import io.crmkit.core.privacy.ErasedRecord.Treatment;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The record of one erasure as its holders run: every record each one deleted or anonymised. A
 * holder that runs later, such as an outbox that redacts the events of the records erased before
 * it, reads what the earlier ones changed.
 *
 * <p>Used by one erasure on one thread; not thread-safe.
 *
 * @since 0.1
 */
public final class ErasureLog {

  private final List<ErasedRecord> records = new ArrayList<>();

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

  /** Returns the records logged so far, in order. */
  public List<ErasedRecord> records() {
    return List.copyOf(records);
  }

  /** Returns the ids of the records logged so far, each once. */
  public Set<String> ids() {
    Set<String> ids = new LinkedHashSet<>();
    records.forEach(record -> ids.add(requireNonNull(record.id())));
    return ids;
  }
}
