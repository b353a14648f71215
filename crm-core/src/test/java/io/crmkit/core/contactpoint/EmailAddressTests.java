package io.crmkit.core.contactpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.crmkit.core.internal.Quoted;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EmailAddressTests {

  @Test
  void trimsAndLowerCasesAnUnquotedAddress() {
    EmailAddress email = EmailAddress.of("  Ana.Garcia@Example.COM \n");

    assertThat(email.value()).isEqualTo("ana.garcia@example.com");
    assertThat(email.localPart()).isEqualTo("ana.garcia");
    assertThat(email.domain()).isEqualTo("example.com");
    assertThat(email.asciiValue()).isEqualTo("ana.garcia@example.com");
    assertThat(email).hasToString("ana.garcia@example.com");
  }

  @Test
  void treatsPunycodeAndUnicodeSpellingsOfADomainAsTheSameAddress() {
    EmailAddress punycode = EmailAddress.of("ana@xn--bcher-kva.de");
    EmailAddress unicode = EmailAddress.of("ana@BÜCHER.de");

    assertThat(punycode).isEqualTo(unicode);
    assertThat(unicode.domain()).isEqualTo("bücher.de");
    assertThat(unicode.asciiValue()).isEqualTo("ana@xn--bcher-kva.de");
  }

  @Test
  void decodesAPunycodeDomainWhateverTheCaseOfItsPrefix() {
    assertThat(EmailAddress.of("ana@XN--BCHER-KVA.DE").value()).isEqualTo("ana@bücher.de");
    assertThat(EmailAddress.of("Ana@Example.COM").value()).isEqualTo("ana@example.com");
  }

  @Test
  void storesTheDomainInNfc() {
    String decomposed = "ana@bu\u0308cher.de";

    assertThat(EmailAddress.of(decomposed).domain()).isEqualTo("b\u00fccher.de");
  }

  @Test
  void acceptsQuotedLocalPartsWithSpacesAndEscapes() {
    EmailAddress email = EmailAddress.of("\"ana \\\"la\\\" garcia\"@example.com");

    assertThat(email.localPart()).isEqualTo("\"ana \\\"la\\\" garcia\"");
    assertThat(email.domain()).isEqualTo("example.com");
  }

  @Test
  void acceptsAQuotedLocalPartContainingAnAtSign() {
    assertThat(EmailAddress.of("\"a@b\"@example.com").localPart()).isEqualTo("\"a@b\"");
  }

  @Test
  void acceptsEverySymbolOfADotAtom() {
    String local = "!#$%&'*+-/=?^_`{|}~.x";

    assertThat(EmailAddress.of(local + "@example.com").localPart()).isEqualTo(local);
  }

  @Test
  void acceptsTheLongestLocalPartAndLabel() {
    String local = "a".repeat(64);
    String label = "b".repeat(63);

    assertThat(EmailAddress.of(local + "@" + label + ".com").value())
        .isEqualTo(local + "@" + label + ".com");
  }

  @Test
  void rejectsNull() {
    assertThatThrownBy(() -> EmailAddress.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("email address");
  }

  @Test
  void rejectsBlank() {
    assertThatThrownBy(() -> EmailAddress.of("   "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("email address must not be blank: '   '");
  }

  @Test
  void rejectsAnAddressLongerThan254Characters() {
    String raw = "a@" + ("b".repeat(60) + ".").repeat(5) + "com";

    assertThat(raw).hasSizeGreaterThan(254);
    assertThatThrownBy(() -> EmailAddress.of(raw))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("email address is longer than 254 characters: " + Quoted.of(raw));
  }

  @Test
  void measuresTheLengthWithTheDomainEncoded() {
    // a label of 50 ü takes 50 characters as Unicode but 56 as punycode
    String label = "ü".repeat(50);
    String raw = "a".repeat(40) + "@" + String.join(".", label, label, label, label) + ".de";

    assertThat(raw.length()).isLessThanOrEqualTo(254);
    assertThatThrownBy(() -> EmailAddress.of(raw))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("longer than 254 characters once its domain is encoded")
        .hasMessageContaining(Quoted.of(raw));
  }

  @Test
  void checksEachAddressInFullWhenItsInternationalDomainWasSeenBefore() {
    String label = "ü".repeat(50);
    String domain = String.join(".", label, label, label, label) + ".de";
    String fits = "a@" + domain;
    String tooLongOnceEncoded = "a".repeat(40) + "@" + domain;
    String badDomain = "b@bücher..de";

    assertThat(EmailAddress.of(fits).value()).isEqualTo(fits);
    assertThat(EmailAddress.of("B@" + domain).value()).isEqualTo("b@" + domain);
    assertThatThrownBy(() -> EmailAddress.of(tooLongOnceEncoded))
        .hasMessageContaining("longer than 254 characters once its domain is encoded")
        .hasMessageContaining(Quoted.of(tooLongOnceEncoded));
    for (String local : List.of("b", "c")) {
      String raw = badDomain.replace("b@", local + "@");
      assertThatThrownBy(() -> EmailAddress.of(raw))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(raw);
    }
  }

  @Test
  void rejectsALocalPartLongerThan64Characters() {
    String raw = "a".repeat(65) + "@example.com";

    assertThatThrownBy(() -> EmailAddress.of(raw))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("email address has a local part longer than 64 characters: " + Quoted.of(raw));
  }

  @Test
  void rejectsADomainLabelLongerThan63Characters() {
    String raw = "a@" + "b".repeat(64) + ".com";

    assertThatThrownBy(() -> EmailAddress.of(raw))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("email address has a domain that is not a valid")
        .hasMessageContaining("too long")
        .hasMessageEndingWith("'" + raw + "'");
  }

  static Stream<Arguments> invalidAddresses() {
    return Stream.of(
        arguments("ana.example.com", "email address has no '@': 'ana.example.com'"),
        arguments("@example.com", "email address has an empty local part: '@example.com'"),
        arguments("ana@", "email address has an empty domain: 'ana@'"),
        arguments(
            "ana..b@example.com",
            "email address has consecutive dots in its local part: 'ana..b@example.com'"),
        arguments(
            ".ana@example.com",
            "email address has a local part that starts or ends with '.': '.ana@example.com'"),
        arguments(
            "ana.@example.com",
            "email address has a local part that starts or ends with '.': 'ana.@example.com'"),
        arguments(
            "an a@example.com",
            "email address has a character not allowed in an unquoted local part (U+0020): 'an a@example.com'"),
        arguments(
            "josé@example.com",
            "email address has a character not allowed in an unquoted local part (U+00E9): 'josé@example.com'"),
        arguments(
            "ana@localhost", "email address domain needs at least two labels: 'ana@localhost'"),
        arguments(
            "ana@example.123",
            "email address has an all-numeric top-level domain: 'ana@example.123'"),
        arguments(
            "ana@-example.com",
            "email address has a domain label that starts or ends with '-': 'ana@-example.com'"),
        arguments(
            "ana@example-.com",
            "email address has a domain label that starts or ends with '-': 'ana@example-.com'"),
        arguments(
            "ana@exa_mple.com",
            "email address has a domain label with a character other than a letter, digit or '-' (U+005F): 'ana@exa_mple.com'"),
        arguments(
            "ana@example.com.", "email address has an empty domain label: 'ana@example.com.'"),
        arguments(
            "ana@xn--zz.com",
            "email address has a domain label that is not valid punycode: 'ana@xn--zz.com'"),
        arguments(
            "\"ana\\\"@x.com",
            "email address has a dangling '\\' in its quoted local part: '\"ana\\\"@x.com'"),
        arguments(
            "\"a\"b\"@x.com",
            "email address has a character not allowed in a quoted local part (U+0022): '\"a\"b\"@x.com'"));
  }

  @ParameterizedTest
  @MethodSource("invalidAddresses")
  void rejectsInvalidSyntaxNamingTheProblemAndTheValue(String raw, String message) {
    assertThatThrownBy(() -> EmailAddress.of(raw))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
    assertThat(EmailAddress.isValid(raw)).isFalse();
  }

  @Test
  void rejectsConsecutiveDotsInTheDomain() {
    assertThatThrownBy(() -> EmailAddress.of("ana@example..com"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("email address has a domain that is not a valid")
        .hasMessageEndingWith("'ana@example..com'");
  }

  @Test
  void constructorRejectsAValueNotInNormalForm() {
    assertThatThrownBy(() -> new EmailAddress("ana@Example.com"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "email address is not in normal form: 'ana@Example.com'"
                + " (EmailAddress.of gives 'ana@example.com')");
  }

  @Test
  void constructorAcceptsTheNormalForm() {
    assertThat(new EmailAddress("ana@bücher.de")).isEqualTo(EmailAddress.of("ana@BÜCHER.DE"));
  }

  @Test
  void anAddressReadWithOfEqualsTheSameAddressRestoredThroughTheConstructor() {
    EmailAddress read = EmailAddress.of("  Ana.Lima@BÜCHER.de ");
    EmailAddress restored = new EmailAddress(read.value());

    assertThat(restored).isEqualTo(read).hasSameHashCodeAs(read).hasToString("ana.lima@bücher.de");
    assertThat(restored).isNotEqualTo(EmailAddress.of("ana.lima@buecher.de"));
  }

  @Test
  void isValidIsFalseForNullAndTrueForAGoodAddress() {
    assertThat(EmailAddress.isValid(null)).isFalse();
    assertThat(EmailAddress.isValid("ana@example.com")).isTrue();
  }

  @Test
  void equatesUnquotedLocalPartsThatDifferOnlyInCase() {
    assertThat(EmailAddress.of("Ana@example.com")).isEqualTo(EmailAddress.of("ana@example.com"));
  }

  @Test
  void keepsTheCaseOfAQuotedLocalPart() {
    assertThat(EmailAddress.of("\"Ana Lima\"@Example.com").value())
        .isEqualTo("\"Ana Lima\"@example.com");
  }
}
