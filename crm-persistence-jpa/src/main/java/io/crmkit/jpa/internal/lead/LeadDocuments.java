package io.crmkit.jpa.internal.lead;

import io.crmkit.core.UserId;
import io.crmkit.core.company.CompanyId;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.deal.DealId;
import io.crmkit.core.lead.Conversion;
import io.crmkit.core.lead.LeadAction;
import io.crmkit.core.lead.LeadStatus;
import io.crmkit.core.statemachine.TransitionRecord;
import io.crmkit.jpa.internal.ValueDocuments.Phone;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The JSON shapes of the lead values kept in document columns, spelled out apart from the domain
 * records so that renaming a domain field never changes stored data silently.
 */
final class LeadDocuments {

  private LeadDocuments() {}

  /** What a lead's columns do not hold of its details. */
  record Details(
      @Nullable Phone phone, String jobTitle, @Nullable String website, @Nullable String country) {}

  /** The UTM parameters of a lead's attribution. */
  record Utm(
      @Nullable String source,
      @Nullable String medium,
      @Nullable String campaign,
      @Nullable String term,
      @Nullable String content) {}

  /** One status change. */
  record StatusChange(LeadStatus from, LeadStatus to, LeadAction action, Instant at, String by) {

    static StatusChange from(TransitionRecord<LeadStatus, LeadAction> record) {
      return new StatusChange(
          record.from(), record.to(), record.event(), record.at(), record.by().value());
    }

    TransitionRecord<LeadStatus, LeadAction> toRecord() {
      return new TransitionRecord<>(from, to, action, at, UserId.of(by));
    }
  }

  /** What a converted lead became. */
  record Converted(
      UUID contact,
      boolean contactCreated,
      @Nullable UUID company,
      boolean companyCreated,
      @Nullable UUID deal,
      Instant at,
      String by) {

    static Converted from(Conversion conversion) {
      return new Converted(
          conversion.contact().value(),
          conversion.contactCreated(),
          conversion.company() == null ? null : conversion.company().value(),
          conversion.companyCreated(),
          conversion.deal() == null ? null : conversion.deal().value(),
          conversion.at(),
          conversion.by().value());
    }

    Conversion toConversion() {
      return new Conversion(
          ContactId.of(contact),
          contactCreated,
          company == null ? null : CompanyId.of(company),
          companyCreated,
          deal == null ? null : DealId.of(deal),
          at,
          UserId.of(by));
    }
  }
}
