package io.crmkit.core.lead.internal;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.DataValue;
import io.crmkit.core.contactpoint.EmailAddress;
import io.crmkit.core.customfield.CustomFields;
import io.crmkit.core.internal.Pages;
import io.crmkit.core.lead.Attribution;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadDetails;
import io.crmkit.core.lead.LeadQuery;
import io.crmkit.core.party.PersonName;
import io.crmkit.core.spi.ErasureLog;
import io.crmkit.core.spi.LeadRepository;
import io.crmkit.core.spi.PersonalDataHolder;
import io.crmkit.core.spi.PersonalDataRequest;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The leads' part of a person's data: the leads converted into the person's contact and those
 * captured with one of the person's email addresses.
 *
 * <p>Erasure keeps each lead for the funnel reports (its status and status history, owner, score,
 * conversion, source, campaign, country and the campaign-level UTM parameters) and replaces what
 * describes the person: the name becomes {@value #TOMBSTONE}; email, phone, company name, job
 * title, web site, custom fields and the {@code utm_term} and {@code utm_content} parameters (which
 * may hold what the person typed) are removed.
 *
 * <p>Leads are found by reading every lead of the tenant: an erasure is rare, and the lead port has
 * no index by email.
 */
public final class LeadPersonalData implements PersonalDataHolder {

  /** The name of a lead whose person was erased. */
  static final String TOMBSTONE = "Erased";

  private final LeadRepository leads;

  /**
   * @param leads the storage's leads
   */
  public LeadPersonalData(LeadRepository leads) {
    this.leads = requireNonNull(leads, "leads");
  }

  @Override
  public String name() {
    return "leads";
  }

  @Override
  public DataValue describe(PersonalDataRequest request) {
    return DataValue.of(leads(request).stream().map(LeadPersonalData::describe).toList());
  }

  @Override
  public void erase(PersonalDataRequest request, ErasureLog log) {
    for (Lead lead : leads(request)) {
      LeadDetails rest =
          new LeadDetails(
              PersonName.of(TOMBSTONE, ""),
              null,
              null,
              "",
              "",
              null,
              lead.details().country(),
              CustomFields.empty());
      Attribution was = lead.attribution();
      Attribution kept =
          Attribution.of(was.source())
              .withCampaign(was.campaignId())
              .withUtm(was.utmSource(), was.utmMedium(), was.utmCampaign(), null, null);
      leads.update(
          Lead.restore(
              lead.id(),
              lead.tenant(),
              lead.revision().next(request.at()),
              rest,
              kept,
              lead.owner(),
              lead.score().orElse(null),
              lead.status(),
              lead.history(),
              lead.unqualifiedReason().orElse(null),
              lead.recycleAt().orElse(null),
              lead.conversion().orElse(null)),
          lead.version());
      log.anonymised("lead", lead.id().toString());
    }
  }

  private List<Lead> leads(PersonalDataRequest request) {
    Set<EmailAddress> emails = new HashSet<>(request.emails());
    return Pages.all(page -> leads.search(request.tenant(), LeadQuery.all(), page)).stream()
        .filter(
            lead ->
                lead.conversion().map(c -> c.contact().equals(request.contact())).orElse(false)
                    || lead.details().emailIfKnown().map(emails::contains).orElse(false))
        .toList();
  }

  private static DataValue describe(Lead lead) {
    return DataValue.fields()
        .put("id", lead.id())
        .put("details", lead.details())
        .put("attribution", lead.attribution())
        .put("status", lead.status())
        .put("score", lead.score())
        .put("owner", lead.owner())
        .put("capturedAt", lead.revision().createdAt())
        .put("conversion", lead.conversion())
        .build();
  }
}
