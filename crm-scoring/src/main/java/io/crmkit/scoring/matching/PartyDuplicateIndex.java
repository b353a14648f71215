package io.crmkit.scoring.matching;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.DomainEvent;
import io.crmkit.core.EventPublisher;
import io.crmkit.scoring.matching.internal.LiveIndex;
import java.util.List;
import java.util.function.Function;

/**
 * The index of one kind of a CRM tenant's records that answers "possible duplicates of this record"
 * fast enough to ask inside a create or an update. It stays current in either of two ways, which
 * may be combined: hand it the CRM's domain events as an {@link EventPublisher} (each event of its
 * tenant about a record of its kind makes it read that record again and file, refile or drop it),
 * or call {@link #refresh} after a change. Events are published after the unit of work commits, so
 * a record is found once its unit has committed. Thread-safe.
 *
 * @param <K> the type of the records' ids
 * @since 0.1
 */
public abstract sealed class PartyDuplicateIndex<K> implements EventPublisher
    permits ContactDuplicateIndex, CompanyDuplicateIndex {

  private final LiveIndex<K> live;
  private final Function<K, MatchRecord<K>> stored;

  PartyDuplicateIndex(LiveIndex<K> live, Function<K, MatchRecord<K>> stored) {
    this.live = live;
    this.stored = stored;
  }

  /** Returns the model the index weighs with. */
  public MatchModel model() {
    return live.index().model();
  }

  /** Returns how many records it holds. */
  public int size() {
    return live.index().size();
  }

  /**
   * Returns the other records that may be the same party as the record {@code id}, as the CRM holds
   * it now, strongest first.
   *
   * @throws io.crmkit.core.NotFoundException when there is no such record
   */
  public List<PossibleDuplicate<K>> possibleDuplicatesOf(K id) {
    return ask(stored.apply(requireNonNull(id, "id")));
  }

  /** Reads the record {@code id} again and files it, or drops it when it is gone or archived. */
  public void refresh(K id) {
    live.refresh(requireNonNull(id, "id"));
  }

  /**
   * Refreshes each record of the index's kind that one of {@code events} of its tenant concerns.
   */
  @Override
  public void publish(List<DomainEvent> events) {
    live.publish(requireNonNull(events, "events"));
  }

  /** Returns the held records at or above the configured match probability with {@code record}. */
  final List<PossibleDuplicate<K>> ask(MatchRecord<?> record) {
    return live.index().possibleDuplicatesOf(record);
  }
}
