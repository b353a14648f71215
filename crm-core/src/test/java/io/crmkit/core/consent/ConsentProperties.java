package io.crmkit.core.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.crmkit.core.Crm;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.contactpoint.EmailAddress;
import io.crmkit.core.fixtures.TestClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Whatever the interleaving of consent changes (grants, withdrawals, double opt-ins and their
 * confirmations, one-click unsubscribes, unsubscribes from everything, suppressions of addresses
 * and domains, and time passing) and "may send?" checks, a check says yes exactly when the
 * subscription's consent was granted and not withdrawn at that instant and neither the address nor
 * its domain is suppressed; the bulk check agrees with the single one.
 */
class ConsentProperties {

  private static final int CONTACTS = 3;
  private static final List<Purpose> PURPOSES = List.of(Purpose.of("news"), Purpose.of("events"));
  private static final Duration VALIDITY = Duration.ofHours(1);
  private static final SuppressedAddress DOMAIN = SuppressedAddress.domain("b.example");

  /** What a step does; which contact and purpose it names come from the same number. */
  private enum Step {
    GRANT,
    WITHDRAW,
    REQUEST_CONFIRMATION,
    CONFIRM,
    UNSUBSCRIBE,
    WITHDRAW_ALL,
    SUPPRESS,
    UNSUPPRESS,
    SUPPRESS_DOMAIN,
    UNSUPPRESS_DOMAIN,
    WAIT,
    CHECK,
    CHECK_AUDIENCE
  }

  @Test
  void maySendSaysYesOnlyForConsentGrantedAndNotWithdrawnToAnAddressNotSuppressed() {
    int kinds = Step.values().length * CONTACTS * PURPOSES.size();
    qt().withExamples(200)
        .forAll(lists().of(integers().between(0, kinds - 1)).ofSizeBetween(1, 60))
        .checkAssert(ConsentProperties::run);
  }

  private static void run(List<Integer> steps) {
    new Run().apply(steps);
  }

  /** One interleaving against a fresh CRM, with the model it must agree with. */
  private static final class Run {

    private final TestClock clock = TestClock.atStart();
    private final Crm crm =
        Crm.builder()
            .clock(clock)
            .unsubscribeSecret(
                "the property's secret, 32 bytes or more".getBytes(StandardCharsets.UTF_8))
            .build();
    private final List<ContactId> contacts = new ArrayList<>();
    private final Map<Subscription, Boolean> granted = new HashMap<>();
    private final Map<Subscription, List<Token>> tokens = new HashMap<>();
    private final Set<SuppressedAddress> suppressed = new HashSet<>();

    Run() {
      for (Purpose purpose : PURPOSES) {
        crm.consent().defineType(purpose, purpose.value());
      }
      for (int i = 0; i < CONTACTS; i++) {
        // contact 1 is at the domain that steps suppress
        String email = "reader" + i + (i == 1 ? "@b.example" : "@a.example");
        contacts.add(
            crm.contacts()
                .create(ContactDetails.builder().name("Reader", null).email(email).build())
                .id());
      }
    }

    void apply(List<Integer> steps) {
      for (int code : steps) {
        Step step = Step.values()[code % Step.values().length];
        int contact = code / Step.values().length % CONTACTS;
        Purpose purpose = PURPOSES.get(code / Step.values().length / CONTACTS);
        apply(step, Subscription.of(contacts.get(contact), Channel.EMAIL, purpose));
      }
    }

