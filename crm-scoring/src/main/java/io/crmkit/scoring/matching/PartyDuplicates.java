package io.crmkit.scoring.matching;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.Crm;
import java.util.List;

/**
 * Duplicate detection over one kind of a CRM tenant's records (contacts or companies): the blocking
 * plan, the trained model, a whole-tenant scan with clusters and explained pair weights, and the
 * index that answers "possible duplicates of this record". Archived records are left out; records
 * are read through the public services, as the CRM's actor.
 *
 * @param <K> the type of the records' ids
 * @param <I> the type of the index
 * @since 0.1
 */
public abstract sealed class PartyDuplicates<K, I extends PartyDuplicateIndex<K>>
    permits ContactDuplicates, CompanyDuplicates {

  final Crm crm;
  private final RecordLinkage linkage;

  PartyDuplicates(Crm crm, MatchConfiguration configuration) {
    this.crm = crm;
    this.linkage = RecordLinkage.with(configuration);
  }

  /** Returns the pairs a scan would compare, rule by rule, before comparing any. */
  public BlockingPlan plan() {
    return linkage.plan(records());
  }

  /** Trains a model on the tenant's records, without labels. */
  public MatchModel train() {
    return linkage.train(records());
  }

  /** Trains a model on the tenant's records and returns their duplicates and clusters. */
  public DuplicateScan<K> scan() {
    return linkage.scan(records());
  }

  /** Returns the duplicates and clusters of the tenant's records under {@code model}. */
  public DuplicateScan<K> scan(MatchModel model) {
    return linkage.scan(records(), model);
  }

  /** Trains a model on the tenant's records and returns an index of them. */
  public I index() {
    List<MatchRecord<K>> records = records();
    return index(linkage.train(records), records);
  }

  /** Returns an index of the tenant's records that weighs with {@code model}. */
  public I index(MatchModel model) {
    return index(requireNonNull(model, "model"), records());
  }

  abstract I index(MatchModel model, List<MatchRecord<K>> records);

  abstract List<MatchRecord<K>> records();
}
