package io.crmkit.scoring.predictive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Any feature document reads back equal from the JSON it writes, and a document inferred from any
 * facts accepts the values of every record it was inferred from.
 */
class FeatureDocumentProperties {

  private static final List<String> PATHS =
      List.of(
          "deal.amount",
          "deal.source",
          "deal.custom.tier",
          "contact.custom.seats",
          "activities.call",
          "campaign.opened");

  private static final List<String> CATEGORIES = List.of("web", "fair", "0", "gold", "x y");

  /** One declared feature from the kind, bins, path, missing choice and a level count. */
  private static final Gen<DeclaredFeature> FEATURES =
      integers()
          .between(0, 2)
          .zip(
              integers().between(2, 100),
              integers().between(0, PATHS.size() - 1),
              integers().between(0, CATEGORIES.size()),
              (kind, bins, path, missing) -> declared(kind, bins, path, missing));

  private static final Gen<List<DeclaredFeature>> DOCUMENTS =
      lists().of(FEATURES).ofSizeBetween(1, 8);

  /** A fact: a number, a category, or nothing (the last index). */
  private static final Gen<List<Integer>> RECORDS =
      lists().of(integers().between(0, 2 * CATEGORIES.size())).ofSize(PATHS.size());

  private static DeclaredFeature declared(int kind, int bins, int path, int missing) {
    String name = "f" + kind + "_" + bins + "_" + path + "_" + missing;
    boolean none = missing == CATEGORIES.size();
    return switch (kind) {
      case 0 ->
          new DeclaredFeature(
              Feature.numeric(name, bins),
              PATHS.get(path),
              none ? null : FeatureValue.of(missing * 1.5 - 2));
      case 1 ->
          new DeclaredFeature(
              Feature.categorical(name),
              PATHS.get(path),
              none ? null : FeatureValue.of(CATEGORIES.get(missing)));
      default ->
          new DeclaredFeature(
              Feature.ordinal(name, CATEGORIES),
              PATHS.get(path),
              none ? null : FeatureValue.of(CATEGORIES.get(missing)));
    };
  }

  private static List<DeclaredFeature> uniqueNames(List<DeclaredFeature> features) {
    Map<String, DeclaredFeature> byName = new HashMap<>();
    features.forEach(feature -> byName.putIfAbsent(feature.name(), feature));
    return features.stream().filter(feature -> byName.get(feature.name()) == feature).toList();
  }

  @Test
  void aDocumentReadsBackEqualFromItsJson() {
    qt().withExamples(300)
        .forAll(DOCUMENTS.map(FeatureDocumentProperties::uniqueNames))
        .checkAssert(
            features -> {
              FeatureDocument document = FeatureDocument.of(features);

              assertThat(FeatureDocument.read(document.toJson())).isEqualTo(document);
            });
  }

  @Test
  void anInferredDocumentAcceptsEveryRecordItWasInferredFrom() {
    qt().withExamples(300)
        .forAll(lists().of(RECORDS).ofSizeBetween(2, 30), doubles().between(-1e6, 1e6))
        .assuming((records, scale) -> varies(facts(records, scale)))
        .checkAssert(
            (records, scale) -> {
              List<Map<String, FeatureValue>> facts = facts(records, scale);

              FeatureDocument inferred = FeatureDocument.infer(facts);

              assertThat(FeatureDocument.read(inferred.toJson())).isEqualTo(inferred);
              for (Map<String, FeatureValue> record : facts) {
                Map<String, FeatureValue> values = inferred.values(record);
                inferred.schema().check(values);
                assertThat(values.keySet())
                    .allSatisfy(name -> assertThat(inferred.schema().feature(name)).isPresent());
              }
            });
  }

  /**
   * Turns each record's codes into facts; a path is numeric in every record or categorical in every
   * record (a number code in a categorical path is read as its category), as custom fields are.
   */
  private static List<Map<String, FeatureValue>> facts(List<List<Integer>> records, double scale) {
    List<Map<String, FeatureValue>> facts = new ArrayList<>();
    for (List<Integer> codes : records) {
      Map<String, FeatureValue> record = new HashMap<>();
      for (int p = 0; p < PATHS.size(); p++) {
        int code = codes.get(p);
        if (code == 2 * CATEGORIES.size()) {
          continue;
        }
        boolean numericPath = p % 2 == 0 || PATHS.get(p).startsWith("activities.");
        record.put(
            PATHS.get(p),
            numericPath
                ? FeatureValue.of(code * scale)
                : FeatureValue.of(CATEGORIES.get(code % CATEGORIES.size())));
      }
      facts.add(record);
    }
    return facts;
  }

  private static boolean varies(List<Map<String, FeatureValue>> facts) {
    try {
      FeatureDocument.infer(facts);
      return true;
    } catch (IllegalArgumentException nothingVaries) {
      return false;
    }
  }
}
