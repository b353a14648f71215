package io.crmkit.scoring.predictive.evaluation;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.crmkit.scoring.predictive.Feature;
import io.crmkit.scoring.predictive.FeatureSchema;
import io.crmkit.scoring.predictive.FeatureValue;
import io.crmkit.scoring.predictive.Observation;
import io.crmkit.scoring.predictive.Outcome;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The UCI bank-marketing campaign (Moro, Cortez and Rita, 2014) as closed observations: a call that
 * ended in a term deposit is won. {@code duration} is left out because it is only known once the
 * call is over.
 */
final class BankMarketingData {

  static final String FILE = "bank-marketing/bank-full.csv";

  static final FeatureSchema SCHEMA =
      FeatureSchema.of(
          Feature.numeric("age", 10),
          Feature.categorical("job"),
          Feature.categorical("marital"),
          Feature.categorical("education"),
          Feature.categorical("default"),
          Feature.numeric("balance", 10),
          Feature.categorical("housing"),
          Feature.categorical("loan"),
          Feature.categorical("contact"),
          Feature.categorical("day"),
          Feature.categorical("month"),
          Feature.numeric("campaign", 8),
          Feature.categorical("contactedBefore"),
          Feature.numeric("pdays", 5),
          Feature.numeric("previous", 5),
          Feature.categorical("poutcome"),
          Feature.interaction("date", "month", "day"));

  private static final List<String> CATEGORIES =
      List.of(
          "job",
          "marital",
          "education",
          "default",
          "housing",
          "loan",
          "contact",
          "day",
          "month",
          "poutcome");
  private static final List<String> NUMBERS = List.of("age", "balance", "campaign", "previous");

  private BankMarketingData() {}

  /**
   * Reads the file, in its (date) order. The file has month and day but no year, so the
   * observations have no closing instant: the file's order is their time order.
   */
  static List<Observation> read(Path file) throws IOException {
    CsvSchema csv = CsvSchema.emptySchema().withHeader().withColumnSeparator(';');
    List<Observation> observations = new ArrayList<>();
    try (MappingIterator<Map<String, String>> rows =
        new CsvMapper().readerForMapOf(String.class).with(csv).readValues(file.toFile())) {
      while (rows.hasNext()) {
        Map<String, String> row = rows.next();
        observations.add(
            Observation.of(features(row), "yes".equals(row.get("y")) ? Outcome.WON : Outcome.LOST));
      }
    }
    return observations;
  }

  private static Map<String, FeatureValue> features(Map<String, String> row) {
    Map<String, FeatureValue> features = new HashMap<>();
    CATEGORIES.forEach(name -> features.put(name, FeatureValue.of(row.get(name))));
    NUMBERS.forEach(name -> features.put(name, FeatureValue.of(Double.parseDouble(row.get(name)))));
    // pdays = -1 means "never contacted": a flag, with the number of days only when there is one
    int pdays = Integer.parseInt(row.get("pdays"));
    features.put("contactedBefore", FeatureValue.of(pdays == -1 ? "no" : "yes"));
    if (pdays != -1) {
      features.put("pdays", FeatureValue.of(pdays));
    }
    return features;
  }
}
