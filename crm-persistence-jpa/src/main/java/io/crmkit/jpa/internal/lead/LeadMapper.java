package io.crmkit.jpa.internal.lead;

import io.crmkit.core.company.WebDomain;
import io.crmkit.core.contactpoint.EmailAddress;
import io.crmkit.core.lead.Attribution;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadDetails;
import io.crmkit.core.lead.LeadId;
import io.crmkit.core.party.PersonName;
import io.crmkit.jpa.internal.CustomFieldsDocument;
import io.crmkit.jpa.internal.Json;
import io.crmkit.jpa.internal.ValueDocuments.Phone;
import io.crmkit.jpa.internal.lead.LeadDocuments.Converted;
import io.crmkit.jpa.internal.lead.LeadDocuments.Details;
import io.crmkit.jpa.internal.lead.LeadDocuments.StatusChange;
import io.crmkit.jpa.internal.lead.LeadDocuments.Utm;
import java.util.Arrays;

/** Copies a lead into its row, and rebuilds it from its row. */
final class LeadMapper {

  private LeadMapper() {}

  /** Writes every field of {@code lead} into {@code row}, except the version JPA keeps. */
  static void write(Lead lead, LeadEntity row) {
    LeadDetails details = lead.details();
    Attribution attribution = lead.attribution();
    row.writeTimestamps(lead.revision());
    row.writeOwner(lead.owner());
    row.status = lead.status();
    row.source = attribution.source();
    row.campaignId = attribution.campaignId();
    row.score = lead.score().orElse(null);
    row.unqualifiedReason = lead.unqualifiedReason().orElse(null);
    row.recycleAt = lead.recycleAt().orElse(null);
    row.givenName = details.name().given();
    row.familyName = details.name().family();
    row.displayName = details.name().display();
    row.email = details.email() == null ? null : details.email().value();
    row.companyName = details.companyName();
    row.details =
        Json.write(
            new Details(
                details.phone() == null ? null : Phone.from(details.phone()),
                details.jobTitle(),
                details.website() == null ? null : details.website().value(),
                details.country()));
    row.attribution =
        Json.write(
            new Utm(
                attribution.utmSource(),
                attribution.utmMedium(),
                attribution.utmCampaign(),
                attribution.utmTerm(),
                attribution.utmContent()));
    row.history = Json.write(lead.history().stream().map(StatusChange::from).toList());
    row.conversion = lead.conversion().map(c -> Json.write(Converted.from(c))).orElse(null);
    row.customFields = CustomFieldsDocument.write(details.customFields());
  }

  /** Returns the lead stored in {@code row}. */
  static Lead read(LeadEntity row) {
    Details document = Json.read(row.details, Details.class);
    Utm utm = Json.read(row.attribution, Utm.class);
    LeadDetails details =
        new LeadDetails(
            PersonName.of(row.givenName, row.familyName, row.displayName),
            row.email == null ? null : new EmailAddress(row.email),
            document.phone() == null ? null : document.phone().toPhone(),
            row.companyName,
            document.jobTitle(),
            document.website() == null ? null : new WebDomain(document.website()),
            document.country(),
            CustomFieldsDocument.read(row.customFields));
    Attribution attribution =
        Attribution.of(row.source)
            .withCampaign(row.campaignId)
            .withUtm(utm.source(), utm.medium(), utm.campaign(), utm.term(), utm.content());
    return Lead.restore(
        LeadId.of(row.id()),
        row.tenant(),
        row.revision(),
        details,
        attribution,
        row.owner(),
        row.score,
        row.status,
        Arrays.stream(Json.read(row.history, StatusChange[].class))
            .map(StatusChange::toRecord)
            .toList(),
        row.unqualifiedReason,
        row.recycleAt,
        row.conversion == null ? null : Json.read(row.conversion, Converted.class).toConversion());
  }
}
