package io.crmkit.scoring.predictive;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crmkit.core.FieldError;
import io.crmkit.core.ValidationException;
import io.crmkit.core.internal.FieldErrors;
import io.crmkit.core.internal.Quoted;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A feature document: the features a predictive model learns from, declared as JSON rather than
 * code, each reading one {@linkplain RecordFacts fact} of the tenant's records (a deal's field, a
 * custom field, an engagement count) with its kind and what a missing value counts as.
 *
 * <pre>{@code
 * {
 *   "format": "crmkit.feature-document",
 *   "version": 1,
 *   "features": [
 *     { "name": "amount", "from": "deal.amount", "kind": "numeric", "bins": 5, "missing": null },
 *     { "name": "calls", "from": "activities.call", "kind": "numeric", "bins": 3, "missing": 0 },
 *     { "name": "source", "from": "deal.source", "kind": "categorical", "missing": "unknown" },
 *     { "name": "tier", "from": "deal.custom.tier", "kind": "ordinal",
 *       "levels": ["bronze", "silver", "gold"], "missing": null }
 *   ]
 * }
 * }</pre>
 *
 * <p>Every feature states {@code missing}: {@code null} when a record without the fact gives no
 * evidence, a category (or level) or a number when it counts as that value, such as 0 calls. A
 * numeric feature is cut into at most {@code bins} quantile bins learned in training; a {@code
 * linear} one is read as the number itself ({@link Feature#linear}); a number may be declared both
 * ways, as two features of one path. {@link #infer} drafts a document from the data, which {@link
 * #toJson} writes for a person to edit and {@link #read} reads back.
 *
 * @since 0.1
 */
public final class FeatureDocument {

  /** The value of a document's {@code format} field. */
  public static final String FORMAT = "crmkit.feature-document";

  /** The version of the document layout this library writes and reads. */
  public static final int VERSION = 1;

  /** The longest document read, in characters. */
  public static final int MAX_LENGTH = 1024 * 1024;

  /** The most bins {@link #infer} asks of a numeric feature. */
  public static final int INFERRED_BINS = 5;

  private static final String SUBJECT = "feature document";
  private static final Set<String> DOCUMENT_FIELDS = Set.of("format", "version", "features");
  private static final Set<String> FEATURE_FIELDS =
      Set.of("name", "from", "kind", "bins", "levels", "missing");

  private static final ObjectMapper JSON =
      new ObjectMapper(
          JsonFactory.builder()
              .streamReadConstraints(
                  StreamReadConstraints.builder()
                      .maxDocumentLength(MAX_LENGTH)
                      .maxNestingDepth(8)
                      .maxStringLength(10_000)
                      .maxNumberLength(100)
                      .build())
              .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
              .build());

  private final List<DeclaredFeature> features;
  private final FeatureSchema schema;

  private FeatureDocument(List<DeclaredFeature> features) {
    this.features = List.copyOf(features);
    this.schema = FeatureSchema.of(this.features.stream().map(DeclaredFeature::feature).toList());
  }

  /** Returns the document of {@code features}: at least one, with unique names. */
  public static FeatureDocument of(List<DeclaredFeature> features) {
    requireNonNull(features, "declared features");
    features.forEach(feature -> requireNonNull(feature, "declared feature"));
    return new FeatureDocument(features);
  }

  /** Returns the declared features, in document order. */
  public List<DeclaredFeature> features() {
    return features;
  }

  /** Returns the schema of the features, for the trainers. */
  public FeatureSchema schema() {
    return schema;
  }

  /**
   * Returns the feature values of a record with {@code facts} (by fact path, as {@link RecordFacts}
   * reads them), missing facts replaced as each feature declares.
   *
   * @throws IllegalArgumentException naming the path and the value of a fact that does not fit its
   *     feature
   */
  public Map<String, FeatureValue> values(Map<String, FeatureValue> facts) {
    requireNonNull(facts, "facts");
    Map<String, FeatureValue> values = new HashMap<>();
    for (DeclaredFeature feature : features) {
      FeatureValue value = feature.value(facts.get(feature.from()));
      if (value != null) {
        values.put(feature.name(), value);
      }
    }
    return values;
  }

  /**
   * Returns a draft document for records with {@code facts}: one feature per fact path seen, named
   * after it, numeric when every value is a number (cut into at most {@value #INFERRED_BINS} bins,
   * fewer where the quantiles of the values coincide) and categorical otherwise; an engagement
   * count ({@code activities.}, {@code campaign.}) counts 0 when missing, any other fact gives no
   * evidence. A fact with a single value in every record (a constant) says nothing and is left out.
   *
   * @param facts the facts of each record, by path, as {@link RecordFacts} reads them
   * @throws IllegalArgumentException if no fact varies, or a path is not one {@link RecordFacts}
   *     supplies
   */
  public static FeatureDocument infer(List<Map<String, FeatureValue>> facts) {
    requireNonNull(facts, "facts");
    Map<String, List<FeatureValue>> byPath = new TreeMap<>();
    for (Map<String, FeatureValue> record : facts) {
      requireNonNull(record, "facts of a record")
          .forEach(
              (path, value) -> byPath.computeIfAbsent(path, any -> new ArrayList<>()).add(value));
    }
    List<DeclaredFeature> declared = new ArrayList<>();
    byPath.forEach(
        (path, values) -> {
          boolean count = path.startsWith("activities.") || path.startsWith("campaign.");
          boolean numeric = values.stream().allMatch(FeatureValue.Numeric.class::isInstance);
          List<FeatureValue> all = new ArrayList<>(values);
          while (count && all.size() < facts.size()) {
            all.add(FeatureValue.of(0));
          }
          boolean varies = new HashSet<>(all).size() > 1 || all.size() < facts.size();
          if (!varies) {
            return;
          }
          if (numeric) {
            double[] numbers =
                all.stream().mapToDouble(v -> ((FeatureValue.Numeric) v).value()).toArray();
            int bins = Math.max(2, QuantileBins.learn(numbers, INFERRED_BINS).count());
            declared.add(
                new DeclaredFeature(
                    Feature.numeric(path, bins), path, count ? FeatureValue.of(0) : null));
          } else {
            declared.add(new DeclaredFeature(Feature.categorical(path), path, null));
          }
        });
    checkArgument(
        !declared.isEmpty(),
        "no fact varies among the %s records: nothing to learn from",
        facts.size());
    return new FeatureDocument(declared);
  }

  /** Returns the document as JSON text, which {@link #read} reads back to an equal document. */
  public String toJson() {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", FORMAT);
    root.put("version", VERSION);
    ArrayNode array = root.putArray("features");
    for (DeclaredFeature declared : features) {
      ObjectNode node = array.addObject().put("name", declared.name()).put("from", declared.from());
      Feature feature = declared.feature();
      if (feature instanceof Feature.Numeric numeric) {
        node.put("kind", "numeric").put("bins", numeric.bins());
      } else if (feature instanceof Feature.Linear) {
        node.put("kind", "linear");
      } else if (feature instanceof Feature.Ordinal ordinal) {
        node.put("kind", "ordinal");
        ordinal.levels().forEach(node.putArray("levels")::add);
      } else {
        node.put("kind", "categorical");
      }
      FeatureValue missing = declared.missing();
      if (missing == null) {
        node.putNull("missing");
      } else if (missing instanceof FeatureValue.Numeric number) {
        node.put("missing", number.value());
      } else {
        node.put("missing", missing.toString());
      }
    }
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree could not be written", e);
    }
  }

  /**
   * Returns the document {@code json} holds.
   *
   * @param json a feature document; never null
   * @throws ValidationException if it is not one, with every problem found, each naming its path
   *     and value, such as {@code features[2].kind} or {@code features[0].from}
   */
  public static FeatureDocument read(String json) {
    requireNonNull(json, "json");
    JsonNode root;
    try {
      root = json.length() > MAX_LENGTH ? null : JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw refused("document", "is not read: " + Quoted.shown(e.getOriginalMessage()));
    }
    if (root == null || !root.isObject()) {
      throw refused("document", "must be a JSON object of at most " + MAX_LENGTH + " characters");
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
    errors.require(
        version != null && version.isIntegralNumber() && version.asText().equals("" + VERSION),
        "version",
        version == null ? null : version.asText(),
        "must be " + VERSION + ", the version this library reads");
    JsonNode array = root.get("features");
    List<DeclaredFeature> declared = new ArrayList<>();
    if (array == null || !array.isArray() || array.isEmpty()) {
      errors.require(false, "features", null, "must be a JSON array of at least one feature");
    } else {
      for (int i = 0; i < array.size(); i++) {
        DeclaredFeature feature = feature(array.get(i), "features[" + i + "]", errors);
        if (feature != null) {
          declared.add(feature);
        }
      }
    }
    errors.throwIfAny(SUBJECT);
    FeatureDocument document =
        errors.attempt("features", null, () -> new FeatureDocument(declared));
    errors.throwIfAny(SUBJECT);
    return requireNonNull(document);
  }

  private static @Nullable DeclaredFeature feature(JsonNode node, String path, FieldErrors errors) {
    if (!node.isObject()) {
      errors.require(false, path, null, "must be a JSON object");
      return null;
    }
    unknownFields(node, FEATURE_FIELDS, path, errors);
    String name = text(node, "name", path, errors);
    String from = text(node, "from", path, errors);
    String kind = text(node, "kind", path, errors);
    String checkedFrom =
        from == null
            ? null
            : errors.attempt(
                path + ".from",
                from,
                () -> {
                  RecordFacts.checkPath(from);
                  return from;
                });
    JsonNode missingNode = node.get("missing");
    boolean missingRead =
        missingNode != null
            && (missingNode.isNull() || missingNode.isTextual() || missingNode.isNumber());
    errors.require(
        missingRead,
        path + ".missing",
        missingNode == null ? null : missingNode.toString(),
        "must be null (no evidence), a category or a number");
    if (name == null || checkedFrom == null || kind == null || !missingRead) {
      return null;
    }
    Feature feature =
        switch (kind) {
          case "categorical" ->
              errors.attempt(path + ".name", name, () -> Feature.categorical(name));
          case "linear" -> errors.attempt(path + ".name", name, () -> Feature.linear(name));
          case "numeric" -> {
            JsonNode bins = node.get("bins");
            if (bins == null || !bins.isIntegralNumber() || !bins.canConvertToInt()) {
              errors.require(
                  false,
                  path + ".bins",
                  bins == null ? null : bins.toString(),
                  "must be a whole number");
              yield null;
            }
            yield errors.attempt(
                path + ".bins", bins.asText(), () -> Feature.numeric(name, bins.intValue()));
          }
          case "ordinal" -> {
            JsonNode levels = node.get("levels");
            List<String> read = new ArrayList<>();
            if (levels != null && levels.isArray()) {
              levels.forEach(level -> read.add(level.isTextual() ? level.asText() : ""));
            }
            yield errors.attempt(
                path + ".levels",
                levels == null ? null : levels.toString(),
                () -> Feature.ordinal(name, read));
          }
          default -> {
            errors.require(
                false, path + ".kind", kind, "must be categorical, ordinal, numeric or linear");
            yield null;
          }
        };
    if (feature == null) {
      return null;
    }
    errors.require(
        feature instanceof Feature.Numeric || node.get("bins") == null,
        path + ".bins",
        node.get("bins") == null ? null : node.get("bins").toString(),
        "is only for numeric features");
    errors.require(
        feature instanceof Feature.Ordinal || node.get("levels") == null,
        path + ".levels",
        null,
        "is only for ordinal features");
    return errors.attempt(
        path + ".missing",
        missingNode.toString(),
        () -> new DeclaredFeature(feature, checkedFrom, missing(missingNode)));
  }

  private static @Nullable FeatureValue missing(JsonNode node) {
    if (node.isNull()) {
      return null;
    }
    return node.isNumber() ? FeatureValue.of(node.doubleValue()) : FeatureValue.of(node.asText());
  }

  private static @Nullable String text(
      JsonNode node, String field, String path, FieldErrors errors) {
    JsonNode value = node.get(field);
    errors.require(
        value != null && value.isTextual(),
        path + "." + field,
        value == null ? null : value.toString(),
        "must be a string");
    return value != null && value.isTextual() ? value.asText() : null;
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

  private static ValidationException refused(String field, String reason) {
    return new ValidationException(SUBJECT, List.of(FieldError.of(field, null, reason)));
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof FeatureDocument document && features.equals(document.features);
  }

  @Override
  public int hashCode() {
    return features.hashCode();
  }

  @Override
  public String toString() {
    return "FeatureDocument" + features;
  }
}
