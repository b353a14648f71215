package io.crmkit.core.contract;

import static io.crmkit.core.fixtures.ContactFixtures.OTHER_TENANT;
import static io.crmkit.core.fixtures.ContactFixtures.OWNER;
import static io.crmkit.core.fixtures.ContactFixtures.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.DuplicateException;
import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.TenantId;
import io.crmkit.core.consent.Channel;
import io.crmkit.core.consent.ConsentConfirmation;
import io.crmkit.core.consent.ConsentEntry;
import io.crmkit.core.consent.ConsentEntryId;
import io.crmkit.core.consent.ConsentEvidence;
import io.crmkit.core.consent.ConsentSource;
import io.crmkit.core.consent.ConsentStatus;
import io.crmkit.core.consent.LegalBasis;
import io.crmkit.core.consent.Purpose;
import io.crmkit.core.consent.Subscription;
import io.crmkit.core.consent.SubscriptionType;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.fixtures.Ids;
import io.crmkit.core.fixtures.TestClock;
import io.crmkit.core.spi.ConsentRepository;
import io.crmkit.core.spi.CrmStorage;
import io.crmkit.core.spi.UnitOfWork;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ConsentRepository} must do: keep entries exactly and never change them, make
 * each subscription's latest entry its current state, read a batch's current states at once, page a
 * contact's history newest first, mark a confirmation used once, delete a contact's ledger for an
 * erasure, undo writes of a failed unit of work, and keep tenants apart.
 */
public abstract class ConsentRepositoryContract {

  private static final Instant T0 = TestClock.START;
  private static final Purpose NEWS = Purpose.of("newsletter");
  private static final String DIGEST = "ab".repeat(32);

  private ConsentRepository ledger;
  private UnitOfWork unitOfWork;
  private final ContactId ana = ContactId.of(Ids.next());
  private final ContactId bea = ContactId.of(Ids.next());

  /** Returns an empty storage for one test. */
  protected abstract CrmStorage newStorage();

  @BeforeEach
  void openStorage() {
    CrmStorage storage = newStorage();
    ledger = storage.consents();
    unitOfWork = storage.unitOfWork();
  }

  @Test
  void readsBackAnEntryExactly() {
    ConsentEntry entry =
        new ConsentEntry(
            ConsentEntryId.of(Ids.next()),
            TENANT,
            Subscription.of(ana, Channel.SMS, Purpose.of("product-updates")),
            ConsentStatus.GRANTED,
            LegalBasis.LEGITIMATE_INTEREST,
            ConsentSource.IMPORT,
            ConsentEvidence.of("Ja, ich möchte — \"Neuigkeiten\"\n✓", "Messe 2026 Stand B7", "::1"),
            T0.plusNanos(123_456_000),
            OWNER);
    ledger.append(entry);

    assertThat(ledger.current(TENANT, entry.subscription())).contains(entry);
    assertThat(ledger.history(TENANT, ana, PageRequest.first(10)).items()).containsExactly(entry);
  }

  @Test
  void makesTheLatestEntryOfASubscriptionItsCurrentState() {
    ConsentEntry granted = entry(TENANT, ana, Channel.EMAIL, ConsentStatus.GRANTED, 0);
    ConsentEntry post = entry(TENANT, ana, Channel.POST, ConsentStatus.GRANTED, 1);
    ConsentEntry withdrawn = entry(TENANT, ana, Channel.EMAIL, ConsentStatus.WITHDRAWN, 2);
    List.of(granted, post, withdrawn).forEach(ledger::append);

    assertThat(ledger.current(TENANT, granted.subscription())).contains(withdrawn);
    assertThat(ledger.current(TENANT, ana)).containsExactly(withdrawn, post);
    assertThat(ledger.history(TENANT, ana, PageRequest.first(10)).items())
        .containsExactly(withdrawn, post, granted);
  }

  @Test
  void refusesAnEntryIdTwice() {
    ConsentEntry entry = entry(TENANT, ana, Channel.EMAIL, ConsentStatus.GRANTED, 0);
    ledger.append(entry);

    assertThatThrownBy(() -> ledger.append(entry)).isInstanceOf(DuplicateException.class);
    assertThat(ledger.history(TENANT, ana, PageRequest.first(10)).items()).hasSize(1);
  }

