package io.crmkit.core.contactpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class PhoneNumberProperties {

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

  /** libphonenumber's example numbers: valid fixed-line and mobile numbers of every region. */
  private static final List<Phonenumber.PhoneNumber> EXAMPLES =
      UTIL.getSupportedRegions().stream()
          .sorted()
          .flatMap(
              region ->
                  Stream.of(PhoneNumberType.FIXED_LINE, PhoneNumberType.MOBILE)
                      .map(type -> UTIL.getExampleNumberForType(region, type)))
          .filter(Objects::nonNull)
          .toList();

  /** Example numbers with their last digit changed, written in national form with their region. */
  private static Gen<String[]> nationalNumbersWithRegion() {
    return arbitrary()
        .pick(EXAMPLES)
        .zip(
            integers().between(0, 9),
            (example, digit) -> {
              Phonenumber.PhoneNumber number = new Phonenumber.PhoneNumber().mergeFrom(example);
              number.setNationalNumber(number.getNationalNumber() / 10 * 10 + digit);
              return new String[] {
                UTIL.format(number, PhoneNumberFormat.NATIONAL),
                UTIL.getRegionCodeForNumber(example)
              };
            });
  }

  private static boolean parses(String[] rawAndRegion) {
    try {
      PhoneNumber.parse(rawAndRegion[0], rawAndRegion[1]);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  @Test
  void theInternationalFormReadsBackToTheSameNumber() {
    qt().forAll(nationalNumbersWithRegion())
        .assuming(PhoneNumberProperties::parses)
        .checkAssert(
            rawAndRegion -> {
              PhoneNumber number = PhoneNumber.parse(rawAndRegion[0], rawAndRegion[1]);
              PhoneNumber again = PhoneNumber.parse(number.international());
              assertThat(again.e164()).isEqualTo(number.e164());
              assertThat(again).isEqualTo(number).hasSameHashCodeAs(number);
            });
  }

  @Test
  void theNationalFormReadsBackInItsRegion() {
    qt().forAll(nationalNumbersWithRegion())
        .assuming(PhoneNumberProperties::parses)
        .checkAssert(
            rawAndRegion -> {
              PhoneNumber number = PhoneNumber.parse(rawAndRegion[0], rawAndRegion[1]);
              assertThat(PhoneNumber.parse(number.national(), number.regionCode()).e164())
                  .isEqualTo(number.e164());
            });
  }

  @Test
  void theE164FormRestoresAnEqualNumber() {
    qt().forAll(nationalNumbersWithRegion())
        .assuming(PhoneNumberProperties::parses)
        .checkAssert(
            rawAndRegion -> {
              PhoneNumber number = PhoneNumber.parse(rawAndRegion[0], rawAndRegion[1]);
              assertThat(new PhoneNumber(number.e164(), number.raw())).isEqualTo(number);
              assertThat(PhoneNumber.parse(number.e164())).isEqualTo(number);
              assertThat(number.raw()).isEqualTo(rawAndRegion[0].strip());
            });
  }
}
