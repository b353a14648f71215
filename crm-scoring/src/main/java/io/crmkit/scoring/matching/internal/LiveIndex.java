package io.crmkit.scoring.matching.internal;

import io.crmkit.core.DomainEvent;
import io.crmkit.core.TenantId;
import io.crmkit.scoring.matching.DuplicateIndex;
import io.crmkit.scoring.matching.MatchRecord;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A {@link DuplicateIndex} of one kind of CRM record kept current: a record is read again when
 * asked to or when one of its domain events arrives, and put or, when gone or archived, removed.
 *
 * @param <K> the type of the records' ids
 */
public final class LiveIndex<K> {

  private final DuplicateIndex<K> index;
  private final TenantId tenant;
  private final Function<K, Optional<MatchRecord<K>>> reader;
  private final Function<DomainEvent, Optional<K>> subject;

  /**
   * @param index the index to keep current
   * @param tenant the tenant whose events it follows
   * @param reader reads a record as it now is, empty when it is gone or archived
   * @param subject the id of the record an event concerns, empty for other events
   */
  public LiveIndex(
      DuplicateIndex<K> index,
      TenantId tenant,
      Function<K, Optional<MatchRecord<K>>> reader,
      Function<DomainEvent, Optional<K>> subject) {
    this.index = index;
    this.tenant = tenant;
    this.reader = reader;
    this.subject = subject;
  }

  public DuplicateIndex<K> index() {
    return index;
  }

  /** Reads the record {@code id} again and files it, or removes it when it is gone. */
  public void refresh(K id) {
    reader.apply(id).ifPresentOrElse(index::put, () -> index.remove(id));
  }

  /** Refreshes the record of each event of the tenant that concerns this kind of record. */
  public void publish(List<DomainEvent> events) {
    for (DomainEvent event : events) {
      if (event.tenant().equals(tenant)) {
        subject.apply(event).ifPresent(this::refresh);
      }
    }
  }
}
