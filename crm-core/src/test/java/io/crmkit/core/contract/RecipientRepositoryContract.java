package io.crmkit.core.contract;

import static io.crmkit.core.fixtures.CampaignFixtures.aCampaign;
import static io.crmkit.core.fixtures.CampaignFixtures.aRecipientOf;
import static io.crmkit.core.fixtures.ContactFixtures.OTHER_TENANT;
import static io.crmkit.core.fixtures.ContactFixtures.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.ConcurrentUpdateException;
import io.crmkit.core.DuplicateException;
import io.crmkit.core.PageRequest;
import io.crmkit.core.campaign.Campaign;
import io.crmkit.core.campaign.Engagement;
import io.crmkit.core.campaign.EngagementKind;
import io.crmkit.core.campaign.Recipient;
import io.crmkit.core.campaign.RecipientId;
import io.crmkit.core.campaign.RecipientStatus;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.fixtures.Ids;
import io.crmkit.core.fixtures.TestClock;
import io.crmkit.core.spi.CrmStorage;
import io.crmkit.core.spi.RecipientRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RecipientRepository} must do: keep a recipient whole through claiming, sending
 * and engagement, one row per contact and campaign, one recipient per provider message id, claims
 * that two units of work running at once never share, the throttle's and the lease's counts,
 * optimistic locking and tenant isolation.
 */
public abstract class RecipientRepositoryContract {

  private static final Instant T0 = TestClock.START;

  protected CrmStorage storage;
  protected RecipientRepository recipients;

  /** Returns an empty storage for one test. */
  protected abstract CrmStorage newStorage();

  @BeforeEach
  void openStorage() {
    storage = newStorage();
    recipients = storage.recipients();
  }

  @Test
  void keepsARecipientThroughSendingAndEngagement() {
    Campaign campaign = aCampaign().build();
    Recipient queued = aRecipientOf(campaign, T0);
    recipients.insertAll(List.of(queued));
    Recipient claimed = recipients.claim(TENANT, campaign.id(), T0.plusSeconds(1), 10).get(0);
    Recipient sent = claimed.sent("ana@example.com", "<m1@mail.example.com>", T0.plusSeconds(2));
    recipients.update(sent, claimed.version());
    Recipient delivered =
        sent.engage(new Engagement(EngagementKind.DELIVERED, T0.plusSeconds(3), null), T0);
    recipients.update(delivered, sent.version());
    Recipient engaged =
        delivered.engage(
            new Engagement(
                EngagementKind.CLICKED, T0.plusSeconds(9), "https://example.com/spring?x=1"),
            T0);
    recipients.update(engaged, delivered.version());

    Recipient found = recipients.find(TENANT, queued.id()).orElseThrow();

    assertThat(found).isEqualTo(engaged);
    assertThat(found.status()).isEqualTo(RecipientStatus.CLICKED);
    assertThat(found.engagements()).hasSize(2);
    assertThat(recipients.findByProviderMessageId(TENANT, "<m1@mail.example.com>"))
        .contains(engaged);
    assertThat(recipients.findByProviderMessageId(OTHER_TENANT, "<m1@mail.example.com>")).isEmpty();
  }

  @Test
  void keepsAContactInACampaignOnce() {
    Campaign campaign = aCampaign().build();
    ContactId ana = ContactId.of(Ids.next());
    recipients.insertAll(List.of(aRecipientOf(campaign, ana, T0)));

    assertThatThrownBy(
            () ->
                recipients.insertAll(
                    List.of(
                        aRecipientOf(campaign, ContactId.of(Ids.next()), T0),
                        aRecipientOf(campaign, ana, T0))))
        .isInstanceOf(DuplicateException.class);
    assertThat(recipients.ofCampaign(TENANT, campaign.id(), PageRequest.first(10)).items())
        .hasSize(1);
  }

  @Test
  void claimsQueuedRecipientsInIdOrderOnlyOnce() {
    Campaign campaign = aCampaign().build();
    List<Recipient> queued = queue(campaign, 5);

    List<Recipient> first = recipients.claim(TENANT, campaign.id(), T0, 3);
    List<Recipient> second = recipients.claim(TENANT, campaign.id(), T0, 3);
    List<Recipient> third = recipients.claim(TENANT, campaign.id(), T0, 3);

    assertThat(first).extracting(Recipient::id).containsExactly(ids(queued.subList(0, 3)));
    assertThat(second).extracting(Recipient::id).containsExactly(ids(queued.subList(3, 5)));
    assertThat(third).isEmpty();
    assertThat(first).allMatch(r -> r.status() == RecipientStatus.SENDING);
    assertThat(recipients.find(TENANT, queued.get(0).id()).orElseThrow().claimedAt()).contains(T0);
  }

