package io.crmkit.core.contactpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class EmailAddressProperties {

  /** Characters that make up plausible and implausible addresses, weighted towards the valid. */
  private static final List<String> LOCAL_PIECES =
      List.of("a", "Z", "0", "9", ".", "+", "_", "-", "!", "~", "é", " ", "\"", "\\", "@", "..");

  private static final List<String> DOMAIN_PIECES =
      List.of(
          "a", "B", "x", "7", "-", "ü", "Ü", "é", "ñ", "中", "я", "ß", "xn--", ".", "_", "\u0308");

  private static Gen<String> joined(List<String> pieces, int min, int max) {
    return lists()
        .of(arbitrary().pick(pieces))
        .ofSizeBetween(min, max)
        .map(list -> String.join("", list));
  }

  private static Gen<String> plausibleAddresses() {
    Gen<String> local = joined(LOCAL_PIECES, 0, 12);
    Gen<String> domain = joined(DOMAIN_PIECES, 0, 10);
    Gen<String> topLevel = arbitrary().pick(List.of("com", "DE", "org", "123", "xn--p1ai", ""));
    Gen<String> padding = arbitrary().pick(List.of("", " ", "\t", "\n "));
    return local.zip(
        domain,
        topLevel,
        padding,
        (l, d, t, p) -> p + l + "@" + d + (t.isEmpty() ? "" : ".") + t + p);
  }

  /** Addresses built from valid parts, in any case and script: nearly all of them are valid. */
  private static Gen<String> wellFormedAddresses() {
    Gen<String> atom = joined(List.of("a", "Z", "0", "+", "_", "-", "~", "'", "x"), 1, 6);
    Gen<String> dotAtom =
        lists().of(atom).ofSizeBetween(1, 3).map(atoms -> String.join(".", atoms));
    Gen<String> quoted =
        joined(List.of(" ", "a", "\\\"", "@", ".", ".."), 0, 5).map(q -> '"' + q + '"');
    Gen<String> label = joined(List.of("a", "B", "x", "7", "ü", "Ü", "中", "я", "ß", "é"), 1, 8);
    Gen<String> hyphenated = label.zip(label, (a, b) -> a + "-" + b);
    Gen<String> domain =
        lists()
            .of(label.mix(hyphenated, 30))
            .ofSizeBetween(1, 3)
            .map(labels -> String.join(".", labels));
    Gen<String> topLevel = arbitrary().pick(List.of("com", "DE", "org", "xn--p1ai", "рф", "Com"));
    return dotAtom.mix(quoted, 20).zip(domain, topLevel, (l, d, t) -> l + "@" + d + "." + t);
  }

  private static Gen<String> anyText() {
    return strings().allPossible().ofLengthBetween(0, 40);
  }

  private static Gen<String> candidates() {
    return wellFormedAddresses().mix(plausibleAddresses(), 40).mix(anyText(), 20);
  }

  @Test
  void normalisationIsIdempotent() {
    qt().forAll(wellFormedAddresses())
        .assuming(EmailAddress::isValid)
        .checkAssert(
            raw -> {
              EmailAddress once = EmailAddress.of(raw);
              assertThat(EmailAddress.of(once.value())).isEqualTo(once);
              assertThat(new EmailAddress(once.value())).isEqualTo(once);
            });
  }

  @Test
  void isValidAgreesWithOf() {
    qt().forAll(candidates())
        .checkAssert(
            raw -> {
              if (EmailAddress.isValid(raw)) {
                assertThatCode(() -> EmailAddress.of(raw)).doesNotThrowAnyException();
              } else {
                try {
                  EmailAddress.of(raw);
                  throw new AssertionError("of accepted what isValid refused: " + raw);
                } catch (IllegalArgumentException expected) {
                  assertThat(expected).hasMessageContaining("email address");
                }
              }
            });
  }

  @Test
  void theAsciiFormReadsBackToTheSameAddress() {
    qt().forAll(wellFormedAddresses())
        .assuming(EmailAddress::isValid)
        .checkAssert(
            raw -> {
              EmailAddress email = EmailAddress.of(raw);
              assertThat(email.asciiValue()).matches("\\p{ASCII}+");
              assertThat(EmailAddress.of(email.asciiValue())).isEqualTo(email);
            });
  }

  @Test
  void theDomainIsLowerCaseNfcAndTheLocalPartKeepsItsCharacters() {
    qt().forAll(wellFormedAddresses())
        .assuming(EmailAddress::isValid)
        .checkAssert(
            raw -> {
              EmailAddress email = EmailAddress.of(raw);
              String stripped = raw.strip();
              String local = stripped.substring(0, stripped.lastIndexOf('@'));
              // a quoted local part is kept exactly; an unquoted one at most changes case
              if (local.startsWith("\"")) {
                assertThat(email.localPart()).isEqualTo(local);
              } else {
                assertThat(email.localPart()).isEqualToIgnoringCase(local);
              }
              assertThat(email.domain()).isEqualTo(email.domain().toLowerCase(Locale.ROOT));
              assertThat(Normalizer.isNormalized(email.domain(), Normalizer.Form.NFC)).isTrue();
            });
  }

  /** The properties above are vacuous unless the generator yields both kinds of input. */
  @Test
  void theGeneratorProducesValidAndInvalidAddresses() {
    AtomicInteger valid = new AtomicInteger();
    AtomicInteger invalid = new AtomicInteger();
    qt().forAll(candidates())
        .checkAssert(raw -> (EmailAddress.isValid(raw) ? valid : invalid).incrementAndGet());

    assertThat(valid.get()).isGreaterThan(200);
    assertThat(invalid.get()).isGreaterThan(200);
  }
}
