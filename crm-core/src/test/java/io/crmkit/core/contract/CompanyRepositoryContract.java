package io.crmkit.core.contract;

import static io.crmkit.core.fixtures.CompanyFixtures.aCompany;
import static io.crmkit.core.fixtures.ContactFixtures.OTHER_TENANT;
import static io.crmkit.core.fixtures.ContactFixtures.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.crmkit.core.ConcurrentUpdateException;
import io.crmkit.core.DuplicateException;
import io.crmkit.core.ExternalId;
import io.crmkit.core.PageRequest;
import io.crmkit.core.company.Company;
import io.crmkit.core.company.CompanyId;
import io.crmkit.core.company.CompanyQuery;
import io.crmkit.core.spi.CompanyRepository;
import io.crmkit.core.spi.CrmStorage;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link CompanyRepository} must do. */
public abstract class CompanyRepositoryContract {

  private static final Instant LATER = Instant.parse("2026-03-03T10:00:00Z");

  protected CompanyRepository companies;

  /** Returns an empty storage for one test. */
  protected abstract CrmStorage newStorage();

  @BeforeEach
  void openStorage() {
    companies = newStorage().companies();
  }

  @Test
  void findsTheOwnersOfManyCompaniesAtOnceInTheirTenantOnly() {
    Company acme = aCompany().named("Acme").build();
    Company globex = aCompany().named("Globex").build();
    companies.insert(acme);
    companies.insert(globex);
    CompanyId missing = CompanyId.of(UUID.randomUUID());

    assertThat(companies.findOwners(TENANT, List.of(acme.id(), missing, globex.id())))
        .containsOnly(entry(acme.id(), acme.owner()), entry(globex.id(), globex.owner()));
    assertThat(companies.findOwners(OTHER_TENANT, List.of(acme.id()))).isEmpty();
    assertThat(companies.findOwners(TENANT, List.of())).isEmpty();
  }

  @Test
  void findsAnInsertedCompanyOnlyInItsTenant() {
    Company acme =
        aCompany().withDomain("https://www.Acme.com/about").withTag("enterprise").build();
    companies.insert(acme);

    assertThat(companies.find(TENANT, acme.id())).contains(acme);
    assertThat(companies.find(OTHER_TENANT, acme.id())).isEmpty();
    assertThat(companies.findOwner(TENANT, acme.id())).contains(acme.owner());
    assertThat(companies.findOwner(OTHER_TENANT, acme.id())).isEmpty();
    assertThat(companies.findAll(OTHER_TENANT, List.of(acme.id()))).isEmpty();
    assertThat(companies.search(OTHER_TENANT, CompanyQuery.all(), PageRequest.first(10)).items())
        .isEmpty();
  }

  @Test
  void findsSeveralByIdInIdOrderSkippingMissingOnes() {
    Company a = aCompany().named("A").build();
    Company b = aCompany().named("B").build();
    Company missing = aCompany().named("Missing").build();
    companies.insert(b);
    companies.insert(a);

    assertThat(companies.findAll(TENANT, List.of(b.id(), missing.id(), a.id())))
        .containsExactly(a, b);
  }

  @Test
  void refusesADuplicateExternalIdAndAStaleUpdate() {
    Company acme = aCompany().withExternalId("erp", "K-1").build();
    companies.insert(acme);

    assertThatThrownBy(() -> companies.insert(aCompany().withExternalId("erp", "K-1").build()))
        .isInstanceOf(DuplicateException.class);
    Company archived = acme.archive(LATER, acme.owner()).state();
    companies.update(archived, 1);
    assertThatThrownBy(() -> companies.update(acme.archive(LATER, acme.owner()).state(), 1))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThat(companies.findByExternalId(TENANT, ExternalId.of("erp", "K-1"))).contains(archived);
  }

  @Test
  void searchesByDomainNamePrefixTagAndParent() {
    Company group = aCompany().named("Globex Group").withDomain("globex.com").build();
    Company branch =
        aCompany().named("Globex España").withParent(group.id()).withTag("emea").build();
    Company other = aCompany().named("Initech").build();
    companies.insert(group);
    companies.insert(branch);
    companies.insert(other);

    assertThat(search(CompanyQuery.all().withDomain("GLOBEX.com"))).containsExactly(group);
    assertThat(search(CompanyQuery.all().withNamePrefix("glob"))).containsExactly(group, branch);
    assertThat(search(CompanyQuery.all().withNamePrefix("espa"))).containsExactly(branch);
    assertThat(search(CompanyQuery.all().withTag("emea"))).containsExactly(branch);
    assertThat(search(CompanyQuery.all().withParent(group.id()))).containsExactly(branch);
    assertThat(companies.count(TENANT)).isEqualTo(3);
  }

  private List<Company> search(CompanyQuery query) {
    return companies.search(TENANT, query, PageRequest.first(100)).items();
  }
}