    private void apply(Step step, Subscription subscription) {
      switch (step) {
        case GRANT -> {
          crm.consent()
              .grant(subscription, LegalBasis.CONSENT, ConsentSource.FORM, ConsentEvidence.NONE);
          granted.put(subscription, true);
        }
        case WITHDRAW -> {
          crm.consent().withdraw(subscription, ConsentSource.AGENT);
          granted.put(subscription, false);
        }
        case REQUEST_CONFIRMATION -> {
          PendingConfirmation asked =
              crm.consent()
                  .requestConfirmation(
                      subscription, ConsentSource.FORM, ConsentEvidence.NONE, VALIDITY);
          tokens.computeIfAbsent(subscription, any -> new ArrayList<>()).add(new Token(asked));
          granted.put(subscription, false);
        }
        case CONFIRM -> confirm(subscription);
        case UNSUBSCRIBE -> {
          crm.consent().unsubscribe(crm.consent().unsubscribeToken(subscription));
          granted.put(subscription, false);
        }
        case WITHDRAW_ALL -> {
          crm.consent().withdrawAll(subscription.contact(), ConsentSource.FORM);
          granted.keySet().stream()
              .filter(s -> s.contact().equals(subscription.contact()))
              .toList()
              .forEach(s -> granted.put(s, false));
          suppressed.add(address(subscription.contact()));
        }
        case SUPPRESS -> {
          crm.consent().suppress(address(subscription.contact()), SuppressionReason.HARD_BOUNCE);
          suppressed.add(address(subscription.contact()));
        }
        case UNSUPPRESS -> {
          crm.consent().unsuppress(address(subscription.contact()));
          suppressed.remove(address(subscription.contact()));
        }
        case SUPPRESS_DOMAIN -> {
          crm.consent().suppress(DOMAIN, SuppressionReason.COMPLAINT);
          suppressed.add(DOMAIN);
        }
        case UNSUPPRESS_DOMAIN -> {
          crm.consent().unsuppress(DOMAIN);
          suppressed.remove(DOMAIN);
        }
        case WAIT -> clock.advance(Duration.ofMinutes(25));
        case CHECK -> check(subscription);
        case CHECK_AUDIENCE -> checkAudience(subscription.purpose());
      }
    }

    private void confirm(Subscription subscription) {
      List<Token> issued = tokens.getOrDefault(subscription, List.of());
      if (issued.isEmpty()) {
        return;
      }
      Token token = issued.get(issued.size() - 1);
      Instant now = clock.instant();
      if (token.used || !now.isBefore(token.asked.expiresAt())) {
        assertThatThrownBy(() -> crm.consent().confirm(token.asked.token(), ConsentEvidence.NONE))
            .isInstanceOf(ConsentTokenException.class);
        return;
      }
      crm.consent().confirm(token.asked.token(), ConsentEvidence.NONE);
      token.used = true;
      granted.put(subscription, true);
    }

    private void check(Subscription subscription) {
      SendDecision decision = crm.consent().maySend(subscription);
      assertThat(decision.allowed())
          .as("may send %s at %s", subscription, clock.instant())
          .isEqualTo(expected(subscription));
      if (decision.allowed()) {
        assertThat(crm.consent().current(subscription).orElseThrow().status())
            .isEqualTo(ConsentStatus.GRANTED);
        assertThat(decision.since()).isBeforeOrEqualTo(clock.instant());
      }
    }

    private void checkAudience(Purpose purpose) {
      Set<ContactId> expected = new HashSet<>();
      for (ContactId contact : contacts) {
        if (expected(Subscription.of(contact, Channel.EMAIL, purpose))) {
          expected.add(contact);
        }
      }
      assertThat(crm.consent().allowed(contacts, Channel.EMAIL, purpose))
          .as("audience for %s at %s", purpose, clock.instant())
          .isEqualTo(expected);
    }

    private boolean expected(Subscription subscription) {
      SuppressedAddress address = address(subscription.contact());
      return granted.getOrDefault(subscription, false)
          && !suppressed.contains(address)
          && !suppressed.contains(SuppressedAddress.domainOf(EmailAddress.of(address.value())));
    }

    private SuppressedAddress address(ContactId contact) {
      int i = contacts.indexOf(contact);
      return SuppressedAddress.email(
          EmailAddress.of("reader" + i + (i == 1 ? "@b.example" : "@a.example")));
    }
  }

  /** A confirmation token the run was given, and whether it confirmed. */
  private static final class Token {
    final PendingConfirmation asked;
    boolean used;

    Token(PendingConfirmation asked) {
      this.asked = asked;
    }
  }
}
