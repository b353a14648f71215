package io.crmkit.scoring.predictive;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableMap;
import com.google.common.hash.Hashing;
import io.crmkit.core.FieldError;
import io.crmkit.core.ValidationException;
import io.crmkit.core.internal.FieldErrors;
import io.crmkit.core.internal.Numbers;
import io.crmkit.core.internal.Quoted;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A predictive model's document: the versioned JSON text that saves a trained {@link
 * LogisticRegressionModel} or {@link NaiveBayesModel} and restores it, so that a model trained once
 * can be kept with the host's data and used again after a restart, giving the same predictions and
 * explanations to the last bit.
 *
 * <pre>{@code
 * String json = model.toJson();                           // ModelDocument.write(model)
 * PredictiveModel restored = PredictiveModel.fromJson(json); // ModelDocument.read(json)
 * }</pre>
 *
 * <p>The document names its {@linkplain #FORMAT format} and {@linkplain #VERSION version}, holds
 * the model under {@code model} (its type, feature schema, learned bins and weights, and for a
 * {@link CalibratedModel} its calibration under {@code model.calibration}), and a {@code checksum}:
 * the SHA-256 of the model's canonical form. Reading refuses, with a {@link ValidationException}
 * naming the field, a document of another format or version, one whose structure or values are not
 * those of a model (unknown or missing fields, a coefficient for a level the feature does not have,
 * cut points out of order, numbers beyond {@value #MAX_MAGNITUDE} or outside a double's range), and
 * one whose model no longer matches its checksum. The checksum catches a document edited by hand or
 * damaged in storage; it is not a signature, and a host that must prove where a model came from
 * signs the document itself.
 *
 * <p>Hostile input is bounded before it is read: at most {@value #MAX_LENGTH} characters, nesting
 * at most {@value #MAX_DEPTH} deep, strings and field names of at most {@value #MAX_STRING_LENGTH}
 * characters, and numbers of at most {@value Numbers#MAX_TEXT_LENGTH} characters, read as exact
 * decimals and bounded before any conversion.
 *
 * @since 0.1
 */
public final class ModelDocument {

  /** The value of a document's {@code format} field. */
  public static final String FORMAT = "crmkit.predictive-model";

  /** The version of the document layout this library writes and reads. */
  public static final int VERSION = 1;

  /** The longest document read, in characters. */
  public static final int MAX_LENGTH = 16 * 1024 * 1024;

  /** The deepest nesting of arrays and objects read. */
  public static final int MAX_DEPTH = 16;

  /** The longest string or field name read. */
  public static final int MAX_STRING_LENGTH = 10_000;

  /**
   * The largest magnitude of a weight (intercept, prior, coefficient, log-likelihood ratio), in
   * log-odds; a weight of a million already makes a probability indistinguishable from certainty.
   */
  public static final double MAX_MAGNITUDE = 1e6;

  private static final String SUBJECT = "predictive model document";
  private static final String LOGISTIC = "logisticRegression";
  private static final String BAYES = "naiveBayes";
  private static final Pattern CHECKSUM = Pattern.compile("sha256:[0-9a-f]{64}");
  private static final int MAX_LABEL_LENGTH = 1_000;
  private static final int MAX_PATH_SHOWN = 200;
  private static final Set<String> DOCUMENT_FIELDS =
      Set.of("format", "version", "model", "checksum");
  private static final Set<String> LOGISTIC_FIELDS =
      Set.of("type", "features", "bins", "intercept", "coefficients", "scales", "calibration");
  private static final Set<String> SCALE_FIELDS = Set.of("feature", "mean", "deviation");
  private static final Set<String> BAYES_FIELDS =
      Set.of("type", "features", "bins", "prior", "evidence", "calibration");
  private static final String PLATT = "platt";
  private static final String ISOTONIC = "isotonic";
  private static final Set<String> PLATT_FIELDS = Set.of("method", "slope", "intercept");
  private static final Set<String> ISOTONIC_FIELDS = Set.of("method", "points");
  private static final Set<String> POINT_FIELDS = Set.of("rawLogOdds", "probability");
  private static final Set<String> FEATURE_FIELDS =
      Set.of("name", "type", "levels", "bins", "first", "second");
  private static final Set<String> BINS_FIELDS = Set.of("feature", "cuts");
  private static final Set<String> COEFFICIENT_FIELDS = Set.of("feature", "value", "coefficient");
  private static final Set<String> EVIDENCE_FIELDS =
      Set.of("feature", "value", "logLikelihoodRatio");

  private static final ObjectMapper JSON =
      new ObjectMapper(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxDocumentLength(MAX_LENGTH)
                          .maxNestingDepth(MAX_DEPTH)
                          .maxStringLength(MAX_STRING_LENGTH)
                          .maxNameLength(MAX_STRING_LENGTH)
                          .maxNumberLength(Numbers.MAX_TEXT_LENGTH)
                          .build())
                  .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                  .build())
          // numbers are read as written, as exact decimals, and bounded before they become doubles
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private ModelDocument() {}

  /**
   * Returns the document of {@code model}.
   *
   * @param model a model trained by this library; never null
   * @throws IllegalArgumentException if the model is of a type this library did not make
   */
  public static String write(PredictiveModel model) {
    requireNonNull(model, "model");
    ObjectNode content = content(model);
    ObjectNode root = JSON.createObjectNode();
    root.put("format", FORMAT);
    root.put("version", VERSION);
    root.set("model", content);
    root.put("checksum", checksum(content));
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree could not be written", e);
    }
  }

  /**
   * Returns the model {@code json} holds.
   *
   * @param json a document written by {@link #write}; never null
   * @throws ValidationException if it is not such a document of this version, or was changed since
   *     it was written; each error names its field, for example {@code model.coefficients[3].value}
   */
  public static PredictiveModel read(String json) {
    requireNonNull(json, "json");
    if (json.length() > MAX_LENGTH) {
      throw refused("document", null, "is longer than " + MAX_LENGTH + " characters");
    }
    JsonNode root = parse(json);
    if (root == null || !root.isObject()) {
      throw refused("document", null, "must be a JSON object");
    }
    FieldErrors errors = new FieldErrors();
    unknownFields(root, DOCUMENT_FIELDS, "", errors);
    JsonNode format = root.get("format");
    errors.require(
        format != null && format.isTextual() && format.asText().equals(FORMAT),
        "format",
        format == null ? null : format.asText(),
        "must be " + Quoted.of(FORMAT));
    JsonNode version = root.get("version");
    if (version == null || !version.isIntegralNumber()) {
      errors.require(false, "version", version, "must be the whole number " + VERSION);
    } else {
      errors.require(
          version.canConvertToInt() && version.intValue() == VERSION,
          "version",
          version.asText(),
          "is a version this library does not read: it reads version " + VERSION);
    }
    JsonNode checksum = root.get("checksum");
    errors.require(
        checksum != null && checksum.isTextual() && CHECKSUM.matcher(checksum.asText()).matches(),
        "checksum",
        checksum == null ? null : checksum.asText(),
        "must be sha256: and 64 lower-case hexadecimal digits");
    JsonNode model = root.get("model");
    errors.require(model != null && model.isObject(), "model", null, "must be a JSON object");
    errors.throwIfAny(SUBJECT);
    PredictiveModel restored = new Reader(errors).model(requireNonNull(model));
    errors.throwIfAny(SUBJECT);
    String expected = checksum(content(requireNonNull(restored)));
    errors.require(
        expected.equals(checksum.asText()),
        "checksum",
        checksum.asText(),
        "does not match the model: the document was changed after it was written");
    errors.throwIfAny(SUBJECT);
    return restored;
  }

  private static JsonNode parse(String json) {
    try (JsonParser parser = JSON.createParser(json)) {
      try {
        return JSON.readTree(parser);
      } catch (JsonProcessingException e) {
        throw refused(where(parser), null, "is not read: " + Quoted.shown(e.getOriginalMessage()));
      } catch (NumberFormatException exponentBeyondAnInt) {
        throw refused(
            where(parser),
            null,
            "holds a number whose exponent is out of range: "
                + Quoted.shown(String.valueOf(exponentBeyondAnInt.getMessage())));
      }
    } catch (IOException e) {
      throw refused("document", null, "is not read: " + Quoted.shown(String.valueOf(e)));
    }
  }

  /** Returns the path of the field the parser stopped in, as errors name fields. */
  private static String where(JsonParser parser) {
    String pointer =
        parser.getParsingContext() == null
            ? ""
            : parser.getParsingContext().pathAsPointer().toString();
    if (pointer.isEmpty()) {
      return "document";
    }
    StringBuilder path = new StringBuilder();
    for (String step : pointer.substring(1).split("/", -1)) {
      if (!step.isEmpty() && step.chars().allMatch(Character::isDigit)) {
        path.append('[').append(step).append(']');
      } else {
        path.append(path.length() == 0 ? "" : ".").append(step);
      }
    }
    return path.length() <= MAX_PATH_SHOWN
        ? path.toString()
        : path.substring(0, MAX_PATH_SHOWN) + "...";
  }

  private static ValidationException refused(String field, @Nullable Object value, String reason) {
    return new ValidationException(SUBJECT, List.of(FieldError.of(field, value, reason)));
  }

  private static void unknownFields(
      JsonNode node, Set<String> known, String path, FieldErrors errors) {
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      errors.require(
          known.contains(name), path + (path.isEmpty() ? "" : ".") + name, null, "is not a field");
    }
  }

  /** Returns the SHA-256 of the compact text of {@code content}, as {@code sha256:<hex>}. */
  private static String checksum(ObjectNode content) {
    try {
      byte[] canonical = JSON.writeValueAsString(content).getBytes(StandardCharsets.UTF_8);
      return "sha256:" + Hashing.sha256().hashBytes(canonical);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree could not be written", e);
    }
  }

  /** Returns the canonical form of {@code model}: what its document holds under {@code model}. */
  private static ObjectNode content(PredictiveModel model) {
    if (model instanceof CalibratedModel calibrated) {
      if (calibrated.base() instanceof CalibratedModel) {
        throw new IllegalArgumentException("cannot write a model calibrated twice");
      }
      ObjectNode content = content(calibrated.base());
      ObjectNode calibration = content.putObject("calibration");
      if (calibrated.calibration() instanceof PlattScaling platt) {
        calibration
            .put("method", PLATT)
            .put("slope", platt.slope())
            .put("intercept", platt.intercept());
      } else if (calibrated.calibration() instanceof IsotonicCalibration isotonic) {
        ArrayNode points = calibration.put("method", ISOTONIC).putArray("points");
        isotonic
            .points()
            .forEach(
                point ->
                    points
                        .addObject()
                        .put("rawLogOdds", point.rawLogOdds())
                        .put("probability", point.probability()));
      }
      return content;
    }
    ObjectNode content = JSON.createObjectNode();
    if (model instanceof LogisticRegressionModel logistic) {
      content.put("type", LOGISTIC);
      writeSchema(logistic.schema(), logistic.layout().discretisation(), content);
      content.put("intercept", logistic.intercept());
      ArrayNode coefficients = content.putArray("coefficients");
      logistic
          .layout()
          .columns()
          .forEach(
              (feature, columns) ->
                  columns.forEach(
                      (label, column) ->
                          coefficients
                              .addObject()
                              .put("feature", feature)
                              .put("value", label)
                              .put("coefficient", logistic.coefficient(column))));
      if (!logistic.layout().scales().isEmpty()) {
        ArrayNode scales = content.putArray("scales");
        logistic
            .layout()
            .scales()
            .forEach(
                (feature, scale) ->
                    scales
                        .addObject()
                        .put("feature", feature)
                        .put("mean", scale.mean())
                        .put("deviation", scale.deviation()));
      }
    } else if (model instanceof NaiveBayesModel bayes) {
      content.put("type", BAYES);
      writeSchema(bayes.schema(), bayes.discretisation(), content);
      content.put("prior", bayes.priorLogOdds());
      ArrayNode evidence = content.putArray("evidence");
      bayes
          .evidence()
          .forEach(
              (feature, ratios) ->
                  ratios.forEach(
                      (label, ratio) ->
                          evidence
                              .addObject()
                              .put("feature", feature)
                              .put("value", label)
                              .put("logLikelihoodRatio", ratio)));
    } else {
      throw new IllegalArgumentException(
          "cannot write a model of type " + model.getClass().getName());
    }
    return content;
  }

  private static void writeSchema(
      FeatureSchema schema, Discretisation discretisation, ObjectNode content) {
    ArrayNode features = content.putArray("features");
    for (Feature feature : schema.features()) {
      ObjectNode node = features.addObject().put("name", feature.name());
      if (feature instanceof Feature.Categorical) {
        node.put("type", "categorical");
      } else if (feature instanceof Feature.Ordinal ordinal) {
        node.put("type", "ordinal");
        ordinal.levels().forEach(node.putArray("levels")::add);
      } else if (feature instanceof Feature.Numeric numeric) {
        node.put("type", "numeric").put("bins", numeric.bins());
      } else if (feature instanceof Feature.Linear) {
        node.put("type", "linear");
      } else if (feature instanceof Feature.Interaction interaction) {
        node.put("type", "interaction")
            .put("first", interaction.first())
            .put("second", interaction.second());
      }
    }
    ArrayNode bins = content.putArray("bins");
    discretisation
        .allBins()
        .forEach(
            (feature, featureBins) -> {
              ArrayNode cuts = bins.addObject().put("feature", feature).putArray("cuts");
              for (double cut : featureBins.cuts()) {
                cuts.add(cut);
              }
            });
  }

  /** Reads the {@code model} object of a document, recording every problem found. */
  private static final class Reader {

    private final FieldErrors errors;

    Reader(FieldErrors errors) {
      this.errors = errors;
    }

    @Nullable PredictiveModel model(JsonNode model) {
      PredictiveModel base = base(model);
      JsonNode calibration = model.get("calibration");
      if (base == null || calibration == null) {
        return base;
      }
      Calibration read = calibration(calibration);
      return read == null ? null : new CalibratedModel(base, read);
    }

    private @Nullable Calibration calibration(JsonNode calibration) {
      String path = "model.calibration";
      if (!calibration.isObject()) {
        errors.require(false, path, null, "must be a JSON object");
        return null;
      }
      String method = text(calibration, "method", path + ".method");
      if (PLATT.equals(method)) {
        unknownFields(calibration, PLATT_FIELDS, path, errors);
        Double slope = number(calibration, "slope", path + ".slope", MAX_MAGNITUDE);
        Double intercept = number(calibration, "intercept", path + ".intercept", MAX_MAGNITUDE);
        return slope == null || intercept == null
            ? null
            : errors.attempt(path + ".slope", slope, () -> new PlattScaling(slope, intercept));
      }
      if (ISOTONIC.equals(method)) {
        unknownFields(calibration, ISOTONIC_FIELDS, path, errors);
        JsonNode points = array(calibration, "points", path + ".points");
        if (points == null) {
          return null;
        }
        List<IsotonicCalibration.Point> read = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
          String at = path + ".points[" + i + "]";
          JsonNode node = points.get(i);
          if (!node.isObject()) {
            errors.require(false, at, null, "must be a JSON object");
            continue;
          }
          unknownFields(node, POINT_FIELDS, at, errors);
          Double raw = number(node, "rawLogOdds", at + ".rawLogOdds", MAX_MAGNITUDE);
          Double probability = number(node, "probability", at + ".probability", 1);
          if (raw != null && probability != null) {
            IsotonicCalibration.Point point =
                errors.attempt(
                    at, probability, () -> new IsotonicCalibration.Point(raw, probability));
            if (point != null) {
              read.add(point);
            }
          }
        }
        return errors.isEmpty()
            ? errors.attempt(path + ".points", null, () -> IsotonicCalibration.of(read))
            : null;
      }
      if (method != null) {
        errors.require(
            false,
            path + ".method",
            method,
            "must be " + Quoted.of(PLATT) + " or " + Quoted.of(ISOTONIC));
      }
      return null;
    }

    private @Nullable PredictiveModel base(JsonNode model) {
      JsonNode type = model.get("type");
      String kind = type != null && type.isTextual() ? type.asText() : "";
      boolean logistic = kind.equals(LOGISTIC);
      if (!logistic && !kind.equals(BAYES)) {
        errors.require(
            false,
            "model.type",
            type == null ? null : type.asText(),
            "must be " + Quoted.of(LOGISTIC) + " or " + Quoted.of(BAYES));
        return null;
      }
      unknownFields(model, logistic ? LOGISTIC_FIELDS : BAYES_FIELDS, "model", errors);
      FeatureSchema schema = schema(model);
      if (schema == null) {
        return null;
      }
      Discretisation discretisation = discretisation(schema, model);
      if (logistic) {
        Double intercept = number(model, "intercept", "model.intercept", MAX_MAGNITUDE);
        Map<String, List<String>> labels = new LinkedHashMap<>();
        List<Double> weights = new ArrayList<>();
        weights(schema, model, "coefficients", "coefficient", labels, weights);
        Map<String, IndicatorLayout.Scale> scales = scales(schema, model);
        if (discretisation == null || intercept == null || !errors.isEmpty()) {
          return null;
        }
        IndicatorLayout layout = IndicatorLayout.restore(schema, discretisation, labels, scales);
        double[] coefficients = new double[weights.size() + 1];
        coefficients[IndicatorLayout.INTERCEPT] = intercept;
        for (int i = 0; i < weights.size(); i++) {
          coefficients[i + 1] = weights.get(i);
        }
        return new LogisticRegressionModel(schema, layout, coefficients);
      }
      errors.require(
          schema.features().stream().noneMatch(Feature.Linear.class::isInstance),
          "model.features",
          null,
          "has a linear feature, which naive Bayes does not read");
      Double prior = number(model, "prior", "model.prior", MAX_MAGNITUDE);
      Map<String, List<String>> labels = new LinkedHashMap<>();
      List<Double> weights = new ArrayList<>();
      weights(schema, model, "evidence", "logLikelihoodRatio", labels, weights);
      if (discretisation == null || prior == null || !errors.isEmpty()) {
        return null;
      }
      ImmutableMap.Builder<String, Map<String, Double>> evidence = ImmutableMap.builder();
      int next = 0;
      for (Feature feature : schema.features()) {
        ImmutableMap.Builder<String, Double> ratios = ImmutableMap.builder();
        for (String label : labels.getOrDefault(feature.name(), List.of())) {
          ratios.put(label, weights.get(next++));
        }
        evidence.put(feature.name(), ratios.build());
      }
      return new NaiveBayesModel(schema, discretisation, prior, evidence.build());
    }

    private @Nullable FeatureSchema schema(JsonNode model) {
      JsonNode features = array(model, "features", "model.features");
      if (features == null) {
        return null;
      }
      List<Feature> read = new ArrayList<>();
      for (int i = 0; i < features.size(); i++) {
        String path = "model.features[" + i + "]";
        JsonNode node = features.get(i);
        if (!node.isObject()) {
          errors.require(false, path, null, "must be a JSON object");
          continue;
        }
        unknownFields(node, FEATURE_FIELDS, path, errors);
        String name = text(node, "name", path + ".name");
        String type = text(node, "type", path + ".type");
        if (name == null || type == null) {
          continue;
        }
        Feature feature =
            switch (type) {
              case "categorical" ->
                  errors.attempt(path + ".name", name, () -> Feature.categorical(name));
              case "linear" -> errors.attempt(path + ".name", name, () -> Feature.linear(name));
              case "ordinal" -> {
                List<String> levels = texts(node, "levels", path + ".levels");
                yield levels == null
                    ? null
                    : errors.attempt(path + ".levels", levels, () -> Feature.ordinal(name, levels));
              }
              case "numeric" -> {
                JsonNode bins = node.get("bins");
                if (bins == null || !bins.isIntegralNumber() || !bins.canConvertToInt()) {
                  errors.require(false, path + ".bins", bins, "must be a whole number");
                  yield null;
                }
                yield errors.attempt(
                    path + ".bins", bins.asText(), () -> Feature.numeric(name, bins.intValue()));
              }
              case "interaction" -> {
                String first = text(node, "first", path + ".first");
                String second = text(node, "second", path + ".second");
                yield first == null || second == null
                    ? null
                    : errors.attempt(path, name, () -> Feature.interaction(name, first, second));
              }
              default -> {
                errors.require(
                    false,
                    path + ".type",
                    type,
                    "must be categorical, ordinal, numeric, linear or interaction");
                yield null;
              }
            };
        if (feature != null) {
          read.add(feature);
        }
      }
      if (!errors.isEmpty()) {
        return null;
      }
      return errors.attempt("model.features", null, () -> FeatureSchema.of(read));
    }

    private @Nullable Discretisation discretisation(FeatureSchema schema, JsonNode model) {
      JsonNode bins = array(model, "bins", "model.bins");
      if (bins == null) {
        return null;
      }
      Map<String, QuantileBins> byFeature = new LinkedHashMap<>();
      for (int i = 0; i < bins.size(); i++) {
        String path = "model.bins[" + i + "]";
        JsonNode node = bins.get(i);
        if (!node.isObject()) {
          errors.require(false, path, null, "must be a JSON object");
          continue;
        }
        unknownFields(node, BINS_FIELDS, path, errors);
        String name = text(node, "feature", path + ".feature");
        JsonNode cuts = array(node, "cuts", path + ".cuts");
        if (name == null || cuts == null) {
          continue;
        }
        Feature feature = schema.feature(name).orElse(null);
        if (!(feature instanceof Feature.Numeric numeric)) {
          errors.require(false, path + ".feature", name, "is not a numeric feature of the schema");
          continue;
        }
        errors.require(!byFeature.containsKey(name), path + ".feature", name, "has bins already");
        errors.require(
            cuts.size() < numeric.bins(),
            path + ".cuts",
            null,
            "has " + cuts.size() + " cuts; the feature has at most " + numeric.bins() + " bins");
        double[] values = new double[cuts.size()];
        boolean valid = true;
        for (int c = 0; c < cuts.size(); c++) {
          Double cut = number(cuts.get(c), path + ".cuts[" + c + "]", Double.MAX_VALUE);
          if (cut == null) {
            valid = false;
          } else {
            values[c] = cut;
            if (c > 0 && !(values[c] > values[c - 1])) {
              errors.require(false, path + ".cuts[" + c + "]", cut, "must exceed the cut before");
              valid = false;
            }
          }
        }
        if (valid) {
          byFeature.put(name, QuantileBins.restore(values));
        }
      }
      ImmutableMap.Builder<String, QuantileBins> ordered = ImmutableMap.builder();
      for (Feature feature : schema.features()) {
        if (feature instanceof Feature.Numeric) {
          QuantileBins found = byFeature.get(feature.name());
          errors.require(found != null, "model.bins", feature.name(), "has no bins for it");
          if (found != null) {
            ordered.put(feature.name(), found);
          }
        }
      }
      return errors.isEmpty() ? Discretisation.restore(schema, ordered.build()) : null;
    }

    /**
     * Reads the weights of array {@code field}, each naming its feature and value, into {@code
     * labels} (per feature, in order) and {@code weights} (in schema order, then document order).
     * The entries must come feature by feature in schema order, as a model writes them.
     */
    private void weights(
        FeatureSchema schema,
        JsonNode model,
        String field,
        String weight,
        Map<String, List<String>> labels,
        List<Double> weights) {
      JsonNode entries = array(model, field, "model." + field);
      if (entries == null) {
        return;
      }
      List<String> names = schema.features().stream().map(Feature::name).toList();
      int lastFeature = 0;
      for (int i = 0; i < entries.size(); i++) {
        String path = "model." + field + "[" + i + "]";
        JsonNode node = entries.get(i);
        if (!node.isObject()) {
          errors.require(false, path, null, "must be a JSON object");
          continue;
        }
        unknownFields(
            node, field.equals("evidence") ? EVIDENCE_FIELDS : COEFFICIENT_FIELDS, path, errors);
        String name = text(node, "feature", path + ".feature");
        String label = text(node, "value", path + ".value");
        Double value = number(node, weight, path + "." + weight, MAX_MAGNITUDE);
        if (name == null || label == null || value == null) {
          continue;
        }
        int index = names.indexOf(name);
        if (index < 0) {
          errors.require(false, path + ".feature", name, "is not a feature of the schema");
          continue;
        }
        if (index < lastFeature) {
          errors.require(
              false, path + ".feature", name, "comes after a later feature of the schema");
          continue;
        }
        lastFeature = index;
        List<String> featureLabels = labels.computeIfAbsent(name, any -> new ArrayList<>());
        errors.require(
            label.length() <= MAX_LABEL_LENGTH && !label.isBlank(),
            path + ".value",
            label,
            "must be 1 to " + MAX_LABEL_LENGTH + " characters, not blank");
        errors.require(!featureLabels.contains(label), path + ".value", label, "is given twice");
        Feature feature = schema.features().get(index);
        if (feature instanceof Feature.Ordinal ordinal) {
          errors.require(
              ordinal.rank(label) >= 0, path + ".value", label, "is not a level of the feature");
        }
        featureLabels.add(label);
        weights.add(value);
      }
      if (field.equals("coefficients")) {
        // a logistic regression has a column for every level of an ordinal above its lowest,
        // and one for every linear feature
        for (Feature feature : schema.features()) {
          if (feature instanceof Feature.Linear) {
            errors.require(
                labels
                    .getOrDefault(feature.name(), List.of())
                    .equals(List.of(IndicatorLayout.LINEAR)),
                "model.coefficients",
                feature.name(),
                "must give the one value " + Quoted.of(IndicatorLayout.LINEAR));
          }
          if (feature instanceof Feature.Ordinal ordinal) {
            List<String> expected = ordinal.levels().subList(1, ordinal.levels().size());
            errors.require(
                labels.getOrDefault(feature.name(), List.of()).equals(expected),
                "model.coefficients",
                feature.name(),
                "must give the levels above the lowest, in order: " + expected);
          }
        }
      }
    }

    /** Reads the scale of every linear feature, in schema order. */
    private Map<String, IndicatorLayout.Scale> scales(FeatureSchema schema, JsonNode model) {
      Map<String, IndicatorLayout.Scale> read = new LinkedHashMap<>();
      JsonNode entries =
          model.get("scales") == null ? null : array(model, "scales", "model.scales");
      for (int i = 0; entries != null && i < entries.size(); i++) {
        String path = "model.scales[" + i + "]";
        JsonNode node = entries.get(i);
        if (!node.isObject()) {
          errors.require(false, path, null, "must be a JSON object");
          continue;
        }
        unknownFields(node, SCALE_FIELDS, path, errors);
        String name = text(node, "feature", path + ".feature");
        Double mean = number(node, "mean", path + ".mean", Double.MAX_VALUE);
        Double deviation = number(node, "deviation", path + ".deviation", Double.MAX_VALUE);
        if (name == null || mean == null || deviation == null) {
          continue;
        }
        boolean linear = schema.feature(name).orElse(null) instanceof Feature.Linear;
        errors.require(linear, path + ".feature", name, "is not a linear feature of the schema");
        errors.require(!read.containsKey(name), path + ".feature", name, "has a scale already");
        errors.require(deviation > 0, path + ".deviation", deviation, "must be positive");
        if (linear && deviation > 0) {
          read.put(name, new IndicatorLayout.Scale(mean, deviation));
        }
      }
      Map<String, IndicatorLayout.Scale> ordered = new LinkedHashMap<>();
      for (Feature feature : schema.features()) {
        if (feature instanceof Feature.Linear) {
          IndicatorLayout.Scale scale = read.get(feature.name());
          errors.require(scale != null, "model.scales", feature.name(), "has no scale for it");
          if (scale != null) {
            ordered.put(feature.name(), scale);
          }
        }
      }
      return ordered;
    }

    private @Nullable JsonNode array(JsonNode parent, String name, String path) {
      JsonNode node = parent.get(name);
      errors.require(node != null && node.isArray(), path, null, "must be a JSON array");
      return node != null && node.isArray() ? node : null;
    }

    private @Nullable String text(JsonNode parent, String name, String path) {
      JsonNode node = parent.get(name);
      errors.require(node != null && node.isTextual(), path, null, "must be a string");
      return node != null && node.isTextual() ? node.asText() : null;
    }

    private @Nullable List<String> texts(JsonNode parent, String name, String path) {
      JsonNode node = array(parent, name, path);
      if (node == null) {
        return null;
      }
      List<String> texts = new ArrayList<>();
      for (int i = 0; i < node.size(); i++) {
        String text = text(node, i, path + "[" + i + "]");
        if (text == null) {
          return null;
        }
        texts.add(text);
      }
      return texts;
    }

    private @Nullable String text(JsonNode array, int index, String path) {
      JsonNode node = array.get(index);
      errors.require(node.isTextual(), path, null, "must be a string");
      return node.isTextual() ? node.asText() : null;
    }

    private @Nullable Double number(JsonNode parent, String name, String path, double max) {
      JsonNode node = parent.get(name);
      if (node == null) {
        errors.require(false, path, null, "is required");
        return null;
      }
      return number(node, path, max);
    }

    /**
     * Returns the double {@code node} holds, bounded before it is converted: at most {@value
     * Numbers#MAX_WRITTEN_DIGITS} digits, within a double's range, at most {@code max} in
     * magnitude.
     */
    private @Nullable Double number(JsonNode node, String path, double max) {
      if (!node.isNumber()) {
        errors.require(false, path, node.isValueNode() ? node.asText() : null, "must be a number");
        return null;
      }
      BigDecimal exact = node.decimalValue();
      if (exact.precision() > Numbers.MAX_WRITTEN_DIGITS) {
        errors.require(
            false, path, exact, "has more than " + Numbers.MAX_WRITTEN_DIGITS + " digits");
        return null;
      }
      // the exponent of the leading digit, in long arithmetic: precision - scale overflows an int
      long exponent = (long) exact.precision() - exact.scale() - 1;
      if (exact.signum() != 0 && (exponent > 308 || exponent < -307)) {
        errors.require(false, path, exact, "is outside the range of a double");
        return null;
      }
      double value = exact.doubleValue();
      if (!(Math.abs(value) <= max)) {
        errors.require(false, path, exact, "must be at most " + max + " in magnitude");
        return null;
      }
      return value;
    }
  }
}
