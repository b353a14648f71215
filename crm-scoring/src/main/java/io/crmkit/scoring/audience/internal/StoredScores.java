package io.crmkit.scoring.audience.internal;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.TenantId;
import io.crmkit.core.contact.Contact;
import io.crmkit.scoring.audience.ScoreSource;
import io.crmkit.scoring.rules.Score;
import io.crmkit.scoring.spi.ScoreRepository;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The lead scores kept in the CRM's storage, as the segment fields {@code score} (whole points,
 * rounded down) and {@code grade}, so that marketing can segment on what lead scoring found.
 */
final class StoredScores implements ScoreSource {

  private final TenantId tenant;
  private final ScoreRepository scores;

  StoredScores(TenantId tenant, ScoreRepository scores) {
    this.tenant = requireNonNull(tenant, "tenant");
    this.scores = requireNonNull(scores, "scores");
  }

  @Override
  public OptionalLong score(Contact contact) {
    Optional<Score> score = scores.find(tenant, contact.id());
    return score.isEmpty()
        ? OptionalLong.empty()
        : OptionalLong.of(Math.floorDiv(score.get().total().hundredths(), 100));
  }

  @Override
  public Optional<String> grade(Contact contact) {
    return scores.find(tenant, contact.id()).map(score -> score.grade().toString());
  }
}
