package io.crmkit.core.contract;

import static io.crmkit.core.fixtures.ContactFixtures.OWNER;
import static io.crmkit.core.fixtures.ContactFixtures.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.Crm;
import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.consent.Channel;
import io.crmkit.core.consent.ConsentEntry;
import io.crmkit.core.consent.ConsentEvent;
import io.crmkit.core.consent.ConsentEvent.AddressSuppressed;
import io.crmkit.core.consent.ConsentEvent.AddressUnsuppressed;
import io.crmkit.core.consent.ConsentEvent.ConsentConfirmationRequested;
import io.crmkit.core.consent.ConsentEvent.ConsentConfirmed;
import io.crmkit.core.consent.ConsentEvent.ConsentGranted;
import io.crmkit.core.consent.ConsentEvent.ConsentWithdrawn;
import io.crmkit.core.consent.ConsentEvidence;
import io.crmkit.core.consent.ConsentSource;
import io.crmkit.core.consent.ConsentStatus;
import io.crmkit.core.consent.ConsentTokenException;
import io.crmkit.core.consent.ConsentTokenException.Problem;
import io.crmkit.core.consent.LegalBasis;
import io.crmkit.core.consent.PendingConfirmation;
import io.crmkit.core.consent.Purpose;
import io.crmkit.core.consent.SendDecision;
import io.crmkit.core.consent.SendReason;
import io.crmkit.core.consent.Subscription;
import io.crmkit.core.consent.SuppressedAddress;
import io.crmkit.core.consent.SuppressionReason;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.contactpoint.EmailAddress;
import io.crmkit.core.contactpoint.PostalAddress;
import io.crmkit.core.fixtures.Ids;
import io.crmkit.core.fixtures.RecordingPublisher;
import io.crmkit.core.fixtures.TestClock;
import io.crmkit.core.spi.CrmStorage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the consent ledger must do on every storage, under {@code crm.consent()}: record grants,
 * withdrawals and double opt-ins with their evidence, derive each subscription's current state from
 * the latest entry, honour the suppression list, answer "may send?" with its reason at the clock's
 * instant, alike for one contact and for a batch, and take one-click unsubscribes by signed token.
 */
public abstract class ConsentContract {

  private static final Purpose NEWSLETTER = Purpose.of("newsletter");
  private static final Purpose EVENTS = Purpose.of("events");
  private static final byte[] SECRET =
      "a host secret of at least 32 bytes, for tests".getBytes(StandardCharsets.UTF_8);
  private static final ConsentEvidence SIGN_UP =
      ConsentEvidence.of("Send me the monthly newsletter", "footer sign-up", "203.0.113.7");

  private final TestClock clock = TestClock.atStart();
  private final RecordingPublisher published = new RecordingPublisher();
  private CrmStorage storage;
  private Crm crm;
  private Contact ana;
  private Subscription anaNews;

  /** Returns an empty storage for one test. */
  protected abstract CrmStorage newStorage();

  @BeforeEach
  void openCrm() {
    storage = newStorage();
    crm =
        Crm.builder()
            .storage(storage)
            .tenant(TENANT)
            .actor(OWNER)
            .clock(clock)
            .unsubscribeSecret(SECRET)
            .eventPublisher(published)
            .build();
    crm.consent().defineType(NEWSLETTER, "Monthly newsletter");
    crm.consent().defineType(EVENTS, "Events near you");
    ana = contact("ana@example.com");
    anaNews = Subscription.of(ana.id(), Channel.EMAIL, NEWSLETTER);
  }

  @Test
  void keepsTheTenantsSubscriptionTypesInPurposeOrder() {
    crm.consent().defineType(NEWSLETTER, "Newsletter");

    assertThat(crm.consent().types())
        .extracting(type -> type.purpose().value() + "=" + type.name())
        .containsExactly("events=Events near you", "newsletter=Newsletter");
  }

