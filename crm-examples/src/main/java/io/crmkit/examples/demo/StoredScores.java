package io.crmkit.examples.demo;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.contact.Contact;
import io.crmkit.scoring.audience.ScoreSource;
import io.crmkit.scoring.rules.LeadScoring;
import io.crmkit.scoring.rules.Score;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The scores lead scoring stored, as the segment fields {@code score} (whole points) and {@code
 * grade}, so that marketing can segment on them.
 */
final class StoredScores implements ScoreSource {

  private final LeadScoring scoring;

  StoredScores(LeadScoring scoring) {
    this.scoring = requireNonNull(scoring, "scoring");
  }

  @Override
  public OptionalLong score(Contact contact) {
    Optional<Score> score = scoring.score(contact.id());
    return score.isEmpty()
        ? OptionalLong.empty()
        : OptionalLong.of(Math.floorDiv(score.get().total().hundredths(), 100));
  }

  @Override
  public Optional<String> grade(Contact contact) {
    return scoring.score(contact.id()).map(score -> score.grade().toString());
  }
}
