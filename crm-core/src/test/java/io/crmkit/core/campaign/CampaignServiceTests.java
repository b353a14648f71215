package io.crmkit.core.campaign;

import static io.crmkit.core.fixtures.CampaignFixtures.NEWSLETTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.Crm;
import io.crmkit.core.NotFoundException;
import io.crmkit.core.PageRequest;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.consent.Channel;
import io.crmkit.core.consent.ConsentEvidence;
import io.crmkit.core.consent.ConsentSource;
import io.crmkit.core.consent.LegalBasis;
import io.crmkit.core.consent.Subscription;
import io.crmkit.core.consent.SuppressedAddress;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.contactpoint.EmailAddress;
import io.crmkit.core.deal.Deal;
import io.crmkit.core.deal.DealDetails;
import io.crmkit.core.deal.DealRole;
import io.crmkit.core.deal.Pipeline;
import io.crmkit.core.deal.PipelinePolicy;
import io.crmkit.core.fixtures.PipelineFixtures;
import io.crmkit.core.fixtures.TestClock;
import io.crmkit.core.memory.InMemoryCrmStorage;
import io.crmkit.core.memory.InMemoryMessageGateway;
import io.crmkit.core.message.OutboundMessage;
import io.crmkit.core.message.TemplateContent;
import io.crmkit.core.money.Money;
import io.crmkit.core.spi.CrmStorage;
import io.crmkit.core.timeline.ActivityDetails;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CampaignServiceTests {

  private static final Instant T0 = TestClock.START;
  private static final Duration HOUR = Duration.ofHours(1);

  private final TestClock clock = TestClock.atStart();
  private final InMemoryMessageGateway gateway = InMemoryMessageGateway.create();
  private final Map<String, Set<ContactId>> segments = new ConcurrentHashMap<>();
  private final CrmStorage storage = InMemoryCrmStorage.create();
  private Crm crm;

  @BeforeEach
  void openCrm() {
    crm = crm(TenantId.of("acme"));
    crm.consent().defineType(NEWSLETTER, "Newsletter");
    crm.messages()
        .createTemplate(
            TemplateContent.email("spring-template")
                .subject("Spring sale")
                .text("Hello {{contact.firstName}}, spring is here.")
                .field("contact.firstName", "there")
                .build());
  }

  private Crm crm(TenantId tenant) {
    return Crm.builder()
        .storage(storage)
        .tenant(tenant)
        .actor(UserId.of("olivia"))
        .clock(clock)
        .messageGateway(gateway)
        .unsubscribeSecret("0123456789abcdef0123456789abcdef".getBytes())
        .unsubscribeEndpoint(
            new UnsubscribeEndpoint(
                URI.create("https://acme.example/unsubscribe"),
                EmailAddress.of("unsubscribe@acme.example")))
        .audiences(
            (on, audience) -> {
              Set<ContactId> members = new LinkedHashSet<>();
              audience.segments().forEach(name -> members.addAll(segments.get(name)));
              audience.exclusions().forEach(name -> members.removeAll(segments.get(name)));
              return members;
            })
        .build();
  }

  @Test
  void sendsOnlyTheRecipientsWhoConsentAtTheirSendInstant() {
    Contact ana = subscriber("Ana", "ana@example.com");
    Contact bea = subscriber("Bea", "bea@example.com");
    crm.consent()
        .withdraw(Subscription.of(bea.id(), Channel.EMAIL, NEWSLETTER), ConsentSource.LINK);
    Contact cai = contact("Cai", "cai@example.com");
    segments.put("subscribers", Set.of(ana.id(), bea.id(), cai.id()));
    Campaign campaign = scheduled(1_000, T0.plus(HOUR));

    DueRun early = crm.campaigns().runDue();
    clock.advance(HOUR);
    DueRun due = crm.campaigns().runDue();
    DueRun after = crm.campaigns().runDue();

    assertThat(early).isEqualTo(DueRun.NOTHING);
    assertThat(due).isEqualTo(new DueRun(1, 1, 2, 0, 1));
    assertThat(after).isEqualTo(DueRun.NOTHING);
    assertThat(gateway.sent()).extracting(OutboundMessage::to).containsExactly("ana@example.com");
    OutboundMessage sent = gateway.sent().get(0);
    assertThat(sent.text()).contains("Hello Ana, spring is here.");
    assertThat(sent.headers().get("List-Unsubscribe"))
        .contains("https://acme.example/unsubscribe?token=");
    assertThat(crm.campaigns().get(campaign.id()).status()).isEqualTo(CampaignStatus.SENT);
    List<Recipient> recipients =
        crm.campaigns().recipients(campaign.id(), PageRequest.first(10)).items();
    assertThat(recipients)
        .extracting(Recipient::status)
        .containsExactlyInAnyOrder(
            RecipientStatus.SENT, RecipientStatus.SKIPPED, RecipientStatus.SKIPPED);
    assertThat(recipients)
        .filteredOn(r -> r.contact().equals(bea.id()))
        .extracting(Recipient::note)
        .containsExactly("WITHDRAWN");
  }

  @Test
  void keepsToTheThrottleHourByHour() {
    List<ContactId> five = new ArrayList<>();
    for (String name : List.of("Ana", "Bea", "Cai", "Dan", "Eva")) {
      five.add(subscriber(name, name.toLowerCase() + "@example.com").id());
    }
    segments.put("subscribers", Set.copyOf(five));
    scheduled(2, T0);

    DueRun first = crm.campaigns().runDue();
    clock.advance(Duration.ofMinutes(59));
    DueRun sameHour = crm.campaigns().runDue();
    clock.advance(Duration.ofMinutes(1));
    DueRun second = crm.campaigns().runDue();
    clock.advance(HOUR);
    DueRun last = crm.campaigns().runDue();

    assertThat(first.sent()).isEqualTo(2);
    assertThat(sameHour.sent()).isZero();
    assertThat(second.sent()).isEqualTo(2);
    assertThat(last).isEqualTo(new DueRun(0, 1, 0, 0, 1));
    assertThat(gateway.sent()).hasSize(5);
  }

  @Test
  void anUnsubscribeBetweenTwoRunsStopsTheNextSend() {
    Contact ana = subscriber("Ana", "ana@example.com");
    Contact bea = subscriber("Bea", "bea@example.com");
    segments.put("subscribers", Set.of(ana.id(), bea.id()));
    scheduled(1, T0);
    crm.campaigns().runDue();
    ContactId first = gateway.sent().get(0).to().equals("ana@example.com") ? ana.id() : bea.id();
    ContactId second = first.equals(ana.id()) ? bea.id() : ana.id();

    crm.consent().withdraw(Subscription.of(second, Channel.EMAIL, NEWSLETTER), ConsentSource.LINK);
    clock.advance(HOUR);
    DueRun next = crm.campaigns().runDue();

    assertThat(next).isEqualTo(new DueRun(0, 0, 1, 0, 1));
    assertThat(gateway.sent()).hasSize(1);
    assertThat(crm.campaigns().recipientsOf(second))
        .extracting(Recipient::status)
        .containsExactly(RecipientStatus.SKIPPED);
  }

  @Test
  void recordsEachProviderEventOnceOnTheRecipientAndTheTimeline() {
    Contact ana = subscriber("Ana", "ana@example.com");
    segments.put("subscribers", Set.of(ana.id()));
    Campaign campaign = scheduled(10, T0);
    crm.campaigns().runDue();
    String providerId = gateway.sent().get(0).id().toString();
    String id = crm.campaigns().recipientsOf(ana.id()).get(0).providerMessageId().orElseThrow();

    crm.campaigns().record(ProviderEvent.of(id, EngagementKind.DELIVERED, T0.plusSeconds(5)));
    crm.campaigns().record(ProviderEvent.of(id, EngagementKind.OPENED, T0.plusSeconds(60)));
    crm.campaigns().record(ProviderEvent.of(id, EngagementKind.OPENED, T0.plusSeconds(60)));
    Recipient clicked =
        crm.campaigns()
            .record(ProviderEvent.click(id, "https://acme.example/sale", T0.plusSeconds(90)))
            .orElseThrow();

    assertThat(clicked.status()).isEqualTo(RecipientStatus.CLICKED);
    assertThat(clicked.engagements()).hasSize(3);
    assertThat(crm.campaigns().record(ProviderEvent.of("unknown", EngagementKind.OPENED, T0)))
        .isEmpty();
    assertThat(crm.timeline().view(ana.id(), PageRequest.first(20)).activities().items())
        .extracting(activity -> activity.entry().details())
        .filteredOn(ActivityDetails.CampaignEngagement.class::isInstance)
        .containsExactlyInAnyOrder(
            new ActivityDetails.CampaignEngagement("Spring sale", "delivered"),
            new ActivityDetails.CampaignEngagement("Spring sale", "opened"),
            new ActivityDetails.CampaignEngagement("Spring sale", "clicked"));
    CampaignFunnel funnel = crm.campaigns().funnel(campaign.id());
    assertThat(funnel.sent()).isEqualTo(1);
    assertThat(funnel.delivered()).isEqualTo(1);
    assertThat(funnel.opened()).isEqualTo(1);
    assertThat(funnel.clickRate()).isEqualTo(1.0);
    assertThat(providerId).isNotBlank();
  }

  @Test
  void aHardBounceSuppressesTheAddressAndAnUnsubscribeWithdrawsConsent() {
    Contact ana = subscriber("Ana", "ana@example.com");
    Contact bea = subscriber("Bea", "bea@example.com");
    segments.put("subscribers", Set.of(ana.id(), bea.id()));
    scheduled(10, T0);
    crm.campaigns().runDue();

    crm.campaigns().record(ProviderEvent.of(providerId(ana), EngagementKind.HARD_BOUNCE, T0));
    crm.campaigns().record(ProviderEvent.of(providerId(bea), EngagementKind.UNSUBSCRIBED, T0));

    assertThat(
            crm.consent().suppression(SuppressedAddress.email(EmailAddress.of("ana@example.com"))))
        .isPresent();
    assertThat(
            crm.consent().maySend(Subscription.of(bea.id(), Channel.EMAIL, NEWSLETTER)).allowed())
        .isFalse();
    assertThat(
            crm.consent().maySend(Subscription.of(ana.id(), Channel.EMAIL, NEWSLETTER)).allowed())
        .isFalse();
  }

  @Test
  void twoInstancesRunningTheDueWorkAtOnceSendEveryRecipientOnce() throws Exception {
    Set<ContactId> many = new LinkedHashSet<>();
    for (int i = 0; i < 120; i++) {
      many.add(subscriber("P" + i, "p" + i + "@example.com").id());
    }
    segments.put("subscribers", many);
    scheduled(1_000, T0);
    Crm other = crm(TenantId.of("acme"));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<DueRun> one = pool.submit(() -> crm.campaigns().runDue());
      Future<DueRun> two = pool.submit(() -> other.campaigns().runDue());

      DueRun both = one.get(60, TimeUnit.SECONDS).plus(two.get(60, TimeUnit.SECONDS));

      assertThat(both.started()).isEqualTo(1);
      assertThat(both.sent()).isEqualTo(120);
    } finally {
      pool.shutdownNow();
    }
    assertThat(gateway.sent()).hasSize(120);
    assertThat(gateway.sent().stream().map(OutboundMessage::to).distinct()).hasSize(120);
  }

  @Test
  void aRecipientLeftClaimedByAStoppedRunIsNeverSentAgain() {
    Contact ana = subscriber("Ana", "ana@example.com");
    Contact bea = subscriber("Bea", "bea@example.com");
    segments.put("subscribers", Set.of(ana.id(), bea.id()));
    Campaign campaign = scheduled(1, T0);
    crm.campaigns().runDue();
    clock.advance(HOUR);
    // an instance claims the second recipient, then stops before sending it
    storage
        .unitOfWork()
        .execute(() -> storage.recipients().claim(crm.tenant(), campaign.id(), clock.instant(), 1));

    DueRun withinLease = crm.campaigns().runDue();
    clock.advance(CampaignService.CLAIM_LEASE.plusSeconds(1));
    DueRun afterLease = crm.campaigns().runDue();

    assertThat(withinLease).isEqualTo(DueRun.NOTHING);
    assertThat(afterLease).isEqualTo(new DueRun(0, 0, 0, 1, 1));
    assertThat(gateway.sent()).hasSize(1);
    assertThat(crm.campaigns().funnel(campaign.id()).failed()).isEqualTo(1);
  }

  @Test
  void pausingStopsSendingAndResumingGoesOn() {
    Contact ana = subscriber("Ana", "ana@example.com");
    Contact bea = subscriber("Bea", "bea@example.com");
    segments.put("subscribers", Set.of(ana.id(), bea.id()));
    Campaign campaign = scheduled(1, T0);
    crm.campaigns().runDue();
    Campaign sending = crm.campaigns().get(campaign.id());

    Campaign paused = crm.campaigns().move(sending.id(), sending.version(), CampaignAction.PAUSE);
    clock.advance(HOUR);
    DueRun whilePaused = crm.campaigns().runDue();
    crm.campaigns().move(paused.id(), paused.version(), CampaignAction.RESUME);
    DueRun resumed = crm.campaigns().runDue();

    assertThat(whilePaused).isEqualTo(DueRun.NOTHING);
    assertThat(resumed).isEqualTo(new DueRun(0, 1, 0, 0, 1));
    assertThat(crm.campaigns().get(campaign.id()).history())
        .extracting(change -> change.to())
        .containsExactly(
            CampaignStatus.SCHEDULED,
            CampaignStatus.SENDING,
            CampaignStatus.PAUSED,
            CampaignStatus.SENDING,
            CampaignStatus.SENT);
  }

  @Test
  void creditsWonDealsToTheCampaignsThatReachedTheirContactsBefore() {
    Contact ana = subscriber("Ana", "ana@example.com");
    Contact bea = subscriber("Bea", "bea@example.com");
    segments.put("subscribers", Set.of(ana.id(), bea.id()));
    Campaign spring = scheduled(10, T0);
    crm.campaigns().runDue();
    Campaign costed = crm.campaigns().get(spring.id());
    clock.advance(Duration.ofDays(7));
    Campaign summer = summer();
    crm.campaigns().runDue();
    clock.advance(Duration.ofDays(7));
    Pipeline sales =
        crm.pipelines().create("Sales", PipelineFixtures.salesStages(), PipelinePolicy.STRICT);
    Deal won = deal(sales, "Ana's order", "1000.00", ana.id());
    crm.deals().win(won);
    deal(sales, "Bea's order", "400.00", bea.id());

    CampaignReport first = crm.campaigns().report(spring.id(), AttributionModel.FIRST_TOUCH);
    CampaignReport linear = crm.campaigns().report(spring.id(), AttributionModel.LINEAR);
    CampaignReport decay = crm.campaigns().report(summer.id(), AttributionModel.TIME_DECAY);

    assertThat(first.influencedPipeline()).containsExactly(Money.of("1400.00", "EUR"));
    assertThat(first.attributedRevenue()).containsExactly(Money.of("1000.00", "EUR"));
    assertThat(first.wonDeals()).isEqualTo(1);
    assertThat(linear.attributedRevenue()).containsExactly(Money.of("500.00", "EUR"));
    // touches 14 and 7 days before the win weigh 1/4 and 1/2: the later one earns 2/3
    assertThat(decay.attributedRevenue()).containsExactly(Money.of("666.67", "EUR"));
    assertThat(first.funnel().sent()).isEqualTo(2);
    assertThat(costed.details().cost()).isNull();
    assertThat(first.roi()).isEmpty();
  }

  @Test
  void reportsTheReturnOnTheCampaignsCost() {
    Contact ana = subscriber("Ana", "ana@example.com");
    segments.put("subscribers", Set.of(ana.id()));
    Campaign draft =
        crm.campaigns().create(details("Spring sale", 10).withCost(Money.of("250.00", "EUR")));
    crm.campaigns().schedule(draft.id(), draft.version(), T0);
    crm.campaigns().runDue();
    clock.advance(Duration.ofDays(1));
    Pipeline sales =
        crm.pipelines().create("Sales", PipelineFixtures.salesStages(), PipelinePolicy.STRICT);
    crm.deals().win(deal(sales, "Ana's order", "1000.00", ana.id()));

    CampaignReport report = crm.campaigns().report(draft.id(), AttributionModel.LAST_TOUCH);

    assertThat(report.roi()).contains(new java.math.BigDecimal("3.0000"));
  }

  private Campaign summer() {
    Campaign draft = crm.campaigns().create(details("Summer sale", 10));
    return crm.campaigns().schedule(draft.id(), draft.version(), clock.instant());
  }

  private Deal deal(Pipeline pipeline, String name, String amount, ContactId contact) {
    return crm.deals()
        .open(
            pipeline.id(),
            DealDetails.builder()
                .name(name)
                .amount(amount, "EUR")
                .contact(contact, DealRole.DECISION_MAKER)
                .build());
  }

  @Test
  void leavesTheStartAndFinishToTheDueWork() {
    Campaign draft =
        crm.campaigns().create(io.crmkit.core.fixtures.CampaignFixtures.aCampaign().details());

    assertThatThrownBy(
            () -> crm.campaigns().move(draft.id(), draft.version(), CampaignAction.START))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("START");
  }

  @Test
  void keepsEachTenantsCampaignsToItself() {
    Campaign ours =
        crm.campaigns().create(io.crmkit.core.fixtures.CampaignFixtures.aCampaign().details());
    Crm globex = crm(TenantId.of("globex"));

    assertThat(globex.campaigns().find(ours.id())).isEmpty();
    assertThatThrownBy(() -> globex.campaigns().schedule(ours.id(), ours.version(), T0))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> globex.campaigns().funnel(ours.id()))
        .isInstanceOf(NotFoundException.class);
    assertThat(globex.campaigns().findByName("Spring sale")).isEmpty();
  }

  private String providerId(Contact contact) {
    return crm.campaigns().recipientsOf(contact.id()).get(0).providerMessageId().orElseThrow();
  }

  private Campaign scheduled(int throttle, Instant sendAt) {
    Campaign draft = crm.campaigns().create(details("Spring sale", throttle));
    return crm.campaigns().schedule(draft.id(), draft.version(), sendAt);
  }

  private static CampaignDetails details(String name, int throttle) {
    return CampaignDetails.email(
        name,
        "spring-template",
        EmailAddress.of("news@acme.example"),
        Audience.ofSegments("subscribers"),
        NEWSLETTER,
        throttle);
  }

  private Contact subscriber(String name, String email) {
    Contact contact = contact(name, email);
    crm.consent()
        .grant(
            Subscription.of(contact.id(), Channel.EMAIL, NEWSLETTER),
            LegalBasis.CONSENT,
            ConsentSource.FORM,
            ConsentEvidence.NONE);
    return contact;
  }

  private Contact contact(String name, String email) {
    return crm.contacts().create(ContactDetails.builder().name(name, "Test").email(email).build());
  }
}
