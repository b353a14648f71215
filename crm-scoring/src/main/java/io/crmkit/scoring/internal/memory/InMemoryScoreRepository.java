package io.crmkit.scoring.internal.memory;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.RecordType;
import io.crmkit.core.TenantId;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.merge.MergeMove;
import io.crmkit.core.spi.MergeReferences;
import io.crmkit.scoring.rules.Grade;
import io.crmkit.scoring.rules.Score;
import io.crmkit.scoring.spi.ScoreRepository;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps lead scores in memory, one partition per tenant, with a ranking kept sorted on every save
 * so that {@link #top} reads only the scores it returns. Thread-safe: each partition is guarded by
 * its own lock.
 *
 * @since 0.1
 */
public final class InMemoryScoreRepository implements ScoreRepository, MergeReferences {

  private static final String SCORE = "score";

  private static final Comparator<Score> RANKING =
      Comparator.comparing(Score::total).reversed().thenComparing(Score::contact);

  private final Map<TenantId, Partition> partitions = new ConcurrentHashMap<>();

  @Override
  public void save(TenantId tenant, Score score) {
    requireNonNull(score, "score");
    partition(tenant).save(score);
  }

  @Override
  public Optional<Score> find(TenantId tenant, ContactId contact) {
    requireNonNull(contact, "contact");
    return partition(tenant).find(contact);
  }

  @Override
  public List<Score> top(TenantId tenant, int limit) {
    checkArgument(limit > 0, "limit must be positive: %s", limit);
    return partition(tenant).top(limit);
  }

  @Override
  public SortedMap<Grade, Long> countByGrade(TenantId tenant) {
    return partition(tenant).countByGrade();
  }

  /**
   * Moves a merged contact's score to the survivor when the survivor has none; when it has one, the
   * merged contact's score is dropped (scores are derived: the next rescoring recomputes it).
   */
  @Override
  public List<MergeMove> repoint(
      TenantId tenant, RecordType type, String from, String to, boolean dryRun) {
    if (type != RecordType.CONTACT) {
      return List.of();
    }
    return partition(tenant).repoint(ContactId.parse(from), ContactId.parse(to), dryRun);
  }

  /** Moves a score that was moved to the survivor back to the merged contact. */
  @Override
  public void restore(TenantId tenant, RecordType type, String to, List<MergeMove> moves) {
    for (MergeMove move : moves) {
      if (move.kind().equals(SCORE) && !move.survivorWasLinked()) {
        partition(tenant).moveBack(ContactId.parse(to), ContactId.parse(move.from()));
      }
    }
  }

  private Partition partition(TenantId tenant) {
    requireNonNull(tenant, "tenant");
    return partitions.computeIfAbsent(tenant, any -> new Partition());
  }

  /** The scores of one tenant. */
  private static final class Partition {

    private final Map<ContactId, Score> byContact = new HashMap<>();
    private final TreeSet<Score> ranking = new TreeSet<>(RANKING);
    private final Map<Grade, Long> grades = new HashMap<>();

    synchronized void save(Score score) {
      Score earlier = byContact.put(score.contact(), score);
      if (earlier != null) {
        ranking.remove(earlier);
        grades.merge(earlier.grade(), -1L, Long::sum);
      }
      ranking.add(score);
      grades.merge(score.grade(), 1L, Long::sum);
    }

    synchronized List<MergeMove> repoint(ContactId from, ContactId to, boolean dryRun) {
      Score moved = byContact.get(from);
      if (moved == null) {
        return List.of();
      }
      boolean survivorScored = byContact.containsKey(to);
      if (!dryRun) {
        remove(moved);
        if (!survivorScored) {
          save(withContact(moved, to));
        }
      }
      return List.of(
          new MergeMove(SCORE, from.toString(), "contact", from.toString(), survivorScored, ""));
    }

    synchronized void moveBack(ContactId survivor, ContactId merged) {
      Score moved = byContact.get(survivor);
      if (moved != null && !byContact.containsKey(merged)) {
        remove(moved);
        save(withContact(moved, merged));
      }
    }

    private void remove(Score score) {
      byContact.remove(score.contact());
      ranking.remove(score);
      grades.merge(score.grade(), -1L, Long::sum);
    }

    private static Score withContact(Score score, ContactId contact) {
      return new Score(
          contact,
          score.model(),
          score.scoredAt(),
          score.fit(),
          score.engagement(),
          score.grade(),
          score.contributions());
    }

    synchronized Optional<Score> find(ContactId contact) {
      return Optional.ofNullable(byContact.get(contact));
    }

    synchronized List<Score> top(int limit) {
      List<Score> top = new ArrayList<>(Math.min(limit, ranking.size()));
      Iterator<Score> highest = ranking.iterator();
      while (top.size() < limit && highest.hasNext()) {
        top.add(highest.next());
      }
      return Collections.unmodifiableList(top);
    }

    synchronized SortedMap<Grade, Long> countByGrade() {
      SortedMap<Grade, Long> counts = new TreeMap<>();
      grades.forEach(
          (grade, count) -> {
            if (count > 0) {
              counts.put(grade, count);
            }
          });
      return Collections.unmodifiableSortedMap(counts);
    }
  }
}
