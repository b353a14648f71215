package io.crmkit.scoring.matching;

import static java.util.Objects.requireNonNull;

import io.crmkit.scoring.matching.internal.Linkage;
import java.util.List;

/**
 * Probabilistic record linkage of any records: the blocking plan, an unsupervised model trained on
 * them, a scan for duplicates and an index for "possible duplicates of this record". The CRM's
 * contacts and companies have their own entries, {@link ContactDuplicates} and {@link
 * CompanyDuplicates}; this one serves records a host maps itself.
 *
 * <pre>{@code
 * RecordLinkage linkage = RecordLinkage.with(MatchConfiguration.people());
 * BlockingPlan plan = linkage.plan(records);        // pair counts, nothing compared yet
 * DuplicateScan<String> scan = linkage.scan(records);
 * scan.clusters().forEach(cluster -> ...);          // each pair explains its weight
 * }</pre>
 *
 * <p>Scans run on the common fork-join pool. Thread-safe.
 *
 * @since 0.1
 */
public final class RecordLinkage {

  private final MatchConfiguration configuration;
  private final Linkage linkage;

  private RecordLinkage(MatchConfiguration configuration) {
    this.configuration = configuration;
    this.linkage = new Linkage(configuration);
  }

  /** Returns record linkage with {@code configuration}. */
  public static RecordLinkage with(MatchConfiguration configuration) {
    return new RecordLinkage(requireNonNull(configuration, "configuration"));
  }

  /** Returns the configuration. */
  public MatchConfiguration configuration() {
    return configuration;
  }

  /**
   * Returns what a scan of {@code records} would compare, rule by rule, without comparing a field.
   *
   * @throws IllegalArgumentException when two records have the same id
   */
  public BlockingPlan plan(List<? extends MatchRecord<?>> records) {
    return linkage.plan(requireNonNull(records, "records"));
  }

  /**
   * Trains a model on {@code records} without labels: u-probabilities from random pairs,
   * m-probabilities by expectation-maximisation on the blocked pairs, the prior from both.
   *
   * @throws IllegalArgumentException when two records have the same id
   */
  public MatchModel train(List<? extends MatchRecord<?>> records) {
    return linkage.train(requireNonNull(records, "records"));
  }

  /**
   * Trains a model on {@code records} and scans them for duplicates with it.
   *
   * @throws IllegalArgumentException when two records have the same id
   */
  public <K> DuplicateScan<K> scan(List<MatchRecord<K>> records) {
    return linkage.scan(requireNonNull(records, "records"), null);
  }

  /**
   * Scans {@code records} for duplicates with a model trained before.
   *
   * @throws IllegalArgumentException when two records have the same id, or when the model was
   *     trained for another configuration
   */
  public <K> DuplicateScan<K> scan(List<MatchRecord<K>> records, MatchModel model) {
    return linkage.scan(requireNonNull(records, "records"), requireNonNull(model, "model"));
  }
}
