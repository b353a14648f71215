package io.crmkit.benchmarks.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.contact.ContactId;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Both benchmarked sides must keep the same contacts, or their timings compare nothing. */
class AudienceConsentTests {

  @Test
  void keepsTwoThirdsLeavingOutWithdrawnNeverAskedAndSuppressed() {
    assertThat(Newsletter.allowed(0)).isTrue();
    assertThat(Newsletter.allowed(7)).as("withdrawn").isFalse();
    assertThat(Newsletter.allowed(8)).as("never asked").isFalse();
    assertThat(Newsletter.allowed(3)).as("address suppressed").isFalse();
    assertThat(Newsletter.allowed(42)).as("domain suppressed").isFalse();
    assertThat(Newsletter.allowedAmong(1_000)).isEqualTo(670);
  }

  @Test
  void crmkitAndTheBareLoopKeepTheSameContacts() {
    AudienceConsentBenchmark benchmark = new AudienceConsentBenchmark();
    benchmark.contacts = 1_000;
    benchmark.setUp();

    Set<UUID> crmkit =
        benchmark.crmkit().stream().map(ContactId::value).collect(Collectors.toSet());

    assertThat(crmkit).hasSize(670).isEqualTo(benchmark.bareLoop());
  }
}
