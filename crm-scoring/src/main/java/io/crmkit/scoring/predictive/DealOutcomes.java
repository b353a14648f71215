package io.crmkit.scoring.predictive;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.Crm;
import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.deal.Deal;
import io.crmkit.core.deal.DealQuery;
import io.crmkit.core.deal.Pipeline;
import io.crmkit.core.deal.Stage;
import io.crmkit.core.deal.StageChange;
import io.crmkit.core.deal.StageId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The training examples of one pipeline, drawn from its deals for the predictive models: the won
 * and lost deals become {@link Observation}s, and any deal (open ones included) becomes the same
 * features.
 *
 * <p>Features, all known while a deal is still open (nothing that only the outcome reveals): {@code
 * source} and {@code owner} (categories), {@code stage} (ordinal over the pipeline's open stages:
 * the furthest stage the deal reached, counted as "reached at least this stage" in the manner of
 * Odoo's predictive lead scoring), {@code amount} (in quantile bins, in the deal's own currency
 * units) and {@code contacts} (how many people are on the deal, binned).
 *
 * @since 0.1
 */
public final class DealOutcomes {

  /** The feature names. */
  public static final String SOURCE = "source";

  /** The name of the feature of the deal's owner. */
  public static final String OWNER = "owner";

  /** The name of the feature of the stage the deal stands or stood in. */
  public static final String STAGE = "stage";

  /** The name of the feature of the deal's amount. */
  public static final String AMOUNT = "amount";

  /** The name of the feature of the number of the deal's contacts. */
  public static final String CONTACTS = "contacts";

  private static final int BINS = 5;

  private final Pipeline pipeline;
  private final Map<StageId, Integer> openStagePosition = new HashMap<>();

  private DealOutcomes(Pipeline pipeline) {
    this.pipeline = requireNonNull(pipeline, "pipeline");
    List<Stage> open = pipeline.openStages();
    for (int i = 0; i < open.size(); i++) {
      openStagePosition.put(open.get(i).id(), i);
    }
  }

  /** Returns the feature extraction for the deals of {@code pipeline}. */
  public static DealOutcomes of(Pipeline pipeline) {
    return new DealOutcomes(pipeline);
  }

  /** Returns the schema of the features. */
  public FeatureSchema schema() {
    return FeatureSchema.of(
        Feature.categorical(SOURCE),
        Feature.categorical(OWNER),
        Feature.ordinal(STAGE, pipeline.openStages().stream().map(Stage::name).toList()),
        Feature.numeric(AMOUNT, BINS),
        Feature.numeric(CONTACTS, BINS));
  }

  /** Returns the features of {@code deal}, which must belong to this pipeline. */
  public Map<String, FeatureValue> features(Deal deal) {
    if (!deal.pipeline().equals(pipeline.id())) {
      throw new IllegalArgumentException(
          "deal "
              + deal.id()
              + " belongs to pipeline "
              + deal.pipeline()
              + ", not "
              + pipeline.id());
    }
    Map<String, FeatureValue> features = new HashMap<>();
    features.put(
        SOURCE,
        FeatureValue.of(deal.details().source().isBlank() ? "unknown" : deal.details().source()));
    features.put(OWNER, FeatureValue.of(deal.owner().value()));
    furthestOpenStage(deal).ifPresent(stage -> features.put(STAGE, FeatureValue.of(stage.name())));
    deal.details()
        .amountIfKnown()
        .ifPresent(amount -> features.put(AMOUNT, FeatureValue.of(amount.amount().doubleValue())));
    features.put(CONTACTS, FeatureValue.of(deal.details().contacts().size()));
    return features;
  }

  /** Returns the observations of the pipeline's closed (won or lost) deals among {@code deals}. */
  public List<Observation> observations(Iterable<Deal> deals) {
    List<Observation> history = new ArrayList<>();
    for (Deal deal : deals) {
      if (deal.pipeline().equals(pipeline.id()) && !deal.isOpen()) {
        Outcome outcome = deal.isWon() ? Outcome.WON : Outcome.LOST;
        history.add(Observation.of(features(deal), outcome, deal.closedAt().orElseThrow()));
      }
    }
    return history;
  }

  /** Returns every deal of the pipeline in {@code crm}, reading them page by page. */
  public List<Deal> deals(Crm crm) {
    List<Deal> all = new ArrayList<>();
    DealQuery query = DealQuery.all().inPipeline(pipeline.id());
    Page<Deal> page = crm.deals().search(query, PageRequest.first(PageRequest.MAX_SIZE));
    all.addAll(page.items());
    while (page.hasNext()) {
      page =
          crm.deals()
              .search(
                  query, PageRequest.after(page.nextCursor().orElseThrow(), PageRequest.MAX_SIZE));
      all.addAll(page.items());
    }
    return all;
  }

  private java.util.Optional<Stage> furthestOpenStage(Deal deal) {
    int furthest = -1;
    for (StageChange change : deal.history()) {
      furthest = Math.max(furthest, openStagePosition.getOrDefault(change.to(), -1));
    }
    return furthest < 0
        ? java.util.Optional.empty()
        : java.util.Optional.of(pipeline.openStages().get(furthest));
  }
}
