package io.crmkit.benchmarks.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.crmkit.core.fixtures.EvaluationReport;
import io.crmkit.scoring.matching.DuplicateScan;
import io.crmkit.scoring.matching.LinkageQuality;
import io.crmkit.scoring.matching.MatchConfiguration;
import io.crmkit.scoring.matching.RecordLinkage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The evaluation of EVALUATION.md: the default configurations, untouched, on the public data sets
 * with ground truth; pairwise and transitive (cluster) precision, recall and F1 against the
 * targets. Skips when the data folder is absent.
 */
class DuplicateDetectionEvaluationTests {

  private static final EvaluationReport REPORT =
      EvaluationReport.of(DuplicateDetectionEvaluationTests.class);

  static final List<String> FEBRL = PublicDataSets.FEBRL;

  @ParameterizedTest
  @FieldSource("FEBRL")
  void findsTheFebrlDuplicatesWithTheDefaultPeopleConfiguration(String name) throws IOException {
    Path file = PublicDataSets.febrlFile(dataDir(), name);
    assumeTrue(Files.isReadable(file), () -> "no Febrl file at " + file);
    LabelledRecords data = PublicDataSets.febrl(file);

    Outcome outcome = evaluate(data, MatchConfiguration.people());

    assertThat(outcome.pairs().f1()).isGreaterThanOrEqualTo(0.98);
    assertThat(outcome.clusters().f1()).isGreaterThanOrEqualTo(0.98);
  }

  @Test
  void findsTheRestaurantDuplicatesWithTheDefaultOrganisationConfiguration() throws IOException {
    Path file = PublicDataSets.restaurantFile(dataDir());
    assumeTrue(Files.isReadable(file), () -> "no restaurant file at " + file);
    LabelledRecords data = PublicDataSets.restaurants(file);

    Outcome outcome = evaluate(data, MatchConfiguration.organisations());

    assertThat(outcome.pairs().f1()).isGreaterThanOrEqualTo(0.95);
    // the target is pairwise; single-linkage clusters chain the hotel restaurants (EVALUATION.md)
    assertThat(outcome.clusters().f1()).isGreaterThanOrEqualTo(0.85);
  }

  record Outcome(LinkageQuality pairs, LinkageQuality clusters) {}

  private static Outcome evaluate(LabelledRecords data, MatchConfiguration configuration) {
    DuplicateScan<String> scan = RecordLinkage.with(configuration).scan(data.records());
    LinkageQuality pairs =
        LinkageQuality.ofPairs(scan.matches(), data.ids(), id -> data.partyOf().get(id));
    LinkageQuality clusters =
        LinkageQuality.ofClusters(scan.clusters(), data.ids(), id -> data.partyOf().get(id));
    REPORT.line(
        "%s: %d records, %d true pairs, %d candidate pairs (%s)%n"
            + "  pairs:    precision %.4f recall %.4f F1 %.4f (tp %d, fp %d, fn %d)%n"
            + "  clusters: precision %.4f recall %.4f F1 %.4f (tp %d, fp %d, fn %d)%n"
            + "  prior %.3g, model %s",
        data.name(),
        data.records().size(),
        data.truePairs(),
        scan.plan().candidatePairs(),
        scan.plan().rules().stream()
            .map(r -> r.rule().name() + " " + r.pairs() + "/" + r.newPairs())
            .reduce((a, b) -> a + ", " + b)
            .orElse(""),
        pairs.precision(),
        pairs.recall(),
        pairs.f1(),
        pairs.truePositives(),
        pairs.falsePositives(),
        pairs.falseNegatives(),
        clusters.precision(),
        clusters.recall(),
        clusters.f1(),
        clusters.truePositives(),
        clusters.falsePositives(),
        clusters.falseNegatives(),
        scan.model().matchPrior(),
        scan.model().fields());
    return new Outcome(pairs, clusters);
  }

  private static Path dataDir() {
    return PublicDataSets.dataDir()
        .orElseGet(
            () -> {
              assumeTrue(false, "crmkit.data.dir is not set or absent");
              return Path.of(".");
            });
  }
}
