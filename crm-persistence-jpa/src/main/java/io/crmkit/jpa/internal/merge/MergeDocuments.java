package io.crmkit.jpa.internal.merge;

import com.fasterxml.jackson.core.type.TypeReference;
import io.crmkit.core.Revision;
import io.crmkit.core.Tag;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.company.Company;
import io.crmkit.core.company.CompanyDetails;
import io.crmkit.core.company.CompanyId;
import io.crmkit.core.company.WebDomain;
import io.crmkit.core.contact.CompanyLink;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.contactpoint.EmailAddress;
import io.crmkit.core.merge.MergeMove;
import io.crmkit.core.party.Party;
import io.crmkit.core.party.PersonName;
import io.crmkit.jpa.internal.CustomFieldsDocument;
import io.crmkit.jpa.internal.Json;
import io.crmkit.jpa.internal.ValueDocuments.Address;
import io.crmkit.jpa.internal.ValueDocuments.External;
import io.crmkit.jpa.internal.ValueDocuments.Phone;
import io.crmkit.jpa.internal.ValueDocuments.Profile;
import io.crmkit.jpa.internal.ValueDocuments.StageChange;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The JSON documents of the merge journal: contacts and companies whole (every field, version and
 * instants, so that an unmerge restores them exactly), and the links a merge moved. Kept apart from
 * the domain records, so that renaming a domain field never changes stored data.
 */
final class MergeDocuments {

  private static final TypeReference<List<PartyDocument>> PARTIES = new TypeReference<>() {};
  private static final TypeReference<List<MoveDocument>> MOVES = new TypeReference<>() {};

  private MergeDocuments() {}

  /** A contact or company as it was. */
  record PartyDocument(
      UUID id,
      long version,
      Instant createdAt,
      Instant updatedAt,
      String owner,
      boolean archived,
      List<StageChange> lifecycle,
      String customFields,
      @Nullable ContactDocument contact,
      @Nullable CompanyDocument company) {}

  /** A contact's details. */
  record ContactDocument(
      String given,
      String family,
      String display,
      String jobTitle,
      List<String> emails,
      List<Phone> phones,
      List<Address> addresses,
      List<Profile> socialProfiles,
      List<String> tags,
      List<External> externalIds,
      List<Link> companies) {}

  /** A contact's link to a company. */
  record Link(UUID company, String role, boolean primary) {}

  /** A company's details. */
  record CompanyDocument(
      String name,
      @Nullable String domain,
      String industry,
      @Nullable Integer employees,
      @Nullable UUID parent,
      List<Phone> phones,
      List<Address> addresses,
      List<Profile> socialProfiles,
      List<String> tags,
      List<External> externalIds) {}

  /** A link a merge moved. */
  record MoveDocument(
      String kind, String record, String link, String from, boolean linked, String detail) {}

  static String writeParties(List<? extends Party<?, ?, ?>> parties) {
    return Json.write(parties.stream().map(MergeDocuments::document).toList());
  }

  static List<Party<?, ?, ?>> readParties(String text, TenantId tenant) {
    List<PartyDocument> documents = read(text, PARTIES);
    return documents.stream().<Party<?, ?, ?>>map(d -> party(d, tenant)).toList();
  }

  static String writeMoves(List<MergeMove> moves) {
    return Json.write(
        moves.stream()
            .map(
                m ->
                    new MoveDocument(
                        m.kind(),
                        m.record(),
                        m.link(),
                        m.from(),
                        m.survivorWasLinked(),
                        m.detail()))
            .toList());
  }

  static List<MergeMove> readMoves(String text) {
    List<MoveDocument> documents = read(text, MOVES);
    return documents.stream()
        .map(d -> new MergeMove(d.kind(), d.record(), d.link(), d.from(), d.linked(), d.detail()))
        .toList();
  }

  private static <T> T read(String text, TypeReference<T> type) {
    try {
      return Json.mapper().readValue(text, type);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("unreadable merge journal document", e);
    }
  }

