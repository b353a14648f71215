package io.crmkit.jpa.internal.score;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.RecordType;
import io.crmkit.core.TenantId;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.lead.LeadId;
import io.crmkit.core.merge.MergeMove;
import io.crmkit.core.spi.MergeReferences;
import io.crmkit.jpa.internal.JpaSession;
import io.crmkit.scoring.internal.ScoreMergeReferences;
import io.crmkit.scoring.rules.Grade;
import io.crmkit.scoring.rules.LeadScore;
import io.crmkit.scoring.rules.Score;
import io.crmkit.scoring.spi.ScoreRepository;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The JPA adapter of {@link ScoreRepository}: one row per tenant and contact, and one per tenant
 * and lead in a table of their own, replaced in place by a later score. The row's version guards it
 * as every aggregate's does, so that two units that rescore one contact at once do not both commit:
 * the second fails with the core's {@link io.crmkit.core.ConcurrentUpdateException}.
 */
public final class JpaScoreRepository implements ScoreRepository, MergeReferences {

  /** The entity classes a persistence unit must manage for lead scores. */
  public static final List<Class<?>> MANAGED_CLASSES =
      List.of(ScoreEntity.class, LeadScoreEntity.class);

  private final JpaSession session;
  private final MergeReferences merges = new ScoreMergeReferences(this);

  /**
   * @param session the units of work the repository runs in
   */
  public JpaScoreRepository(JpaSession session) {
    this.session = requireNonNull(session, "session");
  }

  @Override
  public void save(TenantId tenant, Score score) {
    requireNonNull(tenant, "tenant");
    requireNonNull(score, "score");
    session.apply(
        em -> {
          ScoreEntity row =
              em.find(ScoreEntity.class, new ScoreKey(tenant.value(), score.contact().value()));
          boolean isNew = row == null;
          if (row == null) {
            row = new ScoreEntity(tenant.value(), score.contact().value());
            row.version = 1;
          }
          ScoreMapper.write(score, row);
          if (isNew) {
            em.persist(row);
          }
          return null;
        });
  }

  @Override
  public boolean remove(TenantId tenant, ContactId contact) {
    requireNonNull(tenant, "tenant");
    requireNonNull(contact, "contact");
    return session.apply(
        em -> {
          ScoreEntity row =
              em.find(ScoreEntity.class, new ScoreKey(tenant.value(), contact.value()));
          if (row == null) {
            return false;
          }
          em.remove(row);
          return true;
        });
  }

  @Override
  public Optional<Score> find(TenantId tenant, ContactId contact) {
    requireNonNull(tenant, "tenant");
    requireNonNull(contact, "contact");
    return session.apply(
        em ->
            Optional.ofNullable(
                    em.find(ScoreEntity.class, new ScoreKey(tenant.value(), contact.value())))
                .map(ScoreMapper::read));
  }

  @Override
  public List<Score> top(TenantId tenant, int limit) {
    requireNonNull(tenant, "tenant");
    checkArgument(limit > 0, "limit must be positive: %s", limit);
    return session.apply(
        em ->
            em
                .createQuery(
                    "select s from CrmScore s where s.tenant = :tenant"
                        + " order by s.totalPoints desc, s.contact asc",
                    ScoreEntity.class)
                .setParameter("tenant", tenant.value())
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(ScoreMapper::read)
                .toList());
  }

  @Override
  public void saveLead(TenantId tenant, LeadScore score) {
    requireNonNull(tenant, "tenant");
    requireNonNull(score, "score");
    session.apply(
        em -> {
          LeadScoreEntity row =
              em.find(
                  LeadScoreEntity.class, new LeadScoreKey(tenant.value(), score.lead().value()));
          boolean isNew = row == null;
          if (row == null) {
            row = new LeadScoreEntity(tenant.value(), score.lead().value());
            row.version = 1;
          }
          ScoreMapper.write(score, row);
          if (isNew) {
            em.persist(row);
          }
          return null;
        });
  }

  @Override
  public Optional<LeadScore> findLead(TenantId tenant, LeadId lead) {
    requireNonNull(tenant, "tenant");
    requireNonNull(lead, "lead");
    return session.apply(
        em ->
            Optional.ofNullable(
                    em.find(LeadScoreEntity.class, new LeadScoreKey(tenant.value(), lead.value())))
                .map(ScoreMapper::read));
  }

  @Override
  public SortedMap<Grade, Long> countByGrade(TenantId tenant) {
    requireNonNull(tenant, "tenant");
    return session.apply(
        em -> {
          SortedMap<Grade, Long> counts = new TreeMap<>();
          for (Object[] row :
              em.createQuery(
                      "select s.grade, count(s) from CrmScore s where s.tenant = :tenant"
                          + " group by s.grade",
                      Object[].class)
                  .setParameter("tenant", tenant.value())
                  .getResultList()) {
            counts.put(Grade.parse((String) row[0]), ((Number) row[1]).longValue());
          }
          return Collections.unmodifiableSortedMap(counts);
        });
  }

  /** Moves a merged contact's references, as {@link ScoreMergeReferences} says. */
  @Override
  public List<MergeMove> repoint(
      TenantId tenant, RecordType type, String from, String to, boolean dryRun) {
    return merges.repoint(tenant, type, from, to, dryRun);
  }

  @Override
  public void restore(TenantId tenant, RecordType type, String to, List<MergeMove> moves) {
    merges.restore(tenant, type, to, moves);
  }
}
