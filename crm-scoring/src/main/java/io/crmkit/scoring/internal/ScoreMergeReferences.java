package io.crmkit.scoring.internal;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.RecordType;
import io.crmkit.core.TenantId;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.merge.MergeMove;
import io.crmkit.core.spi.MergeReferences;
import io.crmkit.scoring.rules.Score;
import io.crmkit.scoring.spi.ScoreRepository;
import java.util.List;
import java.util.Optional;

/**
 * How a merge moves a merged contact's score, over any {@link ScoreRepository}: to the survivor
 * when the survivor has none; when it has one, the merged contact's score is dropped (scores are
 * derived: the next rescoring recomputes it).
 */
public final class ScoreMergeReferences implements MergeReferences {

  private static final String SCORE = "score";

  private final ScoreRepository scores;

  /**
   * @param scores the repository whose scores move
   */
  public ScoreMergeReferences(ScoreRepository scores) {
    this.scores = requireNonNull(scores, "scores");
  }

  @Override
  public List<MergeMove> repoint(
      TenantId tenant, RecordType type, String from, String to, boolean dryRun) {
    if (type != RecordType.CONTACT) {
      return List.of();
    }
    ContactId merged = ContactId.parse(from);
    ContactId survivor = ContactId.parse(to);
    Optional<Score> moved = scores.find(tenant, merged);
    if (moved.isEmpty()) {
      return List.of();
    }
    boolean survivorScored = scores.find(tenant, survivor).isPresent();
    if (!dryRun) {
      scores.remove(tenant, merged);
      if (!survivorScored) {
        scores.save(tenant, withContact(moved.get(), survivor));
      }
    }
    return List.of(new MergeMove(SCORE, from, "contact", from, survivorScored, ""));
  }

  /** Moves a score that was moved to the survivor back to the merged contact. */
  @Override
  public void restore(TenantId tenant, RecordType type, String to, List<MergeMove> moves) {
    ContactId survivor = ContactId.parse(to);
    for (MergeMove move : moves) {
      if (!move.kind().equals(SCORE) || move.survivorWasLinked()) {
        continue;
      }
      ContactId merged = ContactId.parse(move.from());
      Optional<Score> moved = scores.find(tenant, survivor);
      if (moved.isPresent() && scores.find(tenant, merged).isEmpty()) {
        scores.remove(tenant, survivor);
        scores.save(tenant, withContact(moved.get(), merged));
      }
    }
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
}
