package io.crmkit.scoring.rules;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crmkit.core.FieldError;
import io.crmkit.core.ValidationException;
import io.crmkit.core.internal.FieldErrors;
import io.crmkit.core.internal.Quoted;
import io.crmkit.core.party.LifecycleStage;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The JSON form of a {@link ScoringModel}, so that a tenant's model can be kept as a document and
 * edited outside the code:
 *
 * <pre>{@code
 * {
 *   "name": "inbound",
 *   "rules": [
 *     {"name": "vp", "kind": "jobTitleContains", "text": "VP", "points": 15},
 *     {"name": "clicks", "kind": "campaignEngagement", "engagement": "clicked",
 *      "points": 3, "cap": 15, "halfLife": "P30D"}
 *   ],
 *   "grading": {"fit": [40, 25, 10], "engagement": [50, 25, 10]},
 *   "thresholds": [{"points": 50, "stage": "MARKETING_QUALIFIED"}]
 * }
 * }</pre>
 *
 * <p>Condition kinds and their fields: {@code jobTitleContains} (text), {@code companyEmployees}
 * (min, max), {@code country} (countries), {@code tag} (tag), {@code customFieldEquals} (field,
 * value), {@code customFieldIn} (field, values), {@code customFieldBetween} (field, min, max),
 * {@code lifecycleStage} (stages), {@code pageVisit} (urlContains), {@code campaignEngagement}
 * (engagement), {@code formSubmission} (form, optional) and {@code activityType} (type). {@code
 * grading} and {@code thresholds} may be left out.
 *
 * @since 0.1
 */
public final class ScoringModelJson {

  /**
   * Numbers are read as written, as exact decimals: a double would turn {@code 1e400} into infinity
   * and {@code 1e-999999999} into zero, out of reach of the bounds every number is checked against.
   */
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private static final Set<String> MODEL_FIELDS = Set.of("name", "rules", "grading", "thresholds");
  private static final Set<String> RULE_FIELDS =
      Set.of("name", "kind", "points", "cap", "halfLife");
  private static final Set<String> GRADING_FIELDS = Set.of("fit", "engagement");
  private static final Set<String> THRESHOLD_FIELDS = Set.of("points", "stage");
  private static final String SUBJECT = "scoring model";

  private ScoringModelJson() {}

