package io.crmkit.core.contactpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.i18n.phonenumbers.Phonenumber;
import io.crmkit.core.internal.Quoted;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PhoneNumberTests {

  @Test
  void readsANationalNumberInItsDefaultRegion() {
    PhoneNumber number = PhoneNumber.parse(" 030 123456 ", "DE");

    assertThat(number.e164()).isEqualTo("+4930123456");
    assertThat(number.raw()).isEqualTo("030 123456");
    assertThat(number.regionCode()).isEqualTo("DE");
    assertThat(number.international()).isEqualTo("+49 30 123456");
    assertThat(number.national()).isEqualTo("030 123456");
    assertThat(number).hasToString("+4930123456");
  }

  @Test
  void acceptsTheRegionInLowerCase() {
    assertThat(PhoneNumber.parse("(650) 253-0000", "us").e164()).isEqualTo("+16502530000");
  }

  @Test
  void anInternationalPrefixOverridesTheDefaultRegion() {
    PhoneNumber number = PhoneNumber.parse("+1 650-253-0000", "DE");

    assertThat(number.e164()).isEqualTo("+16502530000");
    assertThat(number.regionCode()).isEqualTo("US");
    assertThat(number.national()).isEqualTo("(650) 253-0000");
  }

  @Test
  void readsAnInternationalNumberWithoutARegion() {
    assertThat(PhoneNumber.parse("+44 20 7946 0958").regionCode()).isEqualTo("GB");
  }

  @Test
  void reportsNonGeographicNumbersAsRegion001() {
    assertThat(PhoneNumber.parse("+800 1234 5678").regionCode()).isEqualTo("001");
  }

  @Test
  void isEqualByE164AloneWhateverTheRawText() {
    PhoneNumber national = PhoneNumber.parse("030 123456", "DE");
    PhoneNumber international = PhoneNumber.parse("+49 (0)30 12 34 56");

    assertThat(national).isEqualTo(international);
    assertThat(national).hasSameHashCodeAs(international);
    assertThat(national.raw()).isNotEqualTo(international.raw());
  }

  @Test
  void keepsAnExtensionOnlyInTheRawText() {
    PhoneNumber number = PhoneNumber.parse("+49 30 123456 ext. 12");

    assertThat(number.e164()).isEqualTo("+4930123456");
    assertThat(number.raw()).isEqualTo("+49 30 123456 ext. 12");
  }

  @Test
  void rejectsNull() {
    assertThatThrownBy(() -> PhoneNumber.parse(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("raw phone number");
    assertThatThrownBy(() -> PhoneNumber.parse("030 123456", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("default region");
  }

  @Test
  void rejectsBlank() {
    assertThatThrownBy(() -> PhoneNumber.parse("  ", "DE"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("phone number must not be blank: ''");
  }

  @Test
  void rejectsRawTextLongerThan64Characters() {
    String raw = "+49 30 123456" + " ".repeat(10) + "x".repeat(50);

    assertThatThrownBy(() -> PhoneNumber.parse(raw))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("phone number is longer than 64 characters: " + Quoted.of(raw));
  }

  @Test
  void rejectsANationalNumberWithoutARegion() {
    assertThatThrownBy(() -> PhoneNumber.parse("030 123456"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "not a phone number: '030 123456': it needs an international prefix such as +49,"
                + " or a default region");
  }

  @Test
  void rejectsAnUnknownRegion() {
    assertThatThrownBy(() -> PhoneNumber.parse("030 123456", "XX"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "unknown phone region 'XX': expected an ISO 3166 alpha-2 code such as US or DE");
  }

  @Test
  void rejectsANumberThatIsNotValid() {
    assertThatThrownBy(() -> PhoneNumber.parse("12", "DE"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a valid phone number: '12'");
  }

  @Test
  void rejectsTextThatIsNotANumber() {
    assertThatThrownBy(() -> PhoneNumber.parse("call me", "DE"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("not a phone number: 'call me': ");
  }

  @Test
  void constructorRejectsAnE164FormThatIsNotNormal() {
    assertThatThrownBy(() -> new PhoneNumber("+49 30 123456", "030 123456"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not an E.164 phone number: '+49 30 123456'");
  }

  @Test
  void constructorRejectsAnInvalidNumber() {
    assertThatThrownBy(() -> new PhoneNumber("+4912", "12"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a valid phone number: '+4912'");
  }

  @Test
  void constructorRejectsAnInvalidNumberEveryTimeItIsGiven() {
    // valid forms are remembered, refused ones are not: the second attempt is checked again
    for (int attempt = 0; attempt < 2; attempt++) {
      assertThatThrownBy(() -> new PhoneNumber("+4413", "13"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("not a valid phone number: '+4413'");
    }
  }

  @Test
  void constructorStillChecksTheRawTextOfANumberItHasSeen() {
    PhoneNumber first = new PhoneNumber("+442079460958", "020 7946 0958");

    assertThat(new PhoneNumber("+442079460958", "+44 20 7946 0958")).isEqualTo(first);
    assertThatThrownBy(() -> new PhoneNumber("+442079460958", " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("phone number must not be blank: ' '");
  }

  @Test
  void everyConstructorThatSkipsTheChecksIsPrivateAndTakesAParsedNumber() {
    // parse() hands libphonenumber's validated result to the constructor that does not check again;
    // from anywhere else only the checking constructor is reachable
    for (Constructor<?> constructor : PhoneNumber.class.getDeclaredConstructors()) {
      if (Arrays.equals(
          constructor.getParameterTypes(), new Class<?>[] {String.class, String.class})) {
        assertThat(Modifier.isPublic(constructor.getModifiers())).isTrue();
      } else {
        assertThat(Modifier.isPrivate(constructor.getModifiers())).isTrue();
        assertThat(constructor.getParameterTypes()[0]).isEqualTo(Phonenumber.PhoneNumber.class);
      }
    }
    assertThat(PhoneNumber.class.getDeclaredConstructors()).hasSize(2);
  }

  @Test
  void aParsedNumberEqualsTheSameNumberRestoredThroughTheCheckingConstructor() {
    PhoneNumber parsed = PhoneNumber.parse("(11) 91234-5678", "BR");

    assertThat(parsed.e164()).isEqualTo("+5511912345678");
    assertThat(new PhoneNumber(parsed.e164(), parsed.raw())).isEqualTo(parsed);
  }

  @Test
  void constructorRestoresAStoredNumber() {
    PhoneNumber restored = new PhoneNumber("+4930123456", "030 123456");

    assertThat(restored).isEqualTo(PhoneNumber.parse("030 123456", "DE"));
    assertThat(restored.raw()).isEqualTo("030 123456");
  }
}
