package io.crmkit.core.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.Crm;
import io.crmkit.core.NotFoundException;
import io.crmkit.core.PageRequest;
import io.crmkit.core.ValidationException;
import io.crmkit.core.fixtures.TestClock;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CompanyServiceTests {

  private final Crm crm = Crm.builder().clock(TestClock.atStart()).build();

  @Test
  void buildsAHierarchyAndRefusesACycle() {
    Company group = crm.companies().create(CompanyDetails.builder().name("Globex Group").build());
    Company emea =
        crm.companies()
            .create(CompanyDetails.builder().name("Globex EMEA").parent(group.id()).build());
    Company spain =
        crm.companies()
            .create(CompanyDetails.builder().name("Globex España").parent(emea.id()).build());

    assertThatThrownBy(() -> crm.companies().update(group.id(), 1, d -> d.parent(spain.id())))
        .isInstanceOf(CompanyHierarchyException.class)
        .hasMessageContaining("its own ancestor");
    assertThatThrownBy(() -> crm.companies().update(group.id(), 1, d -> d.parent(group.id())))
        .isInstanceOf(CompanyHierarchyException.class);
    assertThat(crm.companies().get(group.id()).details().parentCompany()).isEmpty();
    assertThat(
            crm.companies()
                .search(CompanyQuery.all().withParent(group.id()), PageRequest.first(5))
                .items())
        .containsExactly(emea);
  }

  @Test
  void refusesAMissingParent() {
    CompanyId ghost = CompanyId.of(UUID.randomUUID());

    assertThatThrownBy(
            () ->
                crm.companies()
                    .create(CompanyDetails.builder().name("Orphan").parent(ghost).build()))
        .isInstanceOf(NotFoundException.class);
    assertThat(crm.companies().count()).isZero();
  }

  @Test
  void normalisesTheWebDomainAndReportsEveryBadField() {
    Company acme =
        crm.companies()
            .create(
                CompanyDetails.builder()
                    .name(" Acme  Corp ")
                    .domain("HTTPS://www.Acme.COM/about")
                    .build());

    assertThat(acme.details().name()).isEqualTo("Acme Corp");
    assertThat(acme.details().webDomain()).contains(new WebDomain("acme.com"));
    assertThatThrownBy(
            () -> CompanyDetails.builder().name("").domain("not a domain").employees(-3).build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(er -> er.field())
                    .containsExactly("name", "domain", "employees"));
  }
}