  @Test
  void refusesConsentForAPurposeTheTenantDoesNotDefine() {
    Subscription unknown = Subscription.of(ana.id(), Channel.EMAIL, Purpose.of("webinars"));

    assertThatThrownBy(
            () ->
                crm.consent()
                    .grant(unknown, LegalBasis.CONSENT, ConsentSource.FORM, ConsentEvidence.NONE))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("purpose"));
    assertThat(crm.consent().current(ana.id())).isEmpty();
  }

  @Test
  void grantsWithItsEvidenceAndSendsUntilWithdrawn() {
    assertThat(crm.consent().maySend(anaNews).reason()).isEqualTo(SendReason.NEVER_ASKED);

    ConsentEntry granted =
        crm.consent().grant(anaNews, LegalBasis.CONSENT, ConsentSource.FORM, SIGN_UP);
    clock.advance(Duration.ofMinutes(5));
    SendDecision yes = crm.consent().maySend(anaNews);
    ConsentEntry withdrawn = crm.consent().withdraw(anaNews, ConsentSource.AGENT);
    SendDecision no = crm.consent().maySend(anaNews);

    assertThat(granted.evidence().ipAddress()).isEqualTo("203.0.113.7");
    assertThat(granted.by()).isEqualTo(OWNER);
    assertThat(yes.allowed()).isTrue();
    assertThat(yes.address()).isEqualTo("ana@example.com");
    assertThat(yes.since()).isEqualTo(TestClock.START);
    assertThat(no.allowed()).isFalse();
    assertThat(no.reason()).isEqualTo(SendReason.WITHDRAWN);
    assertThat(no.since()).isEqualTo(withdrawn.at());
    assertThat(crm.consent().current(anaNews)).contains(withdrawn);
  }

  @Test
  void withdrawsEvenWhatWasNeverAsked() {
    ConsentEntry withdrawn = crm.consent().withdraw(anaNews, ConsentSource.API);

    assertThat(withdrawn.status()).isEqualTo(ConsentStatus.WITHDRAWN);
    assertThat(crm.consent().maySend(anaNews).reason()).isEqualTo(SendReason.WITHDRAWN);
  }

  @Test
  void keepsEachChannelAndPurposeApart() {
    crm.consent().grant(anaNews, LegalBasis.CONSENT, ConsentSource.FORM, SIGN_UP);

    assertThat(crm.consent().maySend(Subscription.of(ana.id(), Channel.EMAIL, EVENTS)).reason())
        .isEqualTo(SendReason.NEVER_ASKED);
    assertThat(crm.consent().maySend(Subscription.of(ana.id(), Channel.SMS, NEWSLETTER)).reason())
        .isEqualTo(SendReason.NO_ADDRESS);
    assertThat(crm.consent().current(ana.id()))
        .extracting(ConsentEntry::subscription)
        .containsExactly(anaNews);
  }

  @Test
  void answersNoAddressForAChannelTheContactCannotBeReachedOn() {
    Subscription letters = Subscription.of(ana.id(), Channel.POST, NEWSLETTER);
    crm.consent().grant(letters, LegalBasis.CONTRACT, ConsentSource.AGENT, ConsentEvidence.NONE);

    assertThat(crm.consent().maySend(letters).reason()).isEqualTo(SendReason.NO_ADDRESS);

    Contact withAddress =
        crm.contacts()
            .update(
                ana.id(),
                ana.version(),
                ana.details().toBuilder()
                    .address(
                        PostalAddress.builder()
                            .line("1 Rua Augusta")
                            .postalCode("1100-053")
                            .city("Lisboa")
                            .country("PT")
                            .build())
                    .build());
    SendDecision decision = crm.consent().maySend(letters);

    assertThat(withAddress.details().addresses()).hasSize(1);
    assertThat(decision.allowed()).isTrue();
    assertThat(decision.address()).isEqualTo("1 Rua Augusta, 1100-053 Lisboa, PT");
  }

  @Test
  void confirmsADoubleOptInOnceWithTheEvidenceOfTheConfirmation() {
    PendingConfirmation asked =
        crm.consent().requestConfirmation(anaNews, ConsentSource.FORM, SIGN_UP, Duration.ofDays(2));
    SendDecision beforeConfirming = crm.consent().maySend(anaNews);
    clock.advance(Duration.ofHours(3));

    ConsentEntry confirmed =
        crm.consent()
            .confirm(asked.token(), ConsentEvidence.of("", "confirmation page", "2001:DB8::1"));

    assertThat(asked.entry().status()).isEqualTo(ConsentStatus.PENDING_CONFIRMATION);
    assertThat(asked.expiresAt()).isEqualTo(TestClock.START.plus(Duration.ofDays(2)));
    assertThat(asked.toString()).doesNotContain(asked.token());
    assertThat(beforeConfirming.reason()).isEqualTo(SendReason.PENDING_CONFIRMATION);
    assertThat(confirmed.status()).isEqualTo(ConsentStatus.GRANTED);
    assertThat(confirmed.basis()).isEqualTo(LegalBasis.CONSENT);
    assertThat(confirmed.source()).isEqualTo(ConsentSource.LINK);
    assertThat(confirmed.evidence().ipAddress()).isEqualTo("2001:db8::1");
    assertThat(confirmed.at()).isEqualTo(TestClock.START.plus(Duration.ofHours(3)));
    assertThat(crm.consent().maySend(anaNews).allowed()).isTrue();
    assertThatThrownBy(() -> crm.consent().confirm(asked.token(), ConsentEvidence.NONE))
        .isInstanceOfSatisfying(
            ConsentTokenException.class, e -> assertThat(e.problem()).isEqualTo(Problem.USED));
  }

  @Test
  void refusesAnExpiredOrUnknownConfirmationToken() {
    PendingConfirmation asked =
        crm.consent()
            .requestConfirmation(anaNews, ConsentSource.FORM, SIGN_UP, Duration.ofHours(1));
    clock.advance(Duration.ofHours(1));

    assertThatThrownBy(() -> crm.consent().confirm(asked.token(), ConsentEvidence.NONE))
        .isInstanceOfSatisfying(
            ConsentTokenException.class, e -> assertThat(e.problem()).isEqualTo(Problem.EXPIRED));
    String forged = asked.token().substring(0, asked.token().length() - 2) + "xx";
    assertThatThrownBy(() -> crm.consent().confirm(forged, ConsentEvidence.NONE))
        .isInstanceOfSatisfying(
            ConsentTokenException.class, e -> assertThat(e.problem()).isEqualTo(Problem.INVALID));
    assertThatThrownBy(() -> crm.consent().confirm("not a token", ConsentEvidence.NONE))
        .isInstanceOf(ConsentTokenException.class);
    assertThat(crm.consent().maySend(anaNews).reason()).isEqualTo(SendReason.PENDING_CONFIRMATION);
  }

  @Test
  void refusesAConfirmationValidityOutOfBounds() {
    assertThatThrownBy(
            () ->
                crm.consent()
                    .requestConfirmation(anaNews, ConsentSource.FORM, SIGN_UP, Duration.ofDays(31)))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("validFor"));
    assertThat(crm.consent().current(anaNews)).isEmpty();
  }

  @Test
  void suppressesAnAddressOrItsDomainWhateverTheLedgerSays() {
    crm.consent().grant(anaNews, LegalBasis.CONSENT, ConsentSource.FORM, SIGN_UP);
    SuppressedAddress address = SuppressedAddress.email(EmailAddress.of("Ana@Example.com"));

    crm.consent().suppress(address, SuppressionReason.HARD_BOUNCE);
    SendDecision bounced = crm.consent().maySend(anaNews);
    crm.consent().suppress(address, SuppressionReason.COMPLAINT);
    SuppressionReason kept = crm.consent().suppression(address).orElseThrow().reason();
    crm.consent().unsuppress(address);
    crm.consent().suppress(SuppressedAddress.domain("EXAMPLE.com"), SuppressionReason.MANUAL);
    SendDecision domain = crm.consent().maySend(anaNews);
    crm.consent().unsuppress(SuppressedAddress.domain("example.com"));

    assertThat(bounced.reason()).isEqualTo(SendReason.SUPPRESSED_ADDRESS);
    assertThat(kept).isEqualTo(SuppressionReason.HARD_BOUNCE);
    assertThat(domain.reason()).isEqualTo(SendReason.SUPPRESSED_DOMAIN);
    assertThat(crm.consent().maySend(anaNews).allowed()).isTrue();
  }

  @Test
  void unsubscribesFromEverythingAndSuppressesEveryAddress() {
    Contact bea =
        crm.contacts()
            .create(
                ContactDetails.builder()
                    .name("Bea", "Souza")
                    .email("bea@example.org")
                    .email("bea.souza@example.net")
                    .phone("+351 912 345 678")
                    .build());
    Subscription news = Subscription.of(bea.id(), Channel.EMAIL, NEWSLETTER);
    Subscription sms = Subscription.of(bea.id(), Channel.SMS, EVENTS);
    crm.consent().grant(news, LegalBasis.CONSENT, ConsentSource.FORM, SIGN_UP);
    crm.consent().grant(sms, LegalBasis.LEGITIMATE_INTEREST, ConsentSource.AGENT, SIGN_UP);
    crm.consent().withdraw(Subscription.of(bea.id(), Channel.EMAIL, EVENTS), ConsentSource.FORM);

    List<ConsentEntry> withdrawn = crm.consent().withdrawAll(bea.id(), ConsentSource.FORM);

    assertThat(withdrawn).extracting(ConsentEntry::subscription).containsExactly(news, sms);
    assertThat(withdrawn.get(1).basis()).isEqualTo(LegalBasis.LEGITIMATE_INTEREST);
    assertThat(crm.consent().maySend(sms).reason()).isEqualTo(SendReason.SUPPRESSED_ADDRESS);
    assertThat(
            crm.consent()
                .suppression(SuppressedAddress.email(EmailAddress.of("bea.souza@example.net"))))
        .hasValueSatisfying(
            s -> assertThat(s.reason()).isEqualTo(SuppressionReason.UNSUBSCRIBED_ALL));
    crm.consent().grant(news, LegalBasis.CONSENT, ConsentSource.FORM, SIGN_UP);
    assertThat(crm.consent().maySend(news).reason()).isEqualTo(SendReason.SUPPRESSED_ADDRESS);
  }

  @Test
  void pagesTheHistoryNewestFirst() {
    List<ConsentEntry> written = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      written.add(crm.consent().grant(anaNews, LegalBasis.CONSENT, ConsentSource.FORM, SIGN_UP));
      clock.advance(Duration.ofSeconds(1));
      written.add(crm.consent().withdraw(anaNews, ConsentSource.LINK));
      clock.advance(Duration.ofSeconds(1));
    }

    List<ConsentEntry> read = new ArrayList<>();
    Page<ConsentEntry> page = crm.consent().history(ana.id(), PageRequest.first(3));
    read.addAll(page.items());
    while (page.hasNext()) {
      page = crm.consent().history(ana.id(), PageRequest.after(page.next(), 3));
      read.addAll(page.items());
    }

    assertThat(read).containsExactlyElementsOf(com.google.common.collect.Lists.reverse(written));
    assertThat(read.get(0).evidence()).isEqualTo(ConsentEvidence.NONE);
    assertThat(read.get(1).evidence()).isEqualTo(SIGN_UP);
  }

  @Test
  void unsubscribesWithOneSignedTokenAgainAndAgain() {
    crm.consent().grant(anaNews, LegalBasis.CONSENT, ConsentSource.FORM, SIGN_UP);
    String token = crm.consent().unsubscribeToken(anaNews);
    clock.advance(Duration.ofDays(400));

    ConsentEntry first = crm.consent().unsubscribe(token);
    ConsentEntry again = crm.consent().unsubscribe(token);

    assertThat(first.status()).isEqualTo(ConsentStatus.WITHDRAWN);
    assertThat(first.source()).isEqualTo(ConsentSource.LINK);
    assertThat(again).isEqualTo(first);
    assertThat(crm.consent().history(ana.id(), PageRequest.first(10)).items()).hasSize(2);
    assertThat(crm.consent().maySend(anaNews).reason()).isEqualTo(SendReason.WITHDRAWN);
  }

  @Test
  void refusesAnAlteredOrForeignUnsubscribeToken() {
    String token = crm.consent().unsubscribeToken(anaNews);
    String otherPurpose =
        crm.consent().unsubscribeToken(Subscription.of(ana.id(), Channel.EMAIL, EVENTS));
    String spliced =
        token.substring(0, token.indexOf('.')) + otherPurpose.substring(otherPurpose.indexOf('.'));
    Crm otherHost =
        Crm.builder()
            .storage(storage)
            .tenant(TENANT)
            .clock(clock)
            .unsubscribeSecret(
                "another host's secret, also 32 bytes or more".getBytes(StandardCharsets.UTF_8))
            .build();
    Crm noSecret = Crm.builder().storage(storage).tenant(TENANT).clock(clock).build();

    assertThatThrownBy(() -> crm.consent().unsubscribe(spliced))
        .isInstanceOf(ConsentTokenException.class);
    assertThatThrownBy(() -> otherHost.consent().unsubscribe(token))
        .isInstanceOf(ConsentTokenException.class);
    assertThatThrownBy(() -> crm.consent().unsubscribe("x." + token))
        .isInstanceOf(ConsentTokenException.class);
    assertThatThrownBy(() -> noSecret.consent().unsubscribe(token))
        .isInstanceOf(IllegalStateException.class);
    assertThat(crm.consent().current(ana.id())).isEmpty();
  }

  @Test
  void unsubscribesInTheTenantTheTokenNamesWithoutLogin() {
    TenantId globex = TenantId.of("globex");
    Crm away = crm.forTenant(globex, UserId.of("bob"));
    away.consent().defineType(NEWSLETTER, "News");
    Contact bea =
        away.contacts()
            .create(ContactDetails.builder().name("Bea", null).email("bea@globex.com").build());
    Subscription beaNews = Subscription.of(bea.id(), Channel.EMAIL, NEWSLETTER);
    away.consent().grant(beaNews, LegalBasis.CONSENT, ConsentSource.FORM, SIGN_UP);
    String token = away.consent().unsubscribeToken(beaNews);

    ConsentEntry withdrawn = crm.consent().unsubscribe(token);

    assertThat(withdrawn.tenant()).isEqualTo(globex);
    assertThat(away.consent().maySend(beaNews).reason()).isEqualTo(SendReason.WITHDRAWN);
    assertThat(crm.consent().current(ana.id())).isEmpty();
  }

  @Test
  void allowsInBulkExactlyWhomItAllowsOneByOne() {
    List<ContactId> audience = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      Contact contact = contact("reader" + i + (i % 4 == 0 ? "@blocked.example" : "@example.com"));
      audience.add(contact.id());
      Subscription subscription = Subscription.of(contact.id(), Channel.EMAIL, NEWSLETTER);
      if (i % 3 != 0) {
        crm.consent().grant(subscription, LegalBasis.CONSENT, ConsentSource.IMPORT, SIGN_UP);
      }
      if (i % 5 == 0) {
        crm.consent().withdraw(subscription, ConsentSource.FORM);
      }
    }
    crm.consent().suppress(SuppressedAddress.domain("blocked.example"), SuppressionReason.MANUAL);
    crm.consent()
        .suppress(
            SuppressedAddress.email(EmailAddress.of("reader7@example.com")),
            SuppressionReason.COMPLAINT);
    audience.add(ContactId.of(Ids.next()));

    Set<ContactId> allowed = crm.consent().allowed(audience, Channel.EMAIL, NEWSLETTER);

    Set<ContactId> oneByOne = new HashSet<>();
    for (ContactId id : audience.subList(0, 12)) {
      if (crm.consent().maySend(Subscription.of(id, Channel.EMAIL, NEWSLETTER)).allowed()) {
        oneByOne.add(id);
      }
    }
    assertThat(allowed).isEqualTo(oneByOne);
    assertThat(allowed)
        .containsExactlyInAnyOrder(audience.get(1), audience.get(2), audience.get(11));
  }

  @Test
  void raisesAnEventForEveryLedgerEntryNamingIdsOnly() {
    ConsentEntry granted =
        crm.consent().grant(anaNews, LegalBasis.CONSENT, ConsentSource.FORM, SIGN_UP);
    clock.advance(Duration.ofMinutes(1));
    PendingConfirmation asked =
        crm.consent().requestConfirmation(anaNews, ConsentSource.FORM, SIGN_UP, Duration.ofDays(2));
    clock.advance(Duration.ofMinutes(1));
    ConsentEntry confirmed = crm.consent().confirm(asked.token(), SIGN_UP);
    clock.advance(Duration.ofMinutes(1));
    ConsentEntry withdrawn = crm.consent().withdraw(anaNews, ConsentSource.AGENT);
    ConsentEntry unsubscribed = crm.consent().unsubscribe(crm.consent().unsubscribeToken(anaNews));

    Instant start = TestClock.START;
    assertThat(published.eventsOf(ConsentEvent.class))
        .containsExactly(
            new ConsentGranted(
                TENANT,
                granted.id(),
                ana.id(),
                Channel.EMAIL,
                NEWSLETTER,
                LegalBasis.CONSENT,
                ConsentSource.FORM,
                start,
                OWNER),
            new ConsentConfirmationRequested(
                TENANT,
                asked.entry().id(),
                ana.id(),
                Channel.EMAIL,
                NEWSLETTER,
                ConsentSource.FORM,
                asked.expiresAt(),
                start.plus(Duration.ofMinutes(1)),
                OWNER),
            new ConsentConfirmed(
                TENANT,
                confirmed.id(),
                asked.entry().id(),
                ana.id(),
                Channel.EMAIL,
                NEWSLETTER,
                start.plus(Duration.ofMinutes(2)),
                OWNER),
            new ConsentWithdrawn(
                TENANT,
                withdrawn.id(),
                ana.id(),
                Channel.EMAIL,
                NEWSLETTER,
                ConsentSource.AGENT,
                start.plus(Duration.ofMinutes(3)),
                OWNER));
    // clicking an unsubscribe link of a withdrawn subscription appends nothing and raises nothing
    assertThat(unsubscribed).isEqualTo(withdrawn);
    assertThat(published.eventsOf(ConsentEvent.class))
        .allSatisfy(event -> assertThat(event.aggregateId()).isEqualTo(ana.id().toString()))
        .allSatisfy(
            event ->
                assertThat(event.toString())
                    .doesNotContain(asked.token(), "203.0.113.7", "ana@example.com"));
  }

  @Test
  void raisesAnEventOnlyWhenTheSuppressionListChanges() {
    SuppressedAddress bo = SuppressedAddress.email(EmailAddress.of("bo@example.org"));
    SuppressedAddress anaEmail = SuppressedAddress.email(EmailAddress.of("ana@example.com"));

    crm.consent().suppress(bo, SuppressionReason.HARD_BOUNCE);
    crm.consent().suppress(bo, SuppressionReason.COMPLAINT);
    crm.consent().withdrawAll(ana.id(), ConsentSource.FORM);
    crm.consent().unsuppress(bo);
    crm.consent().unsuppress(bo);

    assertThat(published.events())
        .filteredOn(
            event -> event instanceof AddressSuppressed || event instanceof AddressUnsuppressed)
        .containsExactly(
            new AddressSuppressed(
                TENANT, bo, SuppressionReason.HARD_BOUNCE, TestClock.START, OWNER),
            new AddressSuppressed(
                TENANT, anaEmail, SuppressionReason.UNSUBSCRIBED_ALL, TestClock.START, OWNER),
            new AddressUnsuppressed(TENANT, bo, TestClock.START, OWNER))
        .allSatisfy(event -> assertThat(event.aggregateId()).isEqualTo(TENANT.value()));
  }

  @Test
  void raisesNoEventForACommandThatFails() {
    Subscription unknown = Subscription.of(ana.id(), Channel.EMAIL, Purpose.of("webinars"));

    assertThatThrownBy(
            () ->
                crm.consent()
                    .grant(unknown, LegalBasis.CONSENT, ConsentSource.FORM, ConsentEvidence.NONE))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> crm.consent().confirm("not a token", ConsentEvidence.NONE))
        .isInstanceOf(ConsentTokenException.class);

    assertThat(published.eventsOf(ConsentEvent.class)).isEmpty();
  }

  private Contact contact(String email) {
    return crm.contacts()
        .create(ContactDetails.builder().name("Reader", null).email(email).build());
  }
}
