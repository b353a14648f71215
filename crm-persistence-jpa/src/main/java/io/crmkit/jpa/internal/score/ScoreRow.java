package io.crmkit.jpa.internal.score;

import io.crmkit.jpa.internal.Json;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The columns every stored score has, whoever it scores: the ones ranking and grade counts read
 * (total, grade), the model and instant, and the explanation, evidence included, as a JSON
 * document.
 */
@MappedSuperclass
abstract class ScoreRow {

  @Version
  @Column(name = "version", nullable = false)
  long version;

  @Column(name = "model", length = 200, nullable = false)
  String model = "";

  @Column(name = "scored_at", nullable = false)
  Instant scoredAt = Instant.EPOCH;

  @Column(name = "fit_points", nullable = false)
  long fitPoints;

  @Column(name = "engagement_points", nullable = false)
  long engagementPoints;

  @Column(name = "total_points", nullable = false)
  long totalPoints;

  @Column(name = "grade", length = 2, nullable = false)
  String grade = "D4";

  @Column(
      name = "explanation",
      length = 1_000_000,
      nullable = false,
      columnDefinition = Json.COLUMN)
  String explanation = "[]";
}
