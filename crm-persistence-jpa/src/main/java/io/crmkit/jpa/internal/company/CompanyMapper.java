package io.crmkit.jpa.internal.company;

import io.crmkit.core.ExternalId;
import io.crmkit.core.Tag;
import io.crmkit.core.company.Company;
import io.crmkit.core.company.CompanyDetails;
import io.crmkit.core.company.CompanyId;
import io.crmkit.core.company.CompanyQuery;
import io.crmkit.core.company.WebDomain;
import io.crmkit.jpa.internal.AggregateRow;
import io.crmkit.jpa.internal.SearchKey;
import io.crmkit.jpa.internal.ValueDocuments.Address;
import io.crmkit.jpa.internal.ValueDocuments.External;
import io.crmkit.jpa.internal.ValueDocuments.Phone;
import io.crmkit.jpa.internal.ValueDocuments.Profile;
import io.crmkit.jpa.internal.ValueDocuments.StageChange;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Copies a company into its row and key tables, and rebuilds it from its row. */
final class CompanyMapper {

  static final String TAG = "tag";
  static final String NAME = "name";

  private CompanyMapper() {}

  /** Writes every field of {@code company} into {@code row}, except the version JPA keeps. */
  static void write(Company company, CompanyEntity row) {
    CompanyDetails details = company.details();
    row.name = details.name();
    row.domain = details.webDomain().map(WebDomain::value).orElse(null);
    row.industry = details.industry();
    row.employees = details.employees();
    row.parent = details.parentCompany().map(CompanyId::value).orElse(null);
    row.writeParty(
        company,
        details.customFields(),
        new CompanyDocument(
            details.phones().stream().map(Phone::from).toList(),
            details.addresses().stream().map(Address::from).toList(),
            details.socialProfiles().stream().map(Profile::from).toList(),
            details.tags().stream().map(Tag::value).toList(),
            details.externalIds().stream().map(External::from).toList(),
            StageChange.from(company.lifecycle())));
    Set<SearchKey> keys = new HashSet<>();
    details.tags().forEach(t -> keys.add(SearchKey.exact(TAG, t.value())));
    CompanyQuery.nameWords(company).forEach(word -> keys.add(SearchKey.word(NAME, word)));
    AggregateRow.replace(row.keys, keys);
    AggregateRow.replace(
        row.externalKeys,
        details.externalIds().stream().map(ExternalId::key).collect(Collectors.toSet()));
  }

  /** Returns the company stored in {@code row}. */
  static Company read(CompanyEntity row) {
    CompanyDocument document = row.details(CompanyDocument.class);
    CompanyDetails details =
        new CompanyDetails(
            row.name,
            row.domain == null ? null : new WebDomain(row.domain),
            row.industry,
            row.employees,
            row.parent == null ? null : CompanyId.of(row.parent),
            document.phones().stream().map(Phone::toPhone).toList(),
            document.addresses().stream().map(Address::toAddress).toList(),
            document.socialProfiles().stream().map(Profile::toProfile).toList(),
            document.tags().stream().map(Tag::new).collect(Collectors.toCollection(TreeSet::new)),
            document.externalIds().stream().map(External::toExternalId).collect(Collectors.toSet()),
            row.customFields());
    return Company.restore(
        CompanyId.of(row.id()),
        row.tenant(),
        row.revision(),
        details,
        row.owner(),
        StageChange.toLifecycle(document.lifecycle()),
        row.archived());
  }
}
