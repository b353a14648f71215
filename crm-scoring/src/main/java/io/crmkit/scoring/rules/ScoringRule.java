package io.crmkit.scoring.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Quoted;
import io.crmkit.core.internal.TextPolicy;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * One line of a scoring model: a condition and the points it is worth. A fit rule gives its points
 * once when the contact meets its condition; an engagement rule gives them for each matching
 * activity, each contribution halved for every half-life of age at the scoring instant. A cap
 * bounds the rule's total either way: a rule of +3 capped at 15 gives at most 15, one of -50 capped
 * at 50 takes at most 50.
 *
 * @param name the rule's name, unique in its model: 1 to 100 characters of one line (well-formed,
 *     no control characters)
 * @param condition what the rule looks for
 * @param points the points per match, from -1000 to 1000 and not 0; negative ones are penalties
 * @param cap the most points (in absolute value) the rule gives in total, or null for no cap
 * @param halfLife the age at which an engagement contribution is worth half, or null for no decay;
 *     fit rules never decay
 * @since 0.1
 */
public record ScoringRule(
    String name,
    RuleCondition condition,
    int points,
    @Nullable Integer cap,
    @Nullable Duration halfLife) {

  static final int MAX_NAME = 100;
  static final int MAX_POINTS = 1000;
  static final int MAX_CAP = 1_000_000;
  static final Duration MIN_HALF_LIFE = Duration.ofSeconds(1);
  static final Duration MAX_HALF_LIFE = Duration.ofDays(3650);
  static final String NAME_RULE = "must be 1 to " + MAX_NAME + " characters of one line";
  static final String POINTS_RULE =
      "must be a whole number from -" + MAX_POINTS + " to " + MAX_POINTS + ", not 0";
  static final String CAP_RULE = "must be a whole number from 1 to " + MAX_CAP;
  static final String HALF_LIFE_RULE =
      "must be from " + MIN_HALF_LIFE + " to " + MAX_HALF_LIFE + ", such as P30D";
  static final String FIT_DECAY_RULE = "applies to engagement rules only";

  /** Creates a {@code ScoringRule}, checking its components as the type's comment describes. */
  public ScoringRule {
    requireNonNull(name, "rule name");
    requireNonNull(condition, "condition");
    name = name.strip();
    checkArgument(validName(name), "rule name %s: %s", NAME_RULE, Quoted.of(name));
    checkArgument(validPoints(points), "rule %s: points %s: %s", name, POINTS_RULE, points);
    checkArgument(cap == null || validCap(cap), "rule %s: cap %s: %s", name, CAP_RULE, cap);
    checkArgument(
        halfLife == null || validHalfLife(halfLife),
        "rule %s: half-life %s: %s",
        name,
        HALF_LIFE_RULE,
        halfLife);
    checkArgument(
        halfLife == null || condition.family() == RuleFamily.ENGAGEMENT,
        "rule %s: half-life %s",
        name,
        FIT_DECAY_RULE);
  }

  /**
   * Returns the rule {@code name}: {@code points} per match of {@code condition}, no cap, no decay.
   */
  public static ScoringRule of(String name, RuleCondition condition, int points) {
    return new ScoringRule(name, condition, points, null, null);
  }

  /** Returns this rule, giving at most {@code maxPoints} (in absolute value) in total. */
  public ScoringRule withCap(int maxPoints) {
    return new ScoringRule(name, condition, points, maxPoints, halfLife);
  }

  /** Returns this rule, its contributions halving every {@code period}. */
  public ScoringRule withHalfLife(Duration period) {
    return new ScoringRule(name, condition, points, cap, requireNonNull(period, "half-life"));
  }

  /** Returns the rule's family, that of its condition. */
  public RuleFamily family() {
    return condition.family();
  }

  /** Returns the cap, if the rule has one. */
  public OptionalInt maxPoints() {
    return cap == null ? OptionalInt.empty() : OptionalInt.of(cap);
  }

  /** Returns the half-life, if the rule decays. */
  public Optional<Duration> decayHalfLife() {
    return Optional.ofNullable(halfLife);
  }

  static boolean validName(String name) {
    return !name.isEmpty()
        && name.length() <= MAX_NAME
        && TextPolicy.obeys(name, TextPolicy.Kind.LINE);
  }

  static boolean validPoints(long points) {
    return points != 0 && Math.abs(points) <= MAX_POINTS;
  }

  static boolean validCap(long cap) {
    return cap >= 1 && cap <= MAX_CAP;
  }

  static boolean validHalfLife(Duration halfLife) {
    return halfLife.compareTo(MIN_HALF_LIFE) >= 0 && halfLife.compareTo(MAX_HALF_LIFE) <= 0;
  }
}
