package io.crmkit.core.contract;

import static io.crmkit.core.fixtures.CampaignFixtures.aCampaign;
import static io.crmkit.core.fixtures.ContactFixtures.OTHER_TENANT;
import static io.crmkit.core.fixtures.ContactFixtures.OWNER;
import static io.crmkit.core.fixtures.ContactFixtures.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.ConcurrentUpdateException;
import io.crmkit.core.DuplicateException;
import io.crmkit.core.PageRequest;
import io.crmkit.core.campaign.Campaign;
import io.crmkit.core.campaign.CampaignAction;
import io.crmkit.core.campaign.CampaignStatus;
import io.crmkit.core.fixtures.TestClock;
import io.crmkit.core.money.Money;
import io.crmkit.core.spi.CampaignRepository;
import io.crmkit.core.spi.CrmStorage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CampaignRepository} must do: keep a campaign whole (details, audience, cost,
 * status history, instants), names unique per tenant, the due scan, optimistic locking and tenant
 * isolation.
 */
public abstract class CampaignRepositoryContract {

  private static final Instant T0 = TestClock.START;

  protected CampaignRepository campaigns;

  /** Returns an empty storage for one test. */
  protected abstract CrmStorage newStorage();

  @BeforeEach
  void openStorage() {
    campaigns = newStorage().campaigns();
  }

  @Test
  void keepsACampaignWithItsDetailsAndHistory() {
    Campaign draft = aCampaign().build();
    Campaign costed =
        draft
            .update(draft.details().withCost(Money.of("1250.50", "EUR")), T0.plusSeconds(1), OWNER)
            .state();
    campaigns.insert(draft);
    campaigns.update(costed, draft.version());
    Campaign scheduled = costed.schedule(T0.plusSeconds(3600), T0.plusSeconds(2), OWNER).state();
    campaigns.update(scheduled, costed.version());
    Campaign sending = scheduled.move(CampaignAction.START, T0.plusSeconds(3600), OWNER).state();
    campaigns.update(sending, scheduled.version());
    Campaign claimed = sending.claimed(T0.plusSeconds(3601));
    campaigns.update(claimed, sending.version());

    Campaign found = campaigns.find(TENANT, draft.id()).orElseThrow();

    assertThat(found).isEqualTo(claimed);
    assertThat(found.history())
        .extracting(change -> change.to())
        .containsExactly(CampaignStatus.SCHEDULED, CampaignStatus.SENDING);
    assertThat(found.details().cost()).isEqualTo(Money.of("1250.50", "EUR"));
    assertThat(found.claimedAt()).contains(T0.plusSeconds(3601));
  }

  @Test
  void findsACampaignByItsNameAndRefusesTheNameTwice() {
    Campaign spring = aCampaign().named("Spring sale").build();
    campaigns.insert(spring);

    assertThat(campaigns.findByName(TENANT, "Spring sale")).contains(spring);
    assertThat(campaigns.findByName(TENANT, "spring sale")).isEmpty();
    assertThatThrownBy(() -> campaigns.insert(aCampaign().named("Spring sale").build()))
        .isInstanceOf(DuplicateException.class);
  }

  @Test
  void listsTheScheduledCampaignsWhoseInstantCameAndThoseSending() {
    Campaign draft = aCampaign().named("draft").build();
    Campaign past = scheduled("past", T0.minusSeconds(1));
    Campaign now = scheduled("now", T0);
    Campaign later = scheduled("later", T0.plusSeconds(1));
    Campaign sending = start(scheduled("sending", T0.minusSeconds(60)));
    Campaign paused = start(scheduled("paused", T0.minusSeconds(60)));
    for (Campaign campaign : List.of(draft, past, now, later, sending)) {
      campaigns.insert(campaign);
    }
    campaigns.insert(paused);
    campaigns.update(paused.move(CampaignAction.PAUSE, T0, OWNER).state(), paused.version());

    assertThat(campaigns.due(TENANT, T0, 10)).containsExactly(past, now, sending);
    assertThat(campaigns.due(TENANT, T0, 2)).containsExactly(past, now);
    assertThat(campaigns.due(OTHER_TENANT, T0, 10)).isEmpty();
  }

  @Test
  void refusesAStaleVersion() {
    Campaign draft = aCampaign().build();
    campaigns.insert(draft);
    Campaign scheduled = draft.schedule(T0.plusSeconds(60), T0, OWNER).state();
    campaigns.update(scheduled, draft.version());

    assertThatThrownBy(
            () ->
                campaigns.update(
                    draft.schedule(T0.plusSeconds(120), T0, OWNER).state(), draft.version()))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThat(campaigns.find(TENANT, draft.id())).contains(scheduled);
  }

  @Test
  void keepsTenantsApart() {
    Campaign ours = aCampaign().named("Shared name").build();
    Campaign theirs = aCampaign().named("Shared name").inTenant(OTHER_TENANT).build();
    campaigns.insert(ours);
    campaigns.insert(theirs);

    assertThat(campaigns.find(OTHER_TENANT, ours.id())).isEmpty();
    assertThat(campaigns.findByName(OTHER_TENANT, "Shared name")).contains(theirs);
    assertThat(campaigns.list(TENANT, PageRequest.first(10)).items()).containsExactly(ours);
    assertThat(campaigns.findOwners(OTHER_TENANT, List.of(ours.id()))).isEmpty();
  }

  @Test
  void pagesThroughTheCampaignsInIdOrder() {
    List<Campaign> all =
        List.of(
            aCampaign().named("one").build(),
            aCampaign().named("two").build(),
            aCampaign().named("three").build());
    all.forEach(campaigns::insert);

    var first = campaigns.list(TENANT, PageRequest.first(2));
    var second = campaigns.list(TENANT, PageRequest.after(first.nextCursor().orElseThrow(), 2));

    assertThat(first.items()).containsExactly(all.get(0), all.get(1));
    assertThat(second.items()).containsExactly(all.get(2));
    assertThat(second.hasNext()).isFalse();
  }

  private Campaign scheduled(String name, Instant sendAt) {
    Campaign draft = aCampaign().named(name).createdAt(T0.minus(Duration.ofDays(1))).build();
    return draft.schedule(sendAt, T0.minus(Duration.ofDays(1)), OWNER).state();
  }

  private static Campaign start(Campaign scheduled) {
    return scheduled.move(CampaignAction.START, T0.minusSeconds(30), OWNER).state();
  }
}
