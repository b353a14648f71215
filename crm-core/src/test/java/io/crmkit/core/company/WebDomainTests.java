package io.crmkit.core.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WebDomainTests {

  @ParameterizedTest
  @CsvSource({
    "acme.com, acme.com",
    "https://www.Acme.COM/about?x=1, acme.com",
    "http://shop.acme.co.uk:8080, shop.acme.co.uk",
    "bücher.de, xn--bcher-kva.de",
  })
  void readsDomainsFromDomainsAndUrls(String text, String domain) {
    assertThat(WebDomain.parse(text).value()).isEqualTo(domain);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "localhost", "acme..com", "-acme.com", "acme.123", "a b.com"})
  void refusesWhatIsNotADomainNamingIt(String text) {
    assertThatThrownBy(() -> WebDomain.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'");
  }

  @ParameterizedTest
  @ValueSource(ints = {254, 400})
  void refusesOverlongDomains(int length) {
    String domain =
        "a".repeat(60)
            + "."
            + "b".repeat(60)
            + "."
            + "c".repeat(60)
            + "."
            + "d".repeat(length - 183)
            + ".com";
    assertThatThrownBy(() -> WebDomain.parse(domain)).isInstanceOf(IllegalArgumentException.class);
  }
}
