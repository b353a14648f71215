package io.crmkit.core.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.contact.ContactId;
import io.crmkit.core.contactpoint.EmailAddress;
import io.crmkit.core.contactpoint.PhoneNumber;
import io.crmkit.core.fixtures.Ids;
import io.crmkit.core.fixtures.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConsentValuesTests {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "News",
        "-news",
        "news letter",
        "nëws",
        "a123456789a123456789a123456789a123456789a123456789a123456789abcde"
      })
  void refusesAPurposeKeyOutsideItsAlphabetOrLength(String key) {
    assertThatThrownBy(() -> Purpose.of(key))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("purpose");
  }

  @Test
  void acceptsPurposeKeysOfDigitsHyphensAndUnderscores() {
    assertThat(Purpose.of("product-updates_2026").value()).isEqualTo("product-updates_2026");
  }

  @Test
  void writesTheIpAddressOfEvidenceInCanonicalForm() {
    assertThat(ConsentEvidence.of("", "", "2001:0DB8:0000:0000:0000:0000:0000:0001").ipAddress())
        .isEqualTo("2001:db8::1");
    assertThat(ConsentEvidence.of("", "", "192.0.2.10").ip()).contains("192.0.2.10");
  }

  @ParameterizedTest
  @ValueSource(strings = {"192.0.2", "example.com", "999.1.1.1", "::g", " 192.0.2.1"})
  void refusesEvidenceWithAnAddressThatIsNoIpAddress(String ip) {
    assertThatThrownBy(() -> ConsentEvidence.of("Yes", "form", ip))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("IP address");
  }

  @Test
  void refusesEvidenceTooLongOrWithAControlCharacter() {
    assertThatThrownBy(() -> ConsentEvidence.of("x".repeat(4001), "", null))
        .hasMessageContaining("wording");
    assertThatThrownBy(() -> ConsentEvidence.of("", "sign\u0000up", null))
        .hasMessageContaining("form");
  }

  @Test
  void normalisesSuppressedAddressesSoThatEqualAddressesAreEqual() {
    assertThat(SuppressedAddress.email(EmailAddress.of("Ana.Lima@EXAMPLE.com")))
        .isEqualTo(SuppressedAddress.email(EmailAddress.of("ana.lima@example.com")));
    assertThat(SuppressedAddress.domain("Mail.Example.COM").value()).isEqualTo("mail.example.com");
    assertThat(SuppressedAddress.domainOf(EmailAddress.of("ana@Example.com")))
        .isEqualTo(SuppressedAddress.domain("example.com"));
    assertThat(SuppressedAddress.phone(PhoneNumber.parse("+49 30 1234567")).value())
        .isEqualTo("+49301234567");
  }

  @Test
  void refusesASuppressedAddressNotInNormalForm() {
    assertThatThrownBy(() -> new SuppressedAddress(SuppressionKind.DOMAIN, "Example.com"))
        .hasMessageContaining("normal form");
    assertThatThrownBy(() -> new SuppressedAddress(SuppressionKind.PHONE, "+49 30 1234567"))
        .hasMessageContaining("normal form");
    assertThatThrownBy(() -> SuppressedAddress.domain("localhost"))
        .hasMessageContaining("not a domain name");
  }

  @Test
  void aDecisionSaysYesOnlyForAGrantWithItsAddressAndInstant() {
    Subscription subscription =
        Subscription.of(ContactId.of(Ids.next()), Channel.EMAIL, Purpose.of("news"));

    assertThat(
            new SendDecision(subscription, SendReason.GRANTED, "a@example.com", TestClock.START)
                .allowed())
        .isTrue();
    assertThat(
            new SendDecision(subscription, SendReason.NEVER_ASKED, "a@example.com", null).allowed())
        .isFalse();
    assertThatThrownBy(
            () -> new SendDecision(subscription, SendReason.GRANTED, "a@example.com", null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SendDecision(subscription, SendReason.WITHDRAWN, null, null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
