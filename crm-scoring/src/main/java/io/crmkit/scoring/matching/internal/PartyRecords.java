package io.crmkit.scoring.matching.internal;

import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.company.Company;
import io.crmkit.core.company.CompanyDetails;
import io.crmkit.core.company.CompanyId;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.contactpoint.EmailAddress;
import io.crmkit.core.contactpoint.PhoneNumber;
import io.crmkit.core.contactpoint.PostalAddress;
import io.crmkit.core.customfield.CustomFieldValue;
import io.crmkit.core.lead.LeadDetails;
import io.crmkit.scoring.matching.MatchField;
import io.crmkit.scoring.matching.MatchRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * How the CRM's contacts, companies and leads become {@link MatchRecord}s: the primary email and
 * phone, the first postal address (its first line as the street, its second as the further line),
 * and for contacts the birth date from a date custom field {@value #BIRTH_DATE_FIELD}.
 */
public final class PartyRecords {

  /** The key of the date custom field read as a contact's birth date. */
  public static final String BIRTH_DATE_FIELD = "birthDate";

  /** The id of a record asked about before it exists. */
  public static final String NEW_RECORD = "new record";

  private static final int PAGE = PageRequest.MAX_SIZE;

  private PartyRecords() {}

  public static MatchRecord<ContactId> of(Contact contact) {
    return person(MatchRecord.builder(contact.id()), contact.details());
  }

  public static MatchRecord<String> of(ContactDetails details) {
    return person(MatchRecord.builder(NEW_RECORD), details);
  }

  public static MatchRecord<CompanyId> of(Company company) {
    return organisation(MatchRecord.builder(company.id()), company.details());
  }

  public static MatchRecord<String> of(CompanyDetails details) {
    return organisation(MatchRecord.builder(NEW_RECORD), details);
  }

  /** Returns the person a lead names. */
  public static MatchRecord<String> personOf(LeadDetails lead) {
    return MatchRecord.builder(NEW_RECORD)
        .set(MatchField.GIVEN_NAME, lead.name().given())
        .set(MatchField.FAMILY_NAME, lead.name().family())
        .set(MatchField.EMAIL, text(lead.email()))
        .set(MatchField.PHONE, lead.phone() == null ? null : lead.phone().e164())
        .build();
  }

  /** Returns the organisation a lead names. */
  public static MatchRecord<String> organisationOf(LeadDetails lead) {
    return MatchRecord.builder(NEW_RECORD)
        .set(MatchField.ORGANISATION_NAME, lead.companyName())
        .set(MatchField.WEB_DOMAIN, text(lead.website()))
        .set(MatchField.PHONE, lead.phone() == null ? null : lead.phone().e164())
        .build();
  }

  /** Reads every page of a search, in order. */
  public static <T, R> List<R> readAll(
      Function<PageRequest, Page<T>> search, Function<T, R> mapping) {
    List<R> all = new ArrayList<>();
    Page<T> page = search.apply(PageRequest.first(PAGE));
    page.items().forEach(item -> all.add(mapping.apply(item)));
    while (page.hasNext()) {
      page = search.apply(PageRequest.after(page.nextCursor().orElseThrow(), PAGE));
      page.items().forEach(item -> all.add(mapping.apply(item)));
    }
    return all;
  }

  private static <K> MatchRecord<K> person(MatchRecord.Builder<K> builder, ContactDetails details) {
    builder
        .set(MatchField.GIVEN_NAME, details.name().given())
        .set(MatchField.FAMILY_NAME, details.name().family())
        .set(MatchField.EMAIL, details.primaryEmail().map(EmailAddress::value).orElse(null))
        .set(MatchField.PHONE, details.primaryPhone().map(PhoneNumber::e164).orElse(null))
        .set(
            MatchField.BIRTH_DATE,
            details
                .customFields()
                .get(BIRTH_DATE_FIELD)
                .filter(CustomFieldValue.Date.class::isInstance)
                .map(value -> ((CustomFieldValue.Date) value).value().toString())
                .orElse(null));
    address(builder, details.addresses());
    return builder.build();
  }

  private static <K> MatchRecord<K> organisation(
      MatchRecord.Builder<K> builder, CompanyDetails details) {
    builder
        .set(MatchField.ORGANISATION_NAME, details.name())
        .set(MatchField.WEB_DOMAIN, text(details.domain()))
        .set(MatchField.INDUSTRY, details.industry())
        .set(MatchField.PHONE, details.phones().isEmpty() ? null : details.phones().get(0).e164());
    address(builder, details.addresses());
    return builder.build();
  }

  private static <K> void address(MatchRecord.Builder<K> builder, List<PostalAddress> addresses) {
    if (addresses.isEmpty()) {
      return;
    }
    PostalAddress address = addresses.get(0);
    builder
        .set(MatchField.STREET, address.lines().isEmpty() ? null : address.lines().get(0))
        .set(MatchField.ADDRESS_EXTRA, address.lines().size() < 2 ? null : address.lines().get(1))
        .set(MatchField.CITY, address.city())
        .set(MatchField.POSTAL_CODE, address.postalCode())
        .set(MatchField.REGION, address.region());
  }

  private static @Nullable String text(@Nullable Object value) {
    return value == null ? null : value.toString();
  }
}