  @Test
  void readsTheCurrentStatesOfABatchAtOnce() {
    List<ContactId> batch = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      ContactId contact = ContactId.of(Ids.next());
      batch.add(contact);
      if (i % 2 == 0) {
        ledger.append(entry(TENANT, contact, Channel.EMAIL, ConsentStatus.GRANTED, i));
      }
      if (i % 3 == 0) {
        ledger.append(entry(TENANT, contact, Channel.EMAIL, ConsentStatus.WITHDRAWN, 100 + i));
      }
      ledger.append(entry(TENANT, contact, Channel.SMS, ConsentStatus.GRANTED, 200 + i));
    }

    Map<ContactId, ConsentEntry> current = ledger.current(TENANT, batch, Channel.EMAIL, NEWS);

    assertThat(current).hasSize(20);
    for (int i = 0; i < 30; i++) {
      ConsentEntry read = current.get(batch.get(i));
      if (i % 3 == 0) {
        assertThat(read.status()).isEqualTo(ConsentStatus.WITHDRAWN);
      } else if (i % 2 == 0) {
        assertThat(read.status()).isEqualTo(ConsentStatus.GRANTED);
      } else {
        assertThat(read).isNull();
      }
    }
    assertThat(ledger.current(OTHER_TENANT, batch, Channel.EMAIL, NEWS)).isEmpty();
  }

  @Test
  void pagesAHistoryNewestFirstWithoutGapsOrRepeats() {
    List<ConsentEntry> written = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      ConsentStatus status = i % 2 == 0 ? ConsentStatus.GRANTED : ConsentStatus.WITHDRAWN;
      ConsentEntry entry = entry(TENANT, ana, Channel.EMAIL, status, i);
      ledger.append(entry);
      written.add(0, entry);
    }
    ledger.append(entry(TENANT, bea, Channel.EMAIL, ConsentStatus.GRANTED, 50));

    List<ConsentEntry> read = new ArrayList<>();
    Page<ConsentEntry> page = ledger.history(TENANT, ana, PageRequest.first(3));
    read.addAll(page.items());
    while (page.hasNext()) {
      page = ledger.history(TENANT, ana, PageRequest.after(page.next(), 3));
      read.addAll(page.items());
    }

    assertThat(read).containsExactlyElementsOf(written);
  }

  @Test
  void marksAConfirmationUsedOnce() {
    ConsentEntry pending = entry(TENANT, ana, Channel.EMAIL, ConsentStatus.PENDING_CONFIRMATION, 0);
    ledger.append(pending);
    ConsentConfirmation confirmation =
        new ConsentConfirmation(
            TENANT, DIGEST, pending.subscription(), pending.id(), T0.plusSeconds(3600), null);
    ledger.insert(confirmation);

    assertThat(ledger.findConfirmation(TENANT, DIGEST)).contains(confirmation);
    assertThat(ledger.findConfirmation(OTHER_TENANT, DIGEST)).isEmpty();
    assertThat(ledger.markUsed(OTHER_TENANT, DIGEST, T0)).isFalse();
    assertThat(ledger.markUsed(TENANT, DIGEST, T0.plusSeconds(5))).isTrue();
    assertThat(ledger.markUsed(TENANT, DIGEST, T0.plusSeconds(6))).isFalse();
    assertThat(ledger.findConfirmation(TENANT, DIGEST).orElseThrow().usedAt())
        .isEqualTo(T0.plusSeconds(5));
    assertThatThrownBy(() -> ledger.insert(confirmation)).isInstanceOf(DuplicateException.class);
  }

  @Test
  void deletesOneContactsLedgerAndConfirmations() {
    ConsentEntry first = entry(TENANT, ana, Channel.EMAIL, ConsentStatus.PENDING_CONFIRMATION, 0);
    ConsentEntry second = entry(TENANT, ana, Channel.SMS, ConsentStatus.GRANTED, 1);
    ConsentEntry beas = entry(TENANT, bea, Channel.EMAIL, ConsentStatus.GRANTED, 2);
    ConsentEntry otherTenants = entry(OTHER_TENANT, ana, Channel.EMAIL, ConsentStatus.GRANTED, 3);
    List.of(first, second, beas, otherTenants).forEach(ledger::append);
    ledger.insert(
        new ConsentConfirmation(
            TENANT, DIGEST, first.subscription(), first.id(), T0.plusSeconds(60), null));

    List<ConsentEntryId> deleted = ledger.deleteAll(TENANT, ana);

    assertThat(deleted).containsExactly(first.id(), second.id());
    assertThat(ledger.current(TENANT, ana)).isEmpty();
    assertThat(ledger.history(TENANT, ana, PageRequest.first(10)).items()).isEmpty();
    assertThat(ledger.findConfirmation(TENANT, DIGEST)).isEmpty();
    assertThat(ledger.current(TENANT, bea)).containsExactly(beas);
    assertThat(ledger.current(OTHER_TENANT, ana)).containsExactly(otherTenants);
    assertThat(ledger.deleteAll(TENANT, ana)).isEmpty();
  }

  @Test
  void undoesTheWritesOfAFailedUnitOfWork() {
    ConsentEntry kept = entry(TENANT, ana, Channel.EMAIL, ConsentStatus.GRANTED, 0);
    ledger.append(kept);

    assertThatThrownBy(
            () ->
                unitOfWork.execute(
                    () -> {
                      ledger.append(entry(TENANT, ana, Channel.EMAIL, ConsentStatus.WITHDRAWN, 1));
                      ledger.save(TENANT, new SubscriptionType(NEWS, "News"));
                      throw new IllegalStateException("host failure");
                    }))
        .hasMessage("host failure");

    assertThat(ledger.current(TENANT, kept.subscription())).contains(kept);
    assertThat(ledger.history(TENANT, ana, PageRequest.first(10)).items()).containsExactly(kept);
    assertThat(ledger.types(TENANT)).isEmpty();
  }

  @Test
  void keepsEachTenantsSubscriptionTypes() {
    ledger.save(TENANT, new SubscriptionType(NEWS, "News"));
    ledger.save(TENANT, new SubscriptionType(Purpose.of("events"), "Events"));
    ledger.save(TENANT, new SubscriptionType(NEWS, "Monthly news"));
    ledger.save(OTHER_TENANT, new SubscriptionType(NEWS, "Theirs"));

    assertThat(ledger.types(TENANT))
        .containsExactly(
            new SubscriptionType(Purpose.of("events"), "Events"),
            new SubscriptionType(NEWS, "Monthly news"));
    assertThat(ledger.types(OTHER_TENANT)).containsExactly(new SubscriptionType(NEWS, "Theirs"));
  }

  @Test
  void keepsTenantsApart() {
    ConsentEntry ours = entry(TENANT, ana, Channel.EMAIL, ConsentStatus.GRANTED, 0);
    ledger.append(ours);

    assertThat(ledger.current(OTHER_TENANT, ours.subscription())).isEmpty();
    assertThat(ledger.current(OTHER_TENANT, ana)).isEmpty();
    assertThat(ledger.history(OTHER_TENANT, ana, PageRequest.first(10)).items()).isEmpty();
    assertThat(ledger.deleteAll(OTHER_TENANT, ana)).isEmpty();
    assertThat(ledger.current(TENANT, ana)).containsExactly(ours);
  }

  private static ConsentEntry entry(
      TenantId tenant, ContactId contact, Channel channel, ConsentStatus status, int second) {
    return new ConsentEntry(
        ConsentEntryId.of(Ids.next()),
        tenant,
        Subscription.of(contact, channel, NEWS),
        status,
        LegalBasis.CONSENT,
        ConsentSource.FORM,
        status == ConsentStatus.WITHDRAWN
            ? ConsentEvidence.NONE
            : ConsentEvidence.of("Yes, please", "sign-up", "192.0.2.1"),
        T0.plusSeconds(second),
        OWNER);
  }
}
