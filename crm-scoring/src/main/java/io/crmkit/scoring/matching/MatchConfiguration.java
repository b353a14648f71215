package io.crmkit.scoring.matching;

import static com.google.common.base.Preconditions.checkArgument;
import static io.crmkit.scoring.matching.BlockingKey.exact;
import static io.crmkit.scoring.matching.BlockingKey.firstWord;
import static io.crmkit.scoring.matching.BlockingKey.phonetic;
import static io.crmkit.scoring.matching.BlockingKey.prefix;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What duplicate detection compares and how: the fields with their comparisons, the blocking rules
 * that choose the pairs worth comparing, the match probability above which a pair is called a
 * duplicate, and the sizes of the unsupervised estimation. The defaults, {@link #people()} and
 * {@link #organisations()}, are meant to be used as they are: the model's probabilities are
 * estimated from each tenant's own records, so nothing in them is tuned to a data set.
 *
 * @since 0.1
 */
public final class MatchConfiguration {

  private final List<FieldComparison> comparisons;
  private final List<BlockingRule> rules;
  private final double matchProbability;
  private final int randomPairs;
  private final int maxIterations;
  private final long seed;

  private MatchConfiguration(Builder builder) {
    this.comparisons = List.copyOf(builder.comparisons);
    this.rules = List.copyOf(builder.rules);
    this.matchProbability = builder.matchProbability;
    this.randomPairs = builder.randomPairs;
    this.maxIterations = builder.maxIterations;
    this.seed = builder.seed;
  }

  /**
   * Returns the default configuration for people (contacts, leads): names with swaps, phonetics and
   * term frequencies, birth date, email, phone, identifier and postal address; blocked on name,
   * phonetic name, birth date with an initial, identifier, email, phone and address.
   */
  public static MatchConfiguration people() {
    return builder()
        .compare(
            FieldComparison.withTermFrequencies(MatchField.GIVEN_NAME, Comparison.PERSON_NAME)
                .swappableWith(MatchField.FAMILY_NAME))
        .compare(
            FieldComparison.withTermFrequencies(MatchField.FAMILY_NAME, Comparison.PERSON_NAME)
                .swappableWith(MatchField.GIVEN_NAME))
        .compare(FieldComparison.of(MatchField.BIRTH_DATE, Comparison.DATE))
        .compare(FieldComparison.withTermFrequencies(MatchField.EMAIL, Comparison.EMAIL))
        .compare(FieldComparison.of(MatchField.PHONE, Comparison.PHONE))
        .compare(FieldComparison.of(MatchField.IDENTIFIER, Comparison.CODE))
        .compare(FieldComparison.of(MatchField.STREET_NUMBER, Comparison.CODE))
        .compare(FieldComparison.withTermFrequencies(MatchField.STREET, Comparison.ADDRESS))
        .compare(FieldComparison.of(MatchField.ADDRESS_EXTRA, Comparison.TEXT))
        .compare(FieldComparison.withTermFrequencies(MatchField.CITY, Comparison.TEXT))
        .compare(FieldComparison.withTermFrequencies(MatchField.POSTAL_CODE, Comparison.CODE))
        .compare(FieldComparison.of(MatchField.REGION, Comparison.TEXT))
        .block(BlockingRule.of("name", exact(MatchField.GIVEN_NAME), exact(MatchField.FAMILY_NAME)))
        .block(
            BlockingRule.of(
                "phonetic name", phonetic(MatchField.GIVEN_NAME), phonetic(MatchField.FAMILY_NAME)))
        .block(
            BlockingRule.of(
                "birth date and given initial",
                exact(MatchField.BIRTH_DATE),
                prefix(MatchField.GIVEN_NAME, 1)))
        .block(
            BlockingRule.of(
                "birth date and family initial",
                exact(MatchField.BIRTH_DATE),
                prefix(MatchField.FAMILY_NAME, 1)))
        .block(BlockingRule.of("identifier", exact(MatchField.IDENTIFIER)))
        .block(BlockingRule.of("email", exact(MatchField.EMAIL)))
        .block(BlockingRule.of("phone", exact(MatchField.PHONE)))
        .block(
            BlockingRule.of(
                "postal code and street", exact(MatchField.POSTAL_CODE), exact(MatchField.STREET)))
        .block(
            BlockingRule.of(
                "postal code and phonetic family name",
                exact(MatchField.POSTAL_CODE),
                phonetic(MatchField.FAMILY_NAME)))
        .build();
  }

  /**
   * Returns the default configuration for organisations (companies): name without legal form, web
   * domain, phone and address; blocked on name, domain, phone, first word of the name in the city,
   * and first word of the street (mostly the house number) in the city.
   */
  public static MatchConfiguration organisations() {
    return builder()
        .compare(
            FieldComparison.withTermFrequencies(
                MatchField.ORGANISATION_NAME, Comparison.ORGANISATION_NAME))
        .compare(FieldComparison.of(MatchField.WEB_DOMAIN, Comparison.WEB_DOMAIN))
        .compare(FieldComparison.of(MatchField.PHONE, Comparison.PHONE))
        .compare(FieldComparison.withTermFrequencies(MatchField.STREET, Comparison.ADDRESS))
        .compare(FieldComparison.withTermFrequencies(MatchField.CITY, Comparison.TEXT))
        .compare(FieldComparison.withTermFrequencies(MatchField.POSTAL_CODE, Comparison.CODE))
        .compare(FieldComparison.of(MatchField.INDUSTRY, Comparison.TEXT))
        .block(BlockingRule.of("name", exact(MatchField.ORGANISATION_NAME)))
        .block(BlockingRule.of("web domain", exact(MatchField.WEB_DOMAIN)))
        .block(BlockingRule.of("phone", exact(MatchField.PHONE)))
        .block(
            BlockingRule.of(
                "name's first word in the city",
                firstWord(MatchField.ORGANISATION_NAME),
                exact(MatchField.CITY)))
        .block(
            BlockingRule.of(
                "street's first word in the city",
                firstWord(MatchField.STREET),
                exact(MatchField.CITY)))
        .block(
            BlockingRule.of(
                "name's first letters and street's first word",
                prefix(MatchField.ORGANISATION_NAME, 4),
                firstWord(MatchField.STREET)))
        .block(
            BlockingRule.of(
                "phonetic name and postal code",
                phonetic(MatchField.ORGANISATION_NAME),
                exact(MatchField.POSTAL_CODE)))
        .build();
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this configuration, to change some of it. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.comparisons.addAll(comparisons);
    builder.rules.addAll(rules);
    builder.matchProbability = matchProbability;
    builder.randomPairs = randomPairs;
    builder.maxIterations = maxIterations;
    builder.seed = seed;
    return builder;
  }

  /** Returns the field comparisons, in the order explanations list them. */
  public List<FieldComparison> comparisons() {
    return comparisons;
  }

  /** Returns the comparison of {@code field}, empty when it is not compared. */
  public Optional<FieldComparison> comparisonOf(MatchField field) {
    return comparisons.stream().filter(c -> c.field() == field).findFirst();
  }

  /** Returns the blocking rules, whose candidate pairs are unioned. */
  public List<BlockingRule> rules() {
    return rules;
  }

  /** Returns the match probability at or above which a pair is called a duplicate. */
  public double matchProbability() {
    return matchProbability;
  }

  /** Returns how many random pairs the u-probabilities are estimated from. */
  public int randomPairs() {
    return randomPairs;
  }

  /** Returns the most rounds of expectation-maximisation per blocking rule. */
  public int maxIterations() {
    return maxIterations;
  }

  /** Returns the seed of the random pair sample, so that a scan can be repeated exactly. */
  public long seed() {
    return seed;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof MatchConfiguration that
        && comparisons.equals(that.comparisons)
        && rules.equals(that.rules)
        && matchProbability == that.matchProbability
        && randomPairs == that.randomPairs
        && maxIterations == that.maxIterations
        && seed == that.seed;
  }

  @Override
  public int hashCode() {
    return Objects.hash(comparisons, rules, matchProbability, randomPairs, maxIterations, seed);
  }

  @Override
  public String toString() {
    return "MatchConfiguration[comparisons="
        + comparisons
        + ", rules="
        + rules
        + ", matchProbability="
        + matchProbability
        + "]";
  }

  /**
   * Builds a {@link MatchConfiguration}.
   *
   * @since 0.1
   */
  public static final class Builder {

    private final List<FieldComparison> comparisons = new ArrayList<>();
    private final List<BlockingRule> rules = new ArrayList<>();
    private double matchProbability = 0.5;
    private int randomPairs = 100_000;
    private int maxIterations = 25;
    private long seed = 15;

    private Builder() {}

    /** Adds or replaces the comparison of a field. */
    public Builder compare(FieldComparison comparison) {
      requireNonNull(comparison, "comparison");
      comparisons.removeIf(c -> c.field() == comparison.field());
      comparisons.add(comparison);
      return this;
    }

    /** Stops comparing {@code field}, and drops the blocking rules that use it. */
    public Builder ignore(MatchField field) {
      requireNonNull(field, "field");
      comparisons.removeIf(c -> c.field() == field);
      rules.removeIf(rule -> rule.uses(field));
      return this;
    }

    /** Adds a blocking rule. */
    public Builder block(BlockingRule rule) {
      requireNonNull(rule, "rule");
      checkArgument(
          rules.stream().noneMatch(r -> r.name().equals(rule.name())),
          "there is already a blocking rule named '%s'",
          rule.name());
      rules.add(rule);
      return this;
    }

    /** Sets the match probability, above 0 and below 1, at or above which pairs are duplicates. */
    public Builder matchProbability(double probability) {
      checkArgument(
          probability > 0 && probability < 1,
          "match probability must be above 0 and below 1: %s",
          probability);
      matchProbability = probability;
      return this;
    }

    /** Sets how many random pairs estimate the u-probabilities, at least 1,000. */
    public Builder randomPairs(int pairs) {
      checkArgument(pairs >= 1_000, "random pairs must be at least 1000: %s", pairs);
      randomPairs = pairs;
      return this;
    }

    /** Sets the most rounds of expectation-maximisation per blocking rule, 1 to 1,000. */
    public Builder maxIterations(int iterations) {
      checkArgument(
          iterations >= 1 && iterations <= 1_000, "iterations must be 1 to 1000: %s", iterations);
      maxIterations = iterations;
      return this;
    }

    /** Sets the seed of the random pair sample. */
    public Builder seed(long value) {
      seed = value;
      return this;
    }

    /**
     * Returns the configuration; every field a rule uses must be compared, and every compared field
     * must be left out of at least one rule, or its m-probability could not be estimated.
     */
    public MatchConfiguration build() {
      checkArgument(!comparisons.isEmpty(), "a configuration compares at least one field");
      checkArgument(!rules.isEmpty(), "a configuration needs at least one blocking rule");
      Set<MatchField> compared = EnumSet.noneOf(MatchField.class);
      comparisons.forEach(c -> compared.add(c.field()));
      for (FieldComparison comparison : comparisons) {
        comparison
            .partnerField()
            .ifPresent(
                partner ->
                    checkArgument(
                        compared.contains(partner),
                        "%s may be swapped with %s, which is not compared",
                        comparison.field(),
                        partner));
        checkArgument(
            rules.stream().anyMatch(rule -> !rule.uses(comparison.field())),
            "every blocking rule uses %s, so its m-probability cannot be estimated",
            comparison.field());
      }
      for (BlockingRule rule : rules) {
        for (BlockingKey key : rule.keys()) {
          checkArgument(
              compared.contains(key.field()),
              "blocking rule '%s' uses %s, which is not compared",
              rule.name(),
              key.field());
        }
      }
      return new MatchConfiguration(this);
    }
  }
}
