package io.crmkit.jpa;

import static io.crmkit.core.fixtures.ContactFixtures.OTHER_TENANT;
import static io.crmkit.core.fixtures.ContactFixtures.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.reason.Reason;
import io.crmkit.core.reason.ReasonCatalogue;
import io.crmkit.core.spi.ReasonRepository;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Reason catalogues on every configured database: by tenant, catalogue and code. */
class JpaReasonRepositoryTests {

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void keepsReasonsPerTenantAndCatalogueInCodeOrder(TestDatabase database) {
    database.assumeConfigured();
    ReasonRepository reasons = database.freshStorage().reasons();
    Reason price = Reason.of("price", "Price too high");
    Reason competitor = Reason.of("competitor", "Went with a competitor");
    Reason budget = Reason.of("no_budget", "No budget");
    reasons.save(TENANT, ReasonCatalogue.LOST_DEAL, price);
    reasons.save(TENANT, ReasonCatalogue.LOST_DEAL, competitor);
    reasons.save(TENANT, ReasonCatalogue.UNQUALIFIED_LEAD, budget);

    assertThat(reasons.findAll(TENANT, ReasonCatalogue.LOST_DEAL))
        .containsExactly(competitor, price);
    assertThat(reasons.findAll(TENANT, ReasonCatalogue.UNQUALIFIED_LEAD)).containsExactly(budget);
    assertThat(reasons.find(TENANT, ReasonCatalogue.LOST_DEAL, "price")).contains(price);
    assertThat(reasons.find(TENANT, ReasonCatalogue.UNQUALIFIED_LEAD, "price")).isEmpty();
    assertThat(reasons.findAll(OTHER_TENANT, ReasonCatalogue.LOST_DEAL)).isEmpty();
    assertThat(reasons.find(OTHER_TENANT, ReasonCatalogue.LOST_DEAL, "price")).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void relabelsAReasonWithTheSameCodeAndRemovesOnlyTheTenantsOwn(TestDatabase database) {
    database.assumeConfigured();
    ReasonRepository reasons = database.freshStorage().reasons();
    reasons.save(TENANT, ReasonCatalogue.LOST_DEAL, Reason.of("price", "Price"));
    Reason relabelled = Reason.of("price", "Price too high");
    reasons.save(TENANT, ReasonCatalogue.LOST_DEAL, relabelled);

    assertThat(reasons.findAll(TENANT, ReasonCatalogue.LOST_DEAL)).containsExactly(relabelled);
    assertThat(reasons.remove(OTHER_TENANT, ReasonCatalogue.LOST_DEAL, "price")).isFalse();
    assertThat(reasons.remove(TENANT, ReasonCatalogue.UNQUALIFIED_LEAD, "price")).isFalse();
    assertThat(reasons.remove(TENANT, ReasonCatalogue.LOST_DEAL, "price")).isTrue();
    assertThat(reasons.remove(TENANT, ReasonCatalogue.LOST_DEAL, "price")).isFalse();
    assertThat(reasons.findAll(TENANT, ReasonCatalogue.LOST_DEAL)).isEmpty();
  }
}
