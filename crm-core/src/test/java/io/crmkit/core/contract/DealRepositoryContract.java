package io.crmkit.core.contract;

import static io.crmkit.core.fixtures.ContactFixtures.OTHER_TENANT;
import static io.crmkit.core.fixtures.ContactFixtures.OWNER;
import static io.crmkit.core.fixtures.ContactFixtures.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.ConcurrentUpdateException;
import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.UserId;
import io.crmkit.core.deal.Deal;
import io.crmkit.core.deal.DealQuery;
import io.crmkit.core.deal.Pipeline;
import io.crmkit.core.deal.PipelinePolicy;
import io.crmkit.core.fixtures.DealFixtures;
import io.crmkit.core.fixtures.PipelineFixtures;
import io.crmkit.core.fixtures.TestClock;
import io.crmkit.core.reason.Reason;
import io.crmkit.core.spi.CrmStorage;
import io.crmkit.core.spi.DealRepository;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link DealRepository} must do: deals kept whole with their history, found by
 * pipeline, stage, owner and openness, paged through in id order, one tenant at a time.
 */
public abstract class DealRepositoryContract {

  private static final UserId BRUNO = UserId.of("bruno");

  protected DealRepository deals;
  private final Pipeline sales = PipelineFixtures.salesPipeline(PipelinePolicy.FLEXIBLE);

  /** Returns an empty storage for one test. */
  protected abstract CrmStorage newStorage();

  @BeforeEach
  void openStorage() {
    deals = newStorage().deals();
  }

  @Test
  void keepsADealWithItsFullStageHistory() {
    Deal deal = DealFixtures.aDeal(sales).readyForProposal().build();
    deals.insert(deal);
    Deal moved =
        deal.moveTo(sales, PipelineFixtures.PROPOSAL, TestClock.START.plusSeconds(60), OWNER)
            .state();
    deals.update(moved, 1);

    Deal stored = deals.find(TENANT, deal.id()).orElseThrow();
    assertThat(stored).isEqualTo(moved);
    assertThat(stored.history()).isEqualTo(moved.history()).hasSize(2);
    assertThat(deals.find(OTHER_TENANT, deal.id())).isEmpty();
  }

  @Test
  void findsDealsByPipelineStageOwnerAndOpenness() {
    Deal first = DealFixtures.aDeal(sales).build();
    Deal brunos = DealFixtures.aDeal(sales).ownedBy(BRUNO).build();
    Deal proposal =
        DealFixtures.aDeal(sales).readyForProposal().inStage(PipelineFixtures.PROPOSAL).build();
    Deal lost = DealFixtures.aDeal(sales).build();
    List.of(first, brunos, proposal, lost).forEach(deals::insert);
    Deal lostNow = lost.lose(sales, Reason.of("price", "Price"), TestClock.START, OWNER).state();
    deals.update(lostNow, 1);

    assertThat(search(DealQuery.all().inPipeline(sales.id())))
        .containsExactly(first, brunos, proposal, lostNow);
    assertThat(search(DealQuery.all().inStage(PipelineFixtures.NEW)))
        .containsExactly(first, brunos);
    assertThat(search(DealQuery.all().ownedBy(BRUNO))).containsExactly(brunos);
    assertThat(search(DealQuery.all().openOnly())).containsExactly(first, brunos, proposal);
    assertThat(deals.count(TENANT, DealQuery.all().openOnly())).isEqualTo(3);
    assertThat(deals.count(OTHER_TENANT, DealQuery.all())).isZero();
  }

  @Test
  void pagesThroughEveryDealOfATenantInIdOrder() {
    List<Deal> all = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      Deal deal = DealFixtures.aDeal(sales).named("Deal " + i).build();
      deals.insert(deal);
      all.add(deal);
    }
    List<Deal> read = new ArrayList<>();
    PageRequest request = PageRequest.first(3);
    while (true) {
      Page<Deal> page = deals.search(TENANT, DealQuery.all(), request);
      read.addAll(page.items());
      if (!page.hasNext()) {
        break;
      }
      request = PageRequest.after(page.next(), 3);
    }
    assertThat(read).containsExactlyElementsOf(all);
  }

  @Test
  void updatesOnlyTheExpectedVersion() {
    Deal deal = DealFixtures.aDeal(sales).build();
    deals.insert(deal);
    Deal won = deal.win(sales, TestClock.START, OWNER).state();

    assertThatThrownBy(() -> deals.update(won, 2)).isInstanceOf(ConcurrentUpdateException.class);
    assertThat(deals.find(TENANT, deal.id())).contains(deal);
  }

  private List<Deal> search(DealQuery query) {
    return deals.search(TENANT, query, PageRequest.first(100)).items();
  }
}
