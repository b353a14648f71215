package io.crmkit.core.customfield;

import static io.crmkit.core.RecordType.CONTACT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.contactpoint.EmailAddress;
import io.crmkit.core.contactpoint.PhoneNumber;
import io.crmkit.core.customfield.CustomFieldValue.Bool;
import io.crmkit.core.customfield.CustomFieldValue.Choice;
import io.crmkit.core.customfield.CustomFieldValue.Choices;
import io.crmkit.core.customfield.CustomFieldValue.Date;
import io.crmkit.core.customfield.CustomFieldValue.DateTime;
import io.crmkit.core.customfield.CustomFieldValue.Decimal;
import io.crmkit.core.customfield.CustomFieldValue.Email;
import io.crmkit.core.customfield.CustomFieldValue.Phone;
import io.crmkit.core.customfield.CustomFieldValue.Text;
import io.crmkit.core.customfield.CustomFieldValue.Url;
import io.crmkit.core.internal.Quoted;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CustomFieldValueTests {

  private static final CustomFieldDefinition TIER =
      CustomFieldDefinition.singleSelect(CONTACT, "tier", "Tier", List.of("gold", "silver"));
  private static final CustomFieldDefinition TAGS =
      CustomFieldDefinition.multiSelect(
          CONTACT, "tags", "Tags", List.of("vip", "press, media", "a\\b"));

  @Test
  void eachValueKnowsItsTypeAndCanonicalText() {
    assertThat(Text.of("hello").asText()).isEqualTo("hello");
    assertThat(CustomFieldValue.Number.of(-42).asText()).isEqualTo("-42");
    assertThat(Decimal.of(new BigDecimal("1.50")).asText()).isEqualTo("1.5");
    assertThat(Decimal.of(new BigDecimal("1E+3")).asText()).isEqualTo("1000");
    assertThat(Bool.of(true).asText()).isEqualTo("true");
    assertThat(Date.of(LocalDate.of(2024, 2, 29)).asText()).isEqualTo("2024-02-29");
    assertThat(DateTime.of(Instant.parse("2024-05-31T09:30:00Z")).asText())
        .isEqualTo("2024-05-31T09:30:00Z");
    assertThat(Choice.of("gold").asText()).isEqualTo("gold");
    assertThat(Choices.of("vip", "press, media").asText()).isEqualTo("press\\, media,vip");
    assertThat(Url.of(URI.create("https://example.com/a?b=c")).asText())
        .isEqualTo("https://example.com/a?b=c");
    assertThat(Email.of(EmailAddress.of("ana@example.com")).asText()).isEqualTo("ana@example.com");
    assertThat(Phone.of(PhoneNumber.parse("030 123456", "DE")).asText()).isEqualTo("+4930123456");

    assertThat(Text.of("x").type()).isEqualTo(CustomFieldType.TEXT);
    assertThat(CustomFieldValue.Number.of(1).type()).isEqualTo(CustomFieldType.NUMBER);
    assertThat(Decimal.of(BigDecimal.ONE).type()).isEqualTo(CustomFieldType.DECIMAL);
    assertThat(Bool.of(false).type()).isEqualTo(CustomFieldType.BOOLEAN);
    assertThat(Date.of(LocalDate.EPOCH).type()).isEqualTo(CustomFieldType.DATE);
    assertThat(DateTime.of(Instant.EPOCH).type()).isEqualTo(CustomFieldType.DATETIME);
    assertThat(Choice.of("a").type()).isEqualTo(CustomFieldType.SINGLE_SELECT);
    assertThat(Choices.of("a").type()).isEqualTo(CustomFieldType.MULTI_SELECT);
    assertThat(Url.of(URI.create("http://x.org")).type()).isEqualTo(CustomFieldType.URL);
    assertThat(Email.of(EmailAddress.of("a@x.org")).type()).isEqualTo(CustomFieldType.EMAIL);
    assertThat(Phone.of(PhoneNumber.parse("+4930123456")).type()).isEqualTo(CustomFieldType.PHONE);
  }

  @Test
  void decimalsThatDifferOnlyInTrailingZerosAreEqual() {
    assertThat(Decimal.of(new BigDecimal("1.50"))).isEqualTo(Decimal.of(new BigDecimal("1.5")));
  }

  @Test
  void choicesAreHeldInAlphabeticalOrder() {
    assertThat(Choices.of("b", "c", "a").values()).containsExactly("a", "b", "c");
    assertThat(new Choices(Set.of("b", "a"))).isEqualTo(Choices.of("a", "b"));
  }

  @Test
  void parsesCanonicalTextOfEveryType() {
    assertThat(parse(CustomFieldDefinition.text(CONTACT, "f", "F"), " x "))
        .isEqualTo(Text.of(" x "));
    assertThat(parse(CustomFieldDefinition.number(CONTACT, "f", "F"), "-7"))
        .isEqualTo(CustomFieldValue.Number.of(-7));
    assertThat(parse(CustomFieldDefinition.decimal(CONTACT, "f", "F"), "2.50"))
        .isEqualTo(Decimal.of(new BigDecimal("2.5")));
    assertThat(parse(CustomFieldDefinition.bool(CONTACT, "f", "F"), "false"))
        .isEqualTo(Bool.of(false));
    assertThat(parse(CustomFieldDefinition.date(CONTACT, "f", "F"), "2024-02-29"))
        .isEqualTo(Date.of(LocalDate.of(2024, 2, 29)));
    assertThat(parse(CustomFieldDefinition.dateTime(CONTACT, "f", "F"), "2024-05-31T09:30:00Z"))
        .isEqualTo(DateTime.of(Instant.parse("2024-05-31T09:30:00Z")));
    assertThat(parse(TIER, "silver")).isEqualTo(Choice.of("silver"));
    assertThat(parse(TAGS, "vip, press\\, media,a\\\\b"))
        .isEqualTo(Choices.of("vip", "press, media", "a\\b"));
    assertThat(parse(CustomFieldDefinition.url(CONTACT, "f", "F"), "https://example.com"))
        .isEqualTo(Url.of(URI.create("https://example.com")));
    assertThat(parse(CustomFieldDefinition.email(CONTACT, "f", "F"), "Ana@Example.com"))
        .isEqualTo(Email.of(EmailAddress.of("Ana@example.com")));
    assertThat(parse(CustomFieldDefinition.phone(CONTACT, "f", "F"), "+49 30 123456"))
        .isEqualTo(Phone.of(PhoneNumber.parse("+4930123456")));
  }

  @Test
  void parseRejectsTextThatIsNotOfTheFieldsType() {
    assertThatThrownBy(() -> parse(CustomFieldDefinition.number(CONTACT, "size", "Size"), "1.5"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("custom field size: '1.5' is not a valid NUMBER value: ");
    assertThatThrownBy(() -> parse(CustomFieldDefinition.bool(CONTACT, "vip", "VIP"), "yes"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("custom field vip: 'yes' is not a valid BOOLEAN value: expected true or false");
    assertThatThrownBy(
            () -> parse(CustomFieldDefinition.date(CONTACT, "born", "Born"), "2023-02-29"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("custom field born: '2023-02-29' is not a valid DATE value: ");
    assertThatThrownBy(
            () -> parse(CustomFieldDefinition.dateTime(CONTACT, "seen", "Seen"), "2024-05-31"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("custom field seen: '2024-05-31' is not a valid DATETIME value: ");
    assertThatThrownBy(
            () -> parse(CustomFieldDefinition.url(CONTACT, "site", "Site"), "ftp://x.org"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "custom field site: 'ftp://x.org' is not a valid URL value: url must be an absolute"
                + " http or https URL with a host: 'ftp://x.org'");
    assertThatThrownBy(
            () -> parse(CustomFieldDefinition.url(CONTACT, "site", "Site"), "http://a b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("custom field site: 'http://a b' is not a valid URL value: ");
    assertThatThrownBy(() -> parse(CustomFieldDefinition.email(CONTACT, "alt", "Alt"), "nobody"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "custom field alt: 'nobody' is not a valid EMAIL value: email address has no '@':"
                + " 'nobody'");
    assertThatThrownBy(() -> parse(CustomFieldDefinition.phone(CONTACT, "fax", "Fax"), "030 1234"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("custom field fax: '030 1234' is not a valid PHONE value: ");
  }

  @Test
  void parseRejectsBlankText() {
    assertThatThrownBy(() -> parse(CustomFieldDefinition.text(CONTACT, "note", "Note"), "  "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "custom field note: '  ' is not a valid TEXT value: text must not be blank: '  '");
  }

  @Test
  void parseRejectsAChoiceOutsideTheOptions() {
    assertThatThrownBy(() -> parse(TIER, "platinum"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "custom field tier: 'platinum' is not a valid SINGLE_SELECT value: not among the"
                + " options 'gold', 'silver': 'platinum'");
    assertThatThrownBy(() -> parse(TAGS, "vip,press,media"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "custom field tags: 'vip,press,media' is not a valid MULTI_SELECT value: not among the"
                + " options 'vip', 'press, media', 'a\\b': 'media', 'press'");
  }

  @Test
  void parseRejectsADanglingEscape() {
    assertThatThrownBy(() -> parse(TAGS, "vip\\"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "custom field tags: 'vip\\' is not a valid MULTI_SELECT value: a '\\' ends the text"
                + " without escaping anything");
  }

  @Test
  void parseRejectsNull() {
    assertThatThrownBy(() -> parse(TIER, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("custom field text");
    assertThatThrownBy(() -> parse(null, "gold"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("custom field definition");
  }

  @Test
  void textRejectsOverlongAndControlCharacters() {
    String longText = "t".repeat(10_001);

    assertThatThrownBy(() -> Text.of(longText))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("text is longer than 10000 characters: " + Quoted.of(longText));
    assertThatThrownBy(() -> Text.of("bell\u0007"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("text has U+0007 (a control character) at index 4");
    assertThat(Text.of("two\nlines\tand a tab").value()).isEqualTo("two\nlines\tand a tab");
  }

  @Test
  void decimalRejectsMoreDigitsThanEveryDatabaseHolds() {
    assertThatThrownBy(() -> Decimal.of(new BigDecimal("1E+35")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("decimal has more than 35 digits before the point: '1E+35'");
    assertThatThrownBy(() -> Decimal.of(new BigDecimal("1E-31")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("decimal has more than 30 digits after the point: '1E-31'");
    assertThat(Decimal.of(new BigDecimal("9".repeat(35) + "." + "9".repeat(30))).asText())
        .hasSize(66);
    // trailing zeros do not count, up to 100 digits as written
    assertThat(Decimal.of(new BigDecimal("1." + "0".repeat(99))))
        .isEqualTo(Decimal.of(BigDecimal.ONE));
    assertThatThrownBy(() -> Decimal.of(new BigDecimal("1." + "0".repeat(100))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("decimal has more than 100 digits: '1." + "0".repeat(61) + "\u2026'");
  }

  @Test
  void choicesRejectEmptyAndInvalidOptions() {
    assertThatThrownBy(() -> new Choices(Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("choices must not be empty: leave the field out instead");
    assertThatThrownBy(() -> Choices.of("ok", " padded"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "choice must be 1 to 200 characters of one line without surrounding spaces: ' padded'");
    assertThatThrownBy(() -> Choice.of(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "choice must be 1 to 200 characters of one line without surrounding spaces: ''");
  }

  @Test
  void urlRejectsRelativeAndOverlongUrls() {
    assertThatThrownBy(() -> Url.of(URI.create("/relative")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("url must be an absolute http or https URL with a host: '/relative'");
    URI overlong = URI.create("https://example.com/" + "p".repeat(2030));
    assertThatThrownBy(() -> Url.of(overlong))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("url is longer than 2048 characters: " + Quoted.of(overlong));
  }

  @Test
  void valuesRejectNull() {
    assertThatThrownBy(() -> Text.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("text");
    assertThatThrownBy(() -> Decimal.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("decimal");
    assertThatThrownBy(() -> Date.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("date");
    assertThatThrownBy(() -> DateTime.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("date-time");
    assertThatThrownBy(() -> Choice.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("choice");
    assertThatThrownBy(() -> new Choices(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("choices");
    assertThatThrownBy(() -> Url.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("url");
    assertThatThrownBy(() -> Email.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("email address");
    assertThatThrownBy(() -> Phone.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("phone number");
  }

  private static CustomFieldValue parse(CustomFieldDefinition definition, String text) {
    return CustomFieldValue.parse(definition, text);
  }

  @Test
  void decimalRefusesAScaleWhoseDigitCountOverflowsAnInt() {
    // precision() - scale() overflowed int and let the value through to stripTrailingZeros
    assertThatThrownBy(() -> Decimal.of(new BigDecimal(BigInteger.TEN, Integer.MIN_VALUE)))
        .isInstanceOf(IllegalArgumentException.class)
        .satisfies(refusal -> assertThat(refusal.getMessage()).hasSizeLessThan(200));
    assertThatThrownBy(() -> Decimal.of(new BigDecimal(BigInteger.ONE, Integer.MAX_VALUE)))
        .isInstanceOf(IllegalArgumentException.class)
        .satisfies(refusal -> assertThat(refusal.getMessage()).hasSizeLessThan(200));
  }

  @Test
  void parseRefusesADecimalOfTwoHundredThousandDigitsUnread() {
    // "1." and 200,000 zeros took 14 s of CPU to parse and strip, and was then accepted
    CustomFieldDefinition size = CustomFieldDefinition.decimal(CONTACT, "size", "Size");
    String hostile = "1." + "0".repeat(200_000);

    assertThatThrownBy(() -> CustomFieldValue.parse(size, hostile))
        .isInstanceOf(IllegalArgumentException.class)
        .satisfies(refusal -> assertThat(refusal.getMessage()).hasSizeLessThan(300));
  }

  @Test
  void parseRefusesANumberOfAHundredThousandDigitsInAShortMessage() {
    CustomFieldDefinition seats = CustomFieldDefinition.number(CONTACT, "seats", "Seats");

    assertThatThrownBy(() -> CustomFieldValue.parse(seats, "9".repeat(100_000)))
        .isInstanceOf(IllegalArgumentException.class)
        .satisfies(refusal -> assertThat(refusal.getMessage()).hasSizeLessThan(300));
  }
}
