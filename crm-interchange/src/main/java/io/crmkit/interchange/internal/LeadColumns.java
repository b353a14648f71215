package io.crmkit.interchange.internal;

import io.crmkit.core.Crm;
import io.crmkit.core.RecordType;
import io.crmkit.core.UserId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.company.WebDomain;
import io.crmkit.core.contactpoint.EmailAddress;
import io.crmkit.core.contactpoint.PhoneNumber;
import io.crmkit.core.lead.Attribution;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadDetails;
import io.crmkit.core.lead.LeadQuery;
import io.crmkit.core.lead.LeadSource;
import io.crmkit.core.lead.LeadStatus;
import io.crmkit.interchange.RecordKind;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Leads as CSV, always created: a lead has no key of its own in other systems. The status is
 * reached by the commands a rep would run (attempt contact, connect, qualify); converted,
 * unqualified and nurtured leads carry facts (the records they became, a reason, a date) that a row
 * does not, so they are refused.
 */
final class LeadColumns extends Columns {

  private static final List<String> FIXED =
      List.of(
          "given_name",
          "family_name",
          "email",
          "phone",
          "company_name",
          "job_title",
          "website",
          "country",
          "source",
          "campaign",
          "utm_source",
          "utm_medium",
          "utm_campaign",
          "utm_term",
          "utm_content",
          "owner",
          "status");

  private static final Set<LeadStatus> IMPORTABLE =
      EnumSet.of(
          LeadStatus.NEW,
          LeadStatus.ATTEMPTING_CONTACT,
          LeadStatus.CONNECTED,
          LeadStatus.QUALIFIED);

  LeadColumns(Crm crm) {
    super(crm);
  }

  @Override
  RecordKind kind() {
    return RecordKind.LEADS;
  }

  @Override
  List<String> fixed() {
    return FIXED;
  }

  @Override
  RecordType customFieldType() {
    return RecordType.LEAD;
  }

  @Override
  void export(Consumer<Map<String, String>> out) {
    forEachPage(
        request -> crm.leads().search(LeadQuery.all(), request),
        page -> {
          for (Lead lead : page.items()) {
            LeadDetails details = lead.details();
            Attribution attribution = lead.attribution();
            Map<String, String> cells = new LinkedHashMap<>();
            cells.put("given_name", details.name().given());
            cells.put("family_name", details.name().family());
            cells.put("email", details.email() == null ? "" : details.email().value());
            cells.put("phone", details.phone() == null ? "" : details.phone().e164());
            cells.put("company_name", details.companyName());
            cells.put("job_title", details.jobTitle());
            cells.put("website", details.website() == null ? "" : details.website().value());
            cells.put("country", details.country() == null ? "" : details.country());
            cells.put("source", enumCell(attribution.source()));
            cells.put("campaign", orEmpty(attribution.campaignId()));
            cells.put("utm_source", orEmpty(attribution.utmSource()));
            cells.put("utm_medium", orEmpty(attribution.utmMedium()));
            cells.put("utm_campaign", orEmpty(attribution.utmCampaign()));
            cells.put("utm_term", orEmpty(attribution.utmTerm()));
            cells.put("utm_content", orEmpty(attribution.utmContent()));
            cells.put("owner", lead.owner().value());
            cells.put("status", enumCell(lead.status()));
            putCustomFields(cells, details.customFields());
            out.accept(cells);
          }
        });
  }

  private static String orEmpty(@Nullable String text) {
    return text == null ? "" : text;
  }

  @Override
  int[] importBatch(List<Row> rows, Settings settings) {
    int created = 0;
    for (Row row : rows) {
      LeadDetails.Builder builder = LeadDetails.builder();
      builder.name(row.value("given_name").orElse(null), row.value("family_name").orElse(null));
      row.value("email")
          .ifPresent(
              text -> {
                EmailAddress email =
                    row.attempt("email", text, () -> EmailAddress.of(text.strip()));
                if (email != null) {
                  builder.email(email.value());
                }
              });
      row.value("phone")
          .ifPresent(
              text -> {
                PhoneNumber phone =
                    row.attempt(
                        "phone",
                        text,
                        () ->
                            settings.region() == null
                                ? PhoneNumber.parse(text.strip())
                                : PhoneNumber.parse(text.strip(), settings.region()));
                if (phone != null) {
                  builder.phone(phone.e164());
                }
              });
      row.value("company_name").ifPresent(builder::companyName);
      row.value("job_title").ifPresent(builder::jobTitle);
      row.value("website")
          .ifPresent(
              text -> {
                WebDomain domain =
                    row.attempt("website", text, () -> WebDomain.parse(text.strip()));
                if (domain != null) {
                  builder.website(domain.value());
                }
              });
      row.value("country").ifPresent(text -> builder.country(text.strip()));
      customFields(row, settings.definitions()).asMap().forEach(builder::customField);
      LeadSource source = enumValue(row, "source", LeadSource.class, LeadSource.IMPORT);
      LeadStatus status = enumValue(row, "status", LeadStatus.class, LeadStatus.NEW);
      if (status != null && !IMPORTABLE.contains(status)) {
        row.error(
            "status",
            row.value("status").orElse(""),
            "only new, attempting_contact, connected and qualified leads can be imported");
      }
      Attribution attribution = null;
      if (source != null) {
        attribution =
            row.attempt(
                "campaign",
                row.value("campaign").orElse(""),
                () -> Attribution.of(source).withCampaign(row.value("campaign").orElse(null)));
      }
      if (attribution != null) {
        Attribution withCampaign = attribution;
        attribution =
            row.attempt(
                "utm_source",
                row.value("utm_source").orElse(""),
                () ->
                    withCampaign.withUtm(
                        row.value("utm_source").orElse(null),
                        row.value("utm_medium").orElse(null),
                        row.value("utm_campaign").orElse(null),
                        row.value("utm_term").orElse(null),
                        row.value("utm_content").orElse(null)));
      }
      UserId owner = owner(row);
      LeadDetails details = null;
      try {
        details = builder.build();
      } catch (ValidationException invalid) {
        row.errors(invalid);
      }
      if (!row.valid() || details == null || attribution == null || owner == null) {
        continue;
      }
      Lead lead = crm.leads().capture(details, attribution, owner);
      if (status == LeadStatus.ATTEMPTING_CONTACT) {
        crm.leads().attemptContact(lead);
      } else if (status == LeadStatus.CONNECTED) {
        crm.leads().connect(lead);
      } else if (status == LeadStatus.QUALIFIED) {
        crm.leads().qualify(crm.leads().connect(lead));
      }
      created++;
    }
    return new int[] {created, 0};
  }
}
