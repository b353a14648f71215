package io.crmkit.benchmarks.crm;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.contactpoint.EmailAddress;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The benchmark data must be valid, varied and repeatable, or the figures mean little. */
class ContactSamplesTests {

  private static final Map<String, String> COUNTRY_CODES =
      Map.of(
          "BR", "+55", "DE", "+49", "FR", "+33", "GB", "+44", "US", "+1", "JP", "+81", "CN", "+86",
          "IN", "+91", "PL", "+48", "EG", "+20");

  private final List<ContactSample> samples = new ContactSamples(7).take(10_000);

  @Test
  void theSameSeedGivesTheSameContacts() {
    assertThat(new ContactSamples(7).take(100)).isEqualTo(samples.subList(0, 100));
    assertThat(new ContactSamples(8).take(100)).isNotEqualTo(samples.subList(0, 100));
  }

  @Test
  void everySampleParsesIntoDetailsWithItsCountrysPhoneNumber() {
    for (ContactSample sample : samples) {
      ContactDetails details = sample.toDetails();
      assertThat(details.primaryPhone().orElseThrow().e164())
          .as(sample.phone())
          .startsWith(COUNTRY_CODES.get(sample.region()));
      assertThat(details.primaryEmail()).contains(EmailAddress.of(sample.email()));
      assertThat(details.customFields().asMap()).containsKey(ContactSamples.SEGMENT);
      assertThat(details.tags()).hasSizeBetween(1, 3);
    }
  }

  @Test
  void primaryEmailsAreUniqueAfterNormalisation() {
    Set<String> emails =
        samples.stream().map(s -> EmailAddress.of(s.email()).value()).collect(Collectors.toSet());

    assertThat(emails).hasSize(samples.size());
    assertThat(samples).anyMatch(s -> !s.email().equals(EmailAddress.of(s.email()).value()));
  }

  @Test
  void oneContactInAHundredIsVip() {
    assertThat(samples.stream().filter(s -> s.tags().contains(ContactSamples.VIP)))
        .hasSize(samples.size() / 100);
  }

  @Test
  void namesComeFromTenCountriesAndSeveralScripts() {
    assertThat(samples.stream().map(ContactSample::region).distinct()).hasSize(10);
    Set<Character.UnicodeScript> scripts =
        samples.stream()
            .map(s -> Character.UnicodeScript.of(s.family().codePointAt(0)))
            .collect(Collectors.toSet());
    assertThat(scripts)
        .contains(
            Character.UnicodeScript.LATIN,
            Character.UnicodeScript.HAN,
            Character.UnicodeScript.ARABIC,
            Character.UnicodeScript.DEVANAGARI);
  }
}
