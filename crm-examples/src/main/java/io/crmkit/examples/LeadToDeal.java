package io.crmkit.examples;

import io.crmkit.core.Crm;
import io.crmkit.core.deal.DealDetails;
import io.crmkit.core.deal.Pipeline;
import io.crmkit.core.deal.PipelinePolicy;
import io.crmkit.core.deal.Stage;
import io.crmkit.core.deal.StageId;
import io.crmkit.core.lead.Attribution;
import io.crmkit.core.lead.Conversion;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadDetails;
import io.crmkit.core.lead.LeadSource;
import java.util.List;

/**
 * A lead from capture to conversion: captured from a web form with its campaign, worked through its
 * statuses, then converted in one unit into a contact, a company and a deal.
 *
 * @since 0.1
 */
public final class LeadToDeal {

  private LeadToDeal() {}

  /** Captures, works and converts one lead, printing where each step leaves it. */
  public static void main(String[] args) {
    Crm crm = Crm.inMemory();
    Pipeline sales =
        crm.pipelines()
            .create(
                "New business",
                List.of(
                    Stage.open(StageId.random(), "Qualification", 20),
                    Stage.won(StageId.random(), "Won"),
                    Stage.lost(StageId.random(), "Lost")),
                PipelinePolicy.FLEXIBLE);

    Lead lead =
        crm.leads()
            .capture(
                LeadDetails.builder()
                    .name("Jürgen", "Müller")
                    .email("juergen.mueller@acme-tools.de")
                    .companyName("Acme Tools GmbH")
                    .jobTitle("Head of Purchasing")
                    .build(),
                Attribution.of(LeadSource.WEB_FORM).withCampaign("spring-webinar"));
    System.out.println(lead.status());
    lead = crm.leads().attemptContact(lead.id(), lead.version());
    lead = crm.leads().connect(lead.id(), lead.version());
    lead = crm.leads().qualify(lead.id(), lead.version());
    System.out.println(lead.status() + " after " + lead.history().size() + " changes");

    lead =
        crm.leads()
            .convert(
                lead.id(),
                lead.version(),
                sales.id(),
                DealDetails.builder()
                    .name("Acme Tools: first order")
                    .amount("8000", "EUR")
                    .build());
    Conversion conversion = lead.conversion().orElseThrow();
    System.out.println(lead.status());
    System.out.println(
        crm.contacts().get(conversion.contact()).details().primaryEmail().orElseThrow());
    System.out.println(crm.companies().get(conversion.company()).details().name());
    System.out.println(crm.deals().get(conversion.deal()).details().source());
  }
}
