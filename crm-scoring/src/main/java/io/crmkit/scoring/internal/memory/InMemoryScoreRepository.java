package io.crmkit.scoring.internal.memory;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.RecordType;
import io.crmkit.core.TenantId;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.lead.LeadId;
import io.crmkit.core.merge.MergeMove;
import io.crmkit.core.spi.MergeReferences;
import io.crmkit.scoring.internal.ScoreMergeReferences;
import io.crmkit.scoring.rules.Grade;
import io.crmkit.scoring.rules.LeadScore;
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

  private static final Comparator<Score> RANKING =
      Comparator.comparing(Score::total).reversed().thenComparing(Score::contact);

  private final Map<TenantId, Partition> partitions = new ConcurrentHashMap<>();
  private final Map<LeadKey, LeadScore> leadScores = new ConcurrentHashMap<>();
  private final MergeReferences merges = new ScoreMergeReferences(this);

  @Override
  public void save(TenantId tenant, Score score) {
    requireNonNull(score, "score");
    partition(tenant).save(score);
  }

  @Override
  public boolean remove(TenantId tenant, ContactId contact) {
    requireNonNull(contact, "contact");
    return partition(tenant).remove(contact);
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

  @Override
  public void saveLead(TenantId tenant, LeadScore score) {
    requireNonNull(tenant, "tenant");
    requireNonNull(score, "score");
    leadScores.put(new LeadKey(tenant, score.lead()), score);
  }

  @Override
  public Optional<LeadScore> findLead(TenantId tenant, LeadId lead) {
    requireNonNull(tenant, "tenant");
    requireNonNull(lead, "lead");
    return Optional.ofNullable(leadScores.get(new LeadKey(tenant, lead)));
  }

  /** A lead of a tenant. */
  private record LeadKey(TenantId tenant, LeadId lead) {}

  /** Moves a merged contact's score to the survivor, as {@link ScoreMergeReferences} says. */
  @Override
  public List<MergeMove> repoint(
      TenantId tenant, RecordType type, String from, String to, boolean dryRun) {
    return merges.repoint(tenant, type, from, to, dryRun);
  }

  @Override
  public void restore(TenantId tenant, RecordType type, String to, List<MergeMove> moves) {
    merges.restore(tenant, type, to, moves);
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

    synchronized boolean remove(ContactId contact) {
      Score earlier = byContact.get(contact);
      if (earlier == null) {
        return false;
      }
      remove(earlier);
      return true;
    }

    private void remove(Score score) {
      byContact.remove(score.contact());
      ranking.remove(score);
      grades.merge(score.grade(), -1L, Long::sum);
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