  private static PartyDocument document(Party<?, ?, ?> party) {
    Revision revision = party.revision();
    ContactDocument contact = null;
    CompanyDocument company = null;
    String customFields;
    if (party instanceof Contact c) {
      ContactDetails d = c.details();
      customFields = CustomFieldsDocument.write(d.customFields());
      contact =
          new ContactDocument(
              d.name().given(),
              d.name().family(),
              d.name().display(),
              d.jobTitle(),
              d.emails().stream().map(EmailAddress::value).toList(),
              d.phones().stream().map(Phone::from).toList(),
              d.addresses().stream().map(Address::from).toList(),
              d.socialProfiles().stream().map(Profile::from).toList(),
              d.tags().stream().map(Tag::value).toList(),
              d.externalIds().stream().map(External::from).toList(),
              d.companies().stream()
                  .map(l -> new Link(l.company().value(), l.role(), l.primary()))
                  .toList());
    } else {
      CompanyDetails d = ((Company) party).details();
      customFields = CustomFieldsDocument.write(d.customFields());
      company =
          new CompanyDocument(
              d.name(),
              d.webDomain().map(WebDomain::value).orElse(null),
              d.industry(),
              d.employees(),
              d.parentCompany().map(CompanyId::value).orElse(null),
              d.phones().stream().map(Phone::from).toList(),
              d.addresses().stream().map(Address::from).toList(),
              d.socialProfiles().stream().map(Profile::from).toList(),
              d.tags().stream().map(Tag::value).toList(),
              d.externalIds().stream().map(External::from).toList());
    }
    return new PartyDocument(
        UUID.fromString(party.id().toString()),
        revision.version(),
        revision.createdAt(),
        revision.updatedAt(),
        party.owner().value(),
        party.archived(),
        StageChange.from(party.lifecycle()),
        customFields,
        contact,
        company);
  }

  private static Party<?, ?, ?> party(PartyDocument d, TenantId tenant) {
    Revision revision = new Revision(d.version(), d.createdAt(), d.updatedAt());
    ContactDocument c = d.contact();
    if (c != null) {
      ContactDetails details =
          new ContactDetails(
              PersonName.of(c.given(), c.family(), c.display()),
              c.jobTitle(),
              c.emails().stream().map(EmailAddress::new).toList(),
              c.phones().stream().map(Phone::toPhone).toList(),
              c.addresses().stream().map(Address::toAddress).toList(),
              c.socialProfiles().stream().map(Profile::toProfile).toList(),
              c.tags().stream().map(Tag::new).collect(Collectors.toCollection(TreeSet::new)),
              c.externalIds().stream().map(External::toExternalId).collect(Collectors.toSet()),
              CustomFieldsDocument.read(d.customFields()),
              c.companies().stream()
                  .map(l -> new CompanyLink(CompanyId.of(l.company()), l.role(), l.primary()))
                  .toList());
      return Contact.restore(
          ContactId.of(d.id()),
          tenant,
          revision,
          details,
          UserId.of(d.owner()),
          StageChange.toLifecycle(d.lifecycle()),
          d.archived());
    }
    CompanyDocument m = java.util.Objects.requireNonNull(d.company(), "company");
    CompanyDetails details =
        new CompanyDetails(
            m.name(),
            m.domain() == null ? null : new WebDomain(m.domain()),
            m.industry(),
            m.employees(),
            m.parent() == null ? null : CompanyId.of(m.parent()),
            m.phones().stream().map(Phone::toPhone).toList(),
            m.addresses().stream().map(Address::toAddress).toList(),
            m.socialProfiles().stream().map(Profile::toProfile).toList(),
            m.tags().stream().map(Tag::new).collect(Collectors.toCollection(TreeSet::new)),
            m.externalIds().stream().map(External::toExternalId).collect(Collectors.toSet()),
            CustomFieldsDocument.read(d.customFields()));
    return Company.restore(
        CompanyId.of(d.id()),
        tenant,
        revision,
        details,
        UserId.of(d.owner()),
        StageChange.toLifecycle(d.lifecycle()),
        d.archived());
  }
}
