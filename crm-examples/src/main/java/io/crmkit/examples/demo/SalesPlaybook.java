package io.crmkit.examples.demo;

import io.crmkit.core.Crm;
import io.crmkit.core.UserId;
import io.crmkit.core.deal.DealField;
import io.crmkit.core.deal.Pipeline;
import io.crmkit.core.deal.PipelinePolicy;
import io.crmkit.core.deal.Stage;
import io.crmkit.core.deal.StageId;
import io.crmkit.core.reason.Reason;
import io.crmkit.core.reason.ReasonCatalogue;
import io.crmkit.scoring.rules.ScoringModel;
import io.crmkit.scoring.rules.ScoringModelJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * How the demo's sales team works: its reps, its six-stage pipeline, the reasons it records for
 * lost deals and disqualified leads, its lead scoring model and the audience segments marketing
 * watches.
 */
final class SalesPlaybook {

  /** The reps who own leads and deals, worked round robin. */
  static final List<UserId> REPS =
      List.of("ana", "ben", "chen", "dara", "emil", "fatou").stream().map(UserId::of).toList();

  static final StageId QUALIFICATION = stageId("qualification");
  static final StageId DISCOVERY = stageId("discovery");
  static final StageId PROPOSAL = stageId("proposal");
  static final StageId NEGOTIATION = stageId("negotiation");
  static final StageId WON = stageId("won");
  static final StageId LOST = stageId("lost");

  /** The open stages in order, then won and lost. */
  static final List<Stage> STAGES =
      List.of(
          Stage.open(QUALIFICATION, "Qualification", 10).rottingAfterDays(21),
          Stage.open(DISCOVERY, "Discovery", 25).rottingAfterDays(30),
          Stage.open(PROPOSAL, "Proposal", 50)
              .requiring(DealField.AMOUNT, DealField.EXPECTED_CLOSE_DATE)
              .rottingAfterDays(30),
          Stage.open(NEGOTIATION, "Negotiation", 75)
              .requiring(DealField.AMOUNT, DealField.EXPECTED_CLOSE_DATE, DealField.CONTACT)
              .rottingAfterDays(21),
          Stage.won(WON, "Won"),
          Stage.lost(LOST, "Lost"));

  static final List<Reason> LOST_REASONS =
      List.of(
          Reason.of("price", "Price too high"),
          Reason.of("competitor", "Chose a competitor"),
          Reason.of("no_decision", "No decision"),
          Reason.of("timing", "Bad timing"));

  static final List<Reason> UNQUALIFIED_REASONS =
      List.of(
          Reason.of("no_budget", "No budget"),
          Reason.of("wrong_market", "Outside our market"),
          Reason.of("no_response", "Never responded"));

  /** The dynamic segments marketing watches, by name, in the order the report shows them. */
  static final Map<String, String> SEGMENTS = segments();

  /** The static list of the people met at the trade show. */
  static final String TRADE_SHOW_LIST = "met at trade show";

  private SalesPlaybook() {}

  /** Defines the pipeline and the reason catalogues in {@code crm}; returns the pipeline. */
  static Pipeline setUp(Crm crm) {
    LOST_REASONS.forEach(reason -> crm.reasons().define(ReasonCatalogue.LOST_DEAL, reason));
    UNQUALIFIED_REASONS.forEach(
        reason -> crm.reasons().define(ReasonCatalogue.UNQUALIFIED_LEAD, reason));
    return crm.pipelines().create("New business", STAGES, PipelinePolicy.STRICT);
  }

  /** Returns the lead scoring model, kept as a JSON document next to this class. */
  static ScoringModel scoringModel() {
    try (InputStream in = SalesPlaybook.class.getResourceAsStream("scoring-model.json")) {
      if (in == null) {
        throw new IllegalStateException("scoring-model.json is missing from the classpath");
      }
      return ScoringModelJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read scoring-model.json", e);
    }
  }

  private static Map<String, String> segments() {
    Map<String, String> segments = new LinkedHashMap<>();
    segments.put("hot leads", "score >= 30");
    segments.put("grade A", "grade starts with \"A\"");
    segments.put(
        "decision makers",
        "jobTitle contains \"VP\" or jobTitle contains \"Head of\" or jobTitle = \"CTO\""
            + " or jobTitle = \"CFO\"");
    segments.put("customers", "orderCount >= 1");
    segments.put("big spenders", "orderValue >= 5000");
    segments.put("visited the site lately", "has activity \"page_visit\" within last 30 days");
    segments.put("webinar audience", "has tag \"webinar\"");
    segments.put(
        "engaged decision makers", "in segment \"decision makers\" and in segment \"hot leads\"");
    return segments;
  }

  private static StageId stageId(String name) {
    return StageId.of(
        UUID.nameUUIDFromBytes(("crmkit-demo-stage:" + name).getBytes(StandardCharsets.UTF_8)));
  }
}
