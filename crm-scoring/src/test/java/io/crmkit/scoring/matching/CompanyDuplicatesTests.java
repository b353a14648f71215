package io.crmkit.scoring.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.Crm;
import io.crmkit.core.company.Company;
import io.crmkit.core.company.CompanyDetails;
import io.crmkit.core.company.CompanyId;
import io.crmkit.core.contactpoint.PostalAddress;
import io.crmkit.core.lead.LeadDetails;
import io.crmkit.scoring.CrmAnalytics;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CompanyDuplicatesTests {

  private static final String[] WORDS = {
    "alpine", "blue", "cedar", "delta", "ember", "falcon", "granite", "harbor", "iron", "juniper",
    "kestrel", "lumen", "maple", "nova", "orbit", "pine", "quartz", "river", "summit", "tidal"
  };
  private static final String[] TRADES = {"logistics", "foods", "software", "textiles", "energy"};

  private Crm crm;
  private Company acme;

  @BeforeEach
  void fillACrm() {
    crm = Crm.inMemory();
    Random random = new Random(41);
    for (int i = 0; i < 300; i++) {
      String name = WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)];
      String trade = TRADES[random.nextInt(TRADES.length)];
      crm.companies()
          .create(
              CompanyDetails.builder()
                  .name(name + " " + trade + " " + i)
                  .domain(name.replace(' ', '-') + i + ".example")
                  .industry(trade)
                  .address(
                      address(
                          (1 + random.nextInt(999)) + " " + WORDS[random.nextInt(20)] + " road",
                          String.format(Locale.ROOT, "%05d", random.nextInt(100_000))))
                  .build());
    }
    acme = crm.companies().create(acme("acme.com").build());
  }

  private static CompanyDetails.Builder acme(String domain) {
    return CompanyDetails.builder()
        .name("Acme Widgets GmbH")
        .domain(domain)
        .industry("manufacturing")
        .phone("+49 30 7654321")
        .address(address("7 Mill Road", "20095"));
  }

  private static PostalAddress address(String line, String postalCode) {
    return PostalAddress.builder()
        .line(line)
        .city("Hamburg")
        .postalCode(postalCode)
        .country("DE")
        .build();
  }

  @Test
  void scanFindsTheCompanyEnteredTwice() {
    Company again = crm.companies().create(acme("www.acme.de").name("ACME Widgets").build());

    DuplicateScan<CompanyId> scan = CrmAnalytics.on(crm).duplicates().companies().scan();

    assertThat(scan.clusters()).hasSize(1);
    assertThat(scan.clusters().get(0).records()).containsExactly(acme.id(), again.id());
    assertThat(scan.matches().get(0).explanation().fields())
        .extracting(FieldWeight::field, FieldWeight::level)
        .contains(
            org.assertj.core.groups.Tuple.tuple(MatchField.ORGANISATION_NAME, "exact"),
            org.assertj.core.groups.Tuple.tuple(
                MatchField.WEB_DOMAIN, "same name, other top level"));
  }

  @Test
  void indexAnswersBeforeACreateAndForALead() {
    CompanyDuplicateIndex index = CrmAnalytics.on(crm).duplicates().companies().index();

    assertThat(index.possibleDuplicatesOf(acme("acme.com").name("Acme Widgets Ltd.").build()))
        .extracting(PossibleDuplicate::id)
        .containsExactly(acme.id());
    assertThat(
            index.possibleCompaniesFor(
                LeadDetails.builder()
                    .name("Ana", "Lima")
                    .companyName("ACME Widgets")
                    .website("https://www.acme.com")
                    .phone("+49 30 7654321")
                    .build()))
        .extracting(PossibleDuplicate::id)
        .containsExactly(acme.id());
  }

  @Test
  void indexDropsADeletedCompanyWhenRefreshed() {
    CompanyDuplicateIndex index = CrmAnalytics.on(crm).duplicates().companies().index();

    crm.companies().delete(acme.id(), acme.version());
    index.refresh(acme.id());

    assertThat(index.size()).isEqualTo(300);
    assertThat(index.possibleDuplicatesOf(acme("acme.com").build())).isEmpty();
  }
}
