package io.crmkit.core.deal;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.UserId;
import io.crmkit.core.company.CompanyId;
import org.jspecify.annotations.Nullable;

/**
 * A search for deals: every criterion given must hold. Results come in creation order.
 *
 * <pre>{@code
 * DealQuery.all().inPipeline(sales).ownedBy(UserId.of("ana")).openOnly()
 * }</pre>
 *
 * @param pipeline deals in this pipeline, or null
 * @param stage deals standing in this stage, or null
 * @param owner deals owned by this user, or null
 * @param company deals with this company, or null
 * @param onlyOpen whether only open deals are found
 * @since 0.1
 */
public record DealQuery(
    @Nullable PipelineId pipeline,
    @Nullable StageId stage,
    @Nullable UserId owner,
    @Nullable CompanyId company,
    boolean onlyOpen) {

  /** Returns the query that finds every deal of the tenant, open or closed. */
  public static DealQuery all() {
    return new DealQuery(null, null, null, null, false);
  }

  /** Also requires pipeline {@code value}. */
  public DealQuery inPipeline(PipelineId value) {
    return new DealQuery(requireNonNull(value, "pipeline"), stage, owner, company, onlyOpen);
  }

  /** Also requires stage {@code value}. */
  public DealQuery inStage(StageId value) {
    return new DealQuery(pipeline, requireNonNull(value, "stage"), owner, company, onlyOpen);
  }

  /** Also requires owner {@code value}. */
  public DealQuery ownedBy(UserId value) {
    return new DealQuery(pipeline, stage, requireNonNull(value, "owner"), company, onlyOpen);
  }

  /** Also requires company {@code value}. */
  public DealQuery withCompany(CompanyId value) {
    return new DealQuery(pipeline, stage, owner, requireNonNull(value, "company"), onlyOpen);
  }

  /** Finds open deals only. */
  public DealQuery openOnly() {
    return new DealQuery(pipeline, stage, owner, company, true);
  }

  /** Returns whether {@code deal} meets every criterion. */
  public boolean matches(Deal deal) {
    return (pipeline == null || pipeline.equals(deal.pipeline()))
        && (stage == null || stage.equals(deal.stageId()))
        && (owner == null || owner.equals(deal.owner()))
        && (company == null || company.equals(deal.details().company()))
        && (!onlyOpen || deal.isOpen());
  }
}
