package io.crmkit.scoring.rules;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.FieldErrors;
import io.crmkit.core.party.LifecycleStage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A tenant's way of scoring leads: its fit and engagement rules, how scores become grades, and the
 * total scores at which contacts move forward in their lifecycle. Immutable; build one with {@link
 * #builder(String)} or read one with {@link ScoringModelJson#read(String)}.
 *
 * <pre>{@code
 * ScoringModel model = ScoringModel.builder("inbound")
 *     .rule(ScoringRule.of("vp", new JobTitleContains("VP"), 15))
 *     .rule(ScoringRule.of("clicks", new CampaignEngaged("clicked"), 3).withCap(15))
 *     .threshold(50, LifecycleStage.MARKETING_QUALIFIED)
 *     .build();
 * }</pre>
 *
 * @param name the model's name, 1 to 100 printable characters; a stored score remembers it
 * @param rules the rules, at least one and at most 1000, names unique
 * @param grading how fit and engagement scores become a grade
 * @param thresholds the lifecycle thresholds, at most one per stage
 * @since 0.1
 */
public record ScoringModel(
    String name, List<ScoringRule> rules, Grading grading, List<StageThreshold> thresholds) {

  static final int MAX_RULES = 1000;
  static final Grading STANDARD_GRADING = Grading.of(40, 25, 10, 50, 25, 10);

  /**
   * Checks the model as a whole.
   *
   * @throws io.crmkit.core.ValidationException listing every inconsistency
   */
  public ScoringModel {
    requireNonNull(name, "model name");
    requireNonNull(grading, "grading");
    name = name.strip();
    rules = List.copyOf(rules);
    thresholds = List.copyOf(thresholds);
    FieldErrors errors = new FieldErrors();
    check(name, rules, thresholds, errors);
    errors.throwIfAny("scoring model");
  }

  /**
   * Returns a builder of the model {@code name}, graded A/B/C at 40/25/10 and 1/2/3 at 50/25/10.
   */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** Returns the rule called {@code name}, if the model has one. */
  public Optional<ScoringRule> rule(String ruleName) {
    return rules.stream().filter(rule -> rule.name().equals(ruleName)).findFirst();
  }

  /**
   * Records what makes the parts of a model inconsistent with each other. {@code rules} may hold
   * nulls for rules that could not be read, so that the positions in messages stay those of the
   * document.
   */
  static void check(
      String name,
      List<? extends @Nullable ScoringRule> rules,
      List<StageThreshold> thresholds,
      FieldErrors errors) {
    errors.require(ScoringRule.validName(name), "name", name, ScoringRule.NAME_RULE);
    errors.require(!rules.isEmpty(), "rules", null, "must hold at least one rule");
    errors.require(
        rules.size() <= MAX_RULES, "rules", rules.size(), "must hold at most " + MAX_RULES);
    Set<String> names = new HashSet<>();
    for (int i = 0; i < rules.size(); i++) {
      ScoringRule rule = rules.get(i);
      if (rule != null) {
        errors.require(
            names.add(rule.name()), "rules[" + i + "].name", rule.name(), "is used twice");
      }
    }
    Set<LifecycleStage> stages = new HashSet<>();
    for (int i = 0; i < thresholds.size(); i++) {
      StageThreshold threshold = thresholds.get(i);
      errors.require(
          stages.add(threshold.stage()),
          "thresholds[" + i + "].stage",
          threshold.stage(),
          "has a threshold already");
    }
  }

  /**
   * Assembles a {@link ScoringModel} rule by rule.
   *
   * @since 0.1
   */
  public static final class Builder {

    private final String name;
    private final List<ScoringRule> rules = new ArrayList<>();
    private final List<StageThreshold> thresholds = new ArrayList<>();
    private Grading grading = STANDARD_GRADING;

    private Builder(String name) {
      this.name = requireNonNull(name, "model name");
    }

    /** Adds a rule. */
    public Builder rule(ScoringRule rule) {
      rules.add(requireNonNull(rule, "rule"));
      return this;
    }

    /** Sets how scores become grades. */
    public Builder grading(Grading value) {
      grading = requireNonNull(value, "grading");
      return this;
    }

    /** Moves contacts forward to {@code stage} when their total score reaches {@code points}. */
    public Builder threshold(int points, LifecycleStage stage) {
      thresholds.add(StageThreshold.of(points, stage));
      return this;
    }

    /**
     * Returns the model.
     *
     * @throws io.crmkit.core.ValidationException listing every inconsistency
     */
    public ScoringModel build() {
      return new ScoringModel(name, rules, grading, thresholds);
    }
  }
}