  @Test
  void countsClaimsAndFindsClaimsLeftBehind() {
    Campaign campaign = aCampaign().build();
    queue(campaign, 4);
    List<Recipient> early = recipients.claim(TENANT, campaign.id(), T0, 2);
    List<Recipient> late = recipients.claim(TENANT, campaign.id(), T0.plusSeconds(600), 1);
    Recipient done = early.get(0).sent("a@example.com", "p-1", T0.plusSeconds(1));
    recipients.update(done, early.get(0).version());

    assertThat(recipients.claimedAfter(TENANT, campaign.id(), T0.minusSeconds(1))).isEqualTo(3);
    assertThat(recipients.claimedAfter(TENANT, campaign.id(), T0)).isEqualTo(1);
    assertThat(recipients.claimedAfter(TENANT, campaign.id(), T0.plusSeconds(600))).isZero();
    assertThat(recipients.claimedBefore(TENANT, campaign.id(), T0.plusSeconds(600), 10))
        .containsExactly(early.get(1));
    assertThat(recipients.open(TENANT, campaign.id())).isEqualTo(3);
    assertThat(late).hasSize(1);
    assertThat(recipients.open(OTHER_TENANT, campaign.id())).isZero();
  }

  @Test
  void neverGivesOneRecipientToTwoClaimsRunningAtOnce() throws Exception {
    Campaign campaign = aCampaign().build();
    int count = 200;
    queue(campaign, count);
    Set<Object> claimedTwice = ConcurrentHashMap.newKeySet();
    Set<Object> claimed = ConcurrentHashMap.newKeySet();
    CyclicBarrier together = new CyclicBarrier(2);
    Callable<Integer> claimer =
        () -> {
          together.await(10, TimeUnit.SECONDS);
          int mine = 0;
          while (true) {
            List<Recipient> batch =
                storage.unitOfWork().execute(() -> recipients.claim(TENANT, campaign.id(), T0, 7));
            if (batch.isEmpty()) {
              return mine;
            }
            for (Recipient recipient : batch) {
              if (!claimed.add(recipient.id())) {
                claimedTwice.add(recipient.id());
              }
            }
            mine += batch.size();
          }
        };
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<Integer> one = pool.submit(claimer);
      Future<Integer> two = pool.submit(claimer);

      assertThat(one.get(60, TimeUnit.SECONDS) + two.get(60, TimeUnit.SECONDS)).isEqualTo(count);
    } finally {
      pool.shutdownNow();
    }
    assertThat(claimedTwice).isEmpty();
    assertThat(claimed).hasSize(count);
    assertThat(recipients.open(TENANT, campaign.id())).isEqualTo(count);
  }

  @Test
  void refusesAStaleVersion() {
    Campaign campaign = aCampaign().build();
    queue(campaign, 1);
    Recipient claimed = recipients.claim(TENANT, campaign.id(), T0, 1).get(0);
    recipients.update(
        claimed.notSent(RecipientStatus.SKIPPED, "no consent", T0), claimed.version());

    assertThatThrownBy(
            () -> recipients.update(claimed.sent("a@example.com", "p-2", T0), claimed.version()))
        .isInstanceOf(ConcurrentUpdateException.class);
  }

  @Test
  void listsAContactsRecipientsAcrossCampaignsAndKeepsTenantsApart() {
    Campaign spring = aCampaign().named("spring").build();
    Campaign autumn = aCampaign().named("autumn").build();
    Campaign theirs = aCampaign().named("spring").inTenant(OTHER_TENANT).build();
    ContactId ana = ContactId.of(Ids.next());
    Recipient inSpring = aRecipientOf(spring, ana, T0);
    Recipient inAutumn = aRecipientOf(autumn, ana, T0);
    recipients.insertAll(List.of(inSpring, inAutumn, aRecipientOf(theirs, ana, T0)));

    assertThat(recipients.ofContact(TENANT, ana)).containsExactly(inSpring, inAutumn);
    assertThat(recipients.ofContact(OTHER_TENANT, ana)).hasSize(1);
    assertThat(recipients.find(OTHER_TENANT, inSpring.id())).isEmpty();
    assertThat(recipients.claim(OTHER_TENANT, spring.id(), T0, 10)).isEmpty();
  }

  @Test
  void pagesThroughACampaignsRecipientsInIdOrder() {
    Campaign campaign = aCampaign().build();
    List<Recipient> queued = queue(campaign, 5);
    List<Recipient> seen = new ArrayList<>();
    PageRequest request = PageRequest.first(2);
    while (true) {
      var page = recipients.ofCampaign(TENANT, campaign.id(), request);
      seen.addAll(page.items());
      if (!page.hasNext()) {
        break;
      }
      request = PageRequest.after(page.nextCursor().orElseThrow(), 2);
    }

    assertThat(seen).containsExactlyElementsOf(queued);
    assertThat(new HashSet<>(seen)).hasSize(5);
  }

  private List<Recipient> queue(Campaign campaign, int count) {
    List<Recipient> queued = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      queued.add(aRecipientOf(campaign, T0));
    }
    recipients.insertAll(queued);
    return queued;
  }

  private static RecipientId[] ids(List<Recipient> some) {
    return some.stream().map(Recipient::id).toArray(RecipientId[]::new);
  }
}
