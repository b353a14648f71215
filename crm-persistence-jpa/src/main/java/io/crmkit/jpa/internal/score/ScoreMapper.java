package io.crmkit.jpa.internal.score;

import io.crmkit.core.contact.ContactId;
import io.crmkit.core.lead.LeadId;
import io.crmkit.core.timeline.ActivityId;
import io.crmkit.jpa.internal.Json;
import io.crmkit.scoring.rules.Evidence;
import io.crmkit.scoring.rules.Grade;
import io.crmkit.scoring.rules.LeadScore;
import io.crmkit.scoring.rules.Points;
import io.crmkit.scoring.rules.RuleContribution;
import io.crmkit.scoring.rules.RuleFamily;
import io.crmkit.scoring.rules.Score;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Maps a score to its row and back. The explanation is a JSON array of contributions: a fit rule's
 * field value, or an engagement rule's matches, each with its activity, instant and worth in
 * hundredths.
 */
final class ScoreMapper {

  private ScoreMapper() {}

  /** Writes {@code score} into {@code row}, leaving its key and version alone. */
  static void write(Score score, ScoreEntity row) {
    row.model = score.model();
    row.scoredAt = score.scoredAt();
    row.fitPoints = score.fit().hundredths();
    row.engagementPoints = score.engagement().hundredths();
    row.totalPoints = score.total().hundredths();
    row.grade = score.grade().toString();
    row.explanation = explanation(score.contributions());
  }

  /** Writes {@code score} into {@code row}, leaving its key and version alone. */
  static void write(LeadScore score, LeadScoreEntity row) {
    row.model = score.model();
    row.scoredAt = score.scoredAt();
    row.fitPoints = score.fit().hundredths();
    row.engagementPoints = score.engagement().hundredths();
    row.totalPoints = score.total().hundredths();
    row.grade = score.grade().toString();
    row.explanation = explanation(score.contributions());
  }

  /** Reads the lead score a row holds. */
  static LeadScore read(LeadScoreEntity row) {
    return new LeadScore(
        LeadId.of(row.lead),
        row.model,
        row.scoredAt,
        Points.ofHundredths(row.fitPoints),
        Points.ofHundredths(row.engagementPoints),
        Grade.parse(row.grade),
        contributions(row.explanation));
  }

  private static String explanation(List<RuleContribution> contributions) {
    List<ContributionDocument> documents = new ArrayList<>(contributions.size());
    for (RuleContribution contribution : contributions) {
      documents.add(ContributionDocument.of(contribution));
    }
    return Json.write(documents);
  }

  private static List<RuleContribution> contributions(String explanation) {
    ContributionDocument[] documents = Json.read(explanation, ContributionDocument[].class);
    List<RuleContribution> contributions = new ArrayList<>(documents.length);
    for (ContributionDocument document : documents) {
      contributions.add(document.toContribution());
    }
    return contributions;
  }

  /** Reads the score a row holds. */
  static Score read(ScoreEntity row) {
    List<RuleContribution> contributions = contributions(row.explanation);
    return new Score(
        ContactId.of(row.contact),
        row.model,
        row.scoredAt,
        Points.ofHundredths(row.fitPoints),
        Points.ofHundredths(row.engagementPoints),
        Grade.parse(row.grade),
        contributions);
  }

  /** One rule's contribution as stored. */
  record ContributionDocument(
      String rule,
      RuleFamily family,
      long points,
      boolean capped,
      @Nullable String field,
      @Nullable String value,
      @Nullable List<MatchDocument> matches) {

    static ContributionDocument of(RuleContribution contribution) {
      String field = null;
      String value = null;
      List<MatchDocument> matches = new ArrayList<>();
      for (Evidence evidence : contribution.evidence()) {
        if (evidence instanceof Evidence.FieldValue found) {
          field = found.field();
          value = found.value();
        } else if (evidence instanceof Evidence.ActivityMatch match) {
          matches.add(
              new MatchDocument(
                  match.activity().value(), match.occurredAt(), match.points().hundredths()));
        }
      }
      return new ContributionDocument(
          contribution.rule(),
          contribution.family(),
          contribution.points().hundredths(),
          contribution.capped(),
          field,
          value,
          matches.isEmpty() ? null : matches);
    }

    RuleContribution toContribution() {
      List<Evidence> evidence = new ArrayList<>();
      if (field != null && value != null) {
        evidence.add(new Evidence.FieldValue(field, value));
      }
      if (matches != null) {
        for (MatchDocument match : matches) {
          evidence.add(
              new Evidence.ActivityMatch(
                  ActivityId.of(match.activity()),
                  match.occurredAt(),
                  Points.ofHundredths(match.points())));
        }
      }
      return new RuleContribution(rule, family, Points.ofHundredths(points), capped, evidence);
    }
  }

  /** One activity an engagement rule matched, as stored. */
  record MatchDocument(UUID activity, Instant occurredAt, long points) {}
}
