package io.crmkit.scoring.internal;

import io.crmkit.core.DataValue;
import io.crmkit.core.spi.ErasureLog;
import io.crmkit.core.spi.PersonalDataHolder;
import io.crmkit.core.spi.PersonalDataRequest;
import io.crmkit.scoring.rules.Evidence;
import io.crmkit.scoring.rules.RuleContribution;
import io.crmkit.scoring.rules.Score;
import io.crmkit.scoring.spi.ScoreRepository;
import java.util.Optional;

/**
 * Lead scoring's part of a person's data: the person's latest score with its explanation, whose
 * evidence quotes the profile values the fit rules matched. Erasure deletes the score.
 *
 * <p>Provided as a service of {@link PersonalDataHolder}, so that every CRM built with crm-scoring
 * on its class or module path erases scores with the rest.
 */
public final class ScorePersonalData implements PersonalDataHolder {

  /** For {@link java.util.ServiceLoader}. */
  public ScorePersonalData() {}

  @Override
  public String name() {
    return "score";
  }

  @Override
  public DataValue describe(PersonalDataRequest request) {
    return scores(request)
        .flatMap(scores -> scores.find(request.tenant(), request.contact()))
        .map(ScorePersonalData::describe)
        .orElse(DataValue.ABSENT);
  }

  @Override
  public void erase(PersonalDataRequest request, ErasureLog log) {
    Optional<ScoreRepository> found = scores(request);
    if (found.isEmpty()) {
      return;
    }
    ScoreRepository scores = found.get();
    Optional<Score> score = scores.find(request.tenant(), request.contact());
    if (score.isPresent() && scores.remove(request.tenant(), request.contact())) {
      // scores may be kept beside the storage's unit of work: put it back if the erasure fails
      log.onFailure(() -> scores.save(request.tenant(), score.get()));
      log.deleted("score", request.contact().toString());
    }
  }

  /** Returns the storage's scores; none when the storage keeps none. */
  static Optional<ScoreRepository> scores(PersonalDataRequest request) {
    try {
      return Optional.of(request.module().port(ScoringPorts.SCORES));
    } catch (UnsupportedOperationException noScores) {
      return Optional.empty();
    }
  }

  private static DataValue describe(Score score) {
    return DataValue.fields()
        .put("model", score.model())
        .put("scoredAt", score.scoredAt())
        .put("total", score.total().toBigDecimal())
        .put("fit", score.fit().toBigDecimal())
        .put("engagement", score.engagement().toBigDecimal())
        .put("grade", score.grade())
        .put(
            "explanation", score.contributions().stream().map(ScorePersonalData::describe).toList())
        .build();
  }

  private static DataValue describe(RuleContribution contribution) {
    return DataValue.fields()
        .put("rule", contribution.rule())
        .put("family", contribution.family())
        .put("points", contribution.points().toBigDecimal())
        .put("capped", contribution.capped())
        .put("evidence", contribution.evidence().stream().map(ScorePersonalData::describe).toList())
        .build();
  }

  private static DataValue describe(Evidence evidence) {
    if (evidence instanceof Evidence.ActivityMatch match) {
      return DataValue.fields()
          .put("activity", match.activity())
          .put("occurredAt", match.occurredAt())
          .put("points", match.points().toBigDecimal())
          .build();
    }
    return DataValue.of(evidence);
  }
}