  /**
   * Returns the model written in {@code json}.
   *
   * @throws ValidationException listing every problem, each under its path such as {@code
   *     rules[3].points}
   */
  public static ScoringModel read(String json) {
    requireNonNull(json, "json");
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new ValidationException(
          SUBJECT,
          List.of(FieldError.of("document", null, "is not JSON: " + e.getOriginalMessage())));
    } catch (NumberFormatException exponentBeyondAnInt) {
      // Jackson reads an exact decimal as it builds the tree, and passes on what BigDecimal throws
      throw new ValidationException(
          SUBJECT,
          List.of(
              FieldError.of(
                  "document",
                  null,
                  "holds a number whose exponent is out of range: "
                      + Quoted.shown(String.valueOf(exponentBeyondAnInt.getMessage())))));
    }
    FieldErrors errors = new FieldErrors();
    JsonFields model = new JsonFields(errors, "");
    if (root == null || !root.isObject()) {
      model.require(false, "document", null, "must be a JSON object");
      errors.throwIfAny(SUBJECT);
    }
    model.rejectUnknown(root, MODEL_FIELDS);
    String name = model.text(root, "name", true);
    List<@Nullable ScoringRule> rules = rules(root, model, errors);
    Grading grading = grading(root, model);
    List<StageThreshold> thresholds = thresholds(root, model, errors);
    ScoringModel.check(name == null ? "?" : name.strip(), rules, thresholds, errors);
    errors.throwIfAny(SUBJECT);
    return new ScoringModel(requireNonNull(name), rules, requireNonNull(grading), thresholds);
  }

  /** Returns {@code model} as a JSON document that {@link #read} reads back to an equal model. */
  public static String write(ScoringModel model) {
    requireNonNull(model, "model");
    ObjectNode root = JSON.createObjectNode().put("name", model.name());
    ArrayNode rules = root.putArray("rules");
    for (ScoringRule rule : model.rules()) {
      ObjectNode node = rules.addObject().put("name", rule.name());
      ConditionJson.write(rule.condition(), node);
      node.put("points", rule.points());
      rule.maxPoints().ifPresent(cap -> node.put("cap", cap));
      rule.decayHalfLife().ifPresent(halfLife -> node.put("halfLife", halfLife.toString()));
    }
    ObjectNode grading = root.putObject("grading");
    model.grading().fitThresholds().forEach(grading.putArray("fit")::add);
    model.grading().engagementThresholds().forEach(grading.putArray("engagement")::add);
    ArrayNode thresholds = root.putArray("thresholds");
    for (StageThreshold threshold : model.thresholds()) {
      thresholds
          .addObject()
          .put("points", threshold.points())
          .put("stage", threshold.stage().name());
    }
    try {
      return JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree could not be written", e);
    }
  }

  private static List<@Nullable ScoringRule> rules(
      JsonNode root, JsonFields model, FieldErrors errors) {
    List<@Nullable ScoringRule> rules = new ArrayList<>();
    JsonNode array = root.get("rules");
    if (array == null || !array.isArray()) {
      model.require(
          false, "rules", array == null ? null : array.toString(), "must be an array of rules");
      return rules;
    }
    for (int i = 0; i < array.size(); i++) {
      rules.add(rule(array.get(i), new JsonFields(errors, "rules[" + i + "]")));
    }
    return rules;
  }

  private static @Nullable ScoringRule rule(JsonNode node, JsonFields in) {
    if (!node.isObject()) {
      in.require(false, "kind", null, "the rule must be a JSON object");
      return null;
    }
    String name = in.text(node, "name", true);
    String kind = in.text(node, "kind", true);
    Integer points = in.integer(node, "points", true);
    Integer cap = in.integer(node, "cap", false);
    String halfLifeText = in.text(node, "halfLife", false);
    Set<String> known = new HashSet<>(RULE_FIELDS);
    RuleCondition condition = null;
    if (kind != null) {
      List<String> fields = ConditionJson.FIELDS.get(kind);
      in.require(
          fields != null,
          "kind",
          kind,
          "must be one of " + ConditionJson.FIELDS.keySet().stream().sorted().toList());
      if (fields != null) {
        known.addAll(fields);
        condition = ConditionJson.read(kind, node, in);
      }
    }
    in.rejectUnknown(node, known);
    boolean nameValid = name != null && ScoringRule.validName(name.strip());
    boolean pointsValid = points != null && ScoringRule.validPoints(points);
    boolean capValid = cap == null || ScoringRule.validCap(cap);
    Duration halfLife = halfLifeText == null ? null : halfLife(halfLifeText, in);
    boolean decayValid =
        halfLifeText == null
            || (halfLife != null
                && (condition == null || condition.family() == RuleFamily.ENGAGEMENT));
    in.require(name == null || nameValid, "name", name, ScoringRule.NAME_RULE);
    in.require(points == null || pointsValid, "points", points, ScoringRule.POINTS_RULE);
    in.require(capValid, "cap", cap, ScoringRule.CAP_RULE);
    in.require(
        halfLife == null || decayValid, "halfLife", halfLifeText, ScoringRule.FIT_DECAY_RULE);
    if (!nameValid || condition == null || !pointsValid || !capValid || !decayValid) {
      return null;
    }
    RuleCondition met = condition;
    return in.attempt("name", name, () -> new ScoringRule(name, met, points, cap, halfLife));
  }

  private static @Nullable Duration halfLife(String text, JsonFields in) {
    try {
      Duration halfLife = Duration.parse(text);
      in.require(ScoringRule.validHalfLife(halfLife), "halfLife", text, ScoringRule.HALF_LIFE_RULE);
      return ScoringRule.validHalfLife(halfLife) ? halfLife : null;
    } catch (DateTimeParseException e) {
      in.require(false, "halfLife", text, "must be an ISO-8601 duration such as P30D or PT12H");
      return null;
    }
  }

  private static @Nullable Grading grading(JsonNode root, JsonFields model) {
    JsonNode node = root.get("grading");
    if (node == null) {
      return ScoringModel.STANDARD_GRADING;
    }
    if (!node.isObject()) {
      model.require(false, "grading", node.toString(), "must be an object with fit and engagement");
      return null;
    }
    JsonFields in = model.inside("grading");
    in.rejectUnknown(node, GRADING_FIELDS);
    List<Integer> fit = thresholdList(node, "fit", in);
    List<Integer> engagement = thresholdList(node, "engagement", in);
    return fit == null || engagement == null
        ? null
        : in.attempt("fit", fit + " " + engagement, () -> new Grading(fit, engagement));
  }

  private static @Nullable List<Integer> thresholdList(
      JsonNode grading, String name, JsonFields in) {
    JsonNode node = grading.get(name);
    if (node == null || !node.isArray() || node.size() != 3) {
      in.require(
          false,
          name,
          node == null ? null : node.toString(),
          "must be an array of 3 descending whole numbers");
      return null;
    }
    List<@Nullable Integer> values = new ArrayList<>();
    JsonFields elements = in.inside(name);
    for (int i = 0; i < 3; i++) {
      JsonNode element = node.get(i);
      boolean whole = element.isIntegralNumber() && element.canConvertToInt();
      elements.require(whole, "[" + i + "]", element.asText(), "must be a whole number");
      values.add(whole ? element.intValue() : null);
    }
    return values.contains(null) ? null : values;
  }

  private static List<StageThreshold> thresholds(
      JsonNode root, JsonFields model, FieldErrors errors) {
    List<StageThreshold> thresholds = new ArrayList<>();
    JsonNode array = root.get("thresholds");
    if (array == null) {
      return thresholds;
    }
    if (!array.isArray()) {
      model.require(false, "thresholds", array.toString(), "must be an array of thresholds");
      return thresholds;
    }
    for (int i = 0; i < array.size(); i++) {
      JsonFields in = new JsonFields(errors, "thresholds[" + i + "]");
      JsonNode node = array.get(i);
      if (!node.isObject()) {
        in.require(false, "stage", null, "the threshold must be a JSON object");
        continue;
      }
      in.rejectUnknown(node, THRESHOLD_FIELDS);
      Integer points = in.integer(node, "points", true);
      LifecycleStage stage = in.make("stage", JsonFields::stage, in.text(node, "stage", true));
      StageThreshold threshold =
          points == null || stage == null
              ? null
              : in.attempt("stage", stage, () -> StageThreshold.of(points, stage));
      if (threshold != null) {
        thresholds.add(threshold);
      }
    }
    return thresholds;
  }
}
