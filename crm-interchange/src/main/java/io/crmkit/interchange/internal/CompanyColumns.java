package io.crmkit.interchange.internal;

import io.crmkit.core.Crm;
import io.crmkit.core.ExternalId;
import io.crmkit.core.PageRequest;
import io.crmkit.core.RecordType;
import io.crmkit.core.Tag;
import io.crmkit.core.UserId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.company.Company;
import io.crmkit.core.company.CompanyDetails;
import io.crmkit.core.company.CompanyId;
import io.crmkit.core.company.CompanyQuery;
import io.crmkit.core.company.WebDomain;
import io.crmkit.core.contactpoint.PhoneNumber;
import io.crmkit.core.party.LifecycleStage;
import io.crmkit.interchange.RecordKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Companies as CSV, matched by external id or web domain. A parent is named by its web domain and
 * must exist or come earlier in the file.
 */
final class CompanyColumns extends Columns {

  private static final List<String> FIXED =
      List.of(
          "name",
          "domain",
          "industry",
          "employees",
          "parent_domain",
          "phone",
          "tags",
          "owner",
          "lifecycle_stage",
          "external_id");

  CompanyColumns(Crm crm) {
    super(crm);
  }

  @Override
  RecordKind kind() {
    return RecordKind.COMPANIES;
  }

  @Override
  List<String> fixed() {
    return FIXED;
  }

  @Override
  RecordType customFieldType() {
    return RecordType.COMPANY;
  }

  @Override
  void export(Consumer<Map<String, String>> out) {
    forEachPage(
        request -> crm.companies().search(CompanyQuery.all(), request),
        page -> {
          Set<CompanyId> parents = new HashSet<>();
          page.items()
              .forEach(company -> company.details().parentCompany().ifPresent(parents::add));
          Map<CompanyId, String> domains = domains(parents);
          for (Company company : page.items()) {
            CompanyDetails details = company.details();
            Map<String, String> cells = new LinkedHashMap<>();
            cells.put("name", details.name());
            cells.put("domain", details.webDomain().map(WebDomain::value).orElse(""));
            cells.put("industry", details.industry());
            cells.put(
                "employees", details.employees() == null ? "" : details.employees().toString());
            cells.put(
                "parent_domain",
                details.parentCompany().map(id -> domains.getOrDefault(id, "")).orElse(""));
            cells.put(
                "phone", Lists.join(details.phones().stream().map(PhoneNumber::e164).toList()));
            cells.put("tags", Lists.join(details.tags().stream().map(Tag::value).toList()));
            cells.put("owner", company.owner().value());
            cells.put("lifecycle_stage", enumCell(company.lifecycleStage()));
            cells.put("external_id", externalIds(details.externalIds()));
            putCustomFields(cells, details.customFields());
            out.accept(cells);
          }
        });
  }

  @Override
  int[] importBatch(List<Row> rows, Settings settings) {
    Lookups lookups = new Lookups();
    Map<String, Integer> firstLine = new HashMap<>();
    int created = 0;
    int updated = 0;
    // row by row: a parent may be a company an earlier row of the batch creates
    for (Row row : rows) {
      Candidate candidate = parse(row, settings, lookups);
      if (candidate == null) {
        continue;
      }
      for (String key : keys(candidate.details())) {
        Integer earlier = firstLine.putIfAbsent(key, row.line());
        if (earlier != null) {
          row.error(
              key.startsWith("domain:") ? "domain" : "external_id",
              key.substring(key.indexOf(':') + 1),
              "repeats line " + earlier);
        }
      }
      if (!row.valid()) {
        continue;
      }
      List<Company> matches = matching(candidate.details());
      if (matches.size() > 1) {
        row.error(
            "external_id",
            externalIds(candidate.details().externalIds()),
            "matches different companies: "
                + matches.stream().map(c -> c.id().toString()).toList());
      } else if (matches.size() == 1 && !settings.upsert()) {
        row.error(
            "domain",
            candidate.details().webDomain().map(WebDomain::value).orElse(""),
            "belongs to existing company " + matches.get(0).id());
      } else if (matches.size() == 1) {
        Company company = matches.get(0);
        if (!company.details().equals(candidate.details())) {
          company = crm.companies().update(company, candidate.details());
        }
        if (company.lifecycleStage() != candidate.stage()) {
          company = crm.companies().moveTo(company, candidate.stage());
        }
        if (!company.owner().equals(candidate.owner())) {
          company = crm.companies().assign(company, candidate.owner());
        }
        lookups.remember(company);
        updated++;
      } else {
        Company company =
            crm.companies().create(candidate.details(), candidate.owner(), candidate.stage());
        lookups.remember(company);
        created++;
      }
    }
    return new int[] {created, updated};
  }

  private List<Company> matching(CompanyDetails details) {
    Map<CompanyId, Company> found = new LinkedHashMap<>();
    for (ExternalId id : details.externalIds()) {
      crm.companies().findByExternalId(id).ifPresent(c -> found.putIfAbsent(c.id(), c));
    }
    Optional<WebDomain> domain = details.webDomain();
    if (domain.isPresent()) {
      crm.companies()
          .search(
              CompanyQuery.all().withDomain(domain.get().value()).includingArchived(),
              PageRequest.first(1))
          .items()
          .forEach(c -> found.putIfAbsent(c.id(), c));
    }
    return new ArrayList<>(found.values());
  }

  private static List<String> keys(CompanyDetails details) {
    List<String> keys = new ArrayList<>();
    details.webDomain().ifPresent(domain -> keys.add("domain:" + domain.value()));
    details.externalIds().forEach(id -> keys.add("external:" + id.system() + ":" + id.value()));
    return keys;
  }

  private @Nullable Candidate parse(Row row, Settings settings, Lookups lookups) {
    CompanyDetails.Builder builder = CompanyDetails.builder();
    if (settings.region() != null) {
      builder.defaultRegion(settings.region());
    }
    builder.name(row.value("name").orElse(null));
    row.value("domain")
        .ifPresent(
            text -> {
              WebDomain domain = row.attempt("domain", text, () -> WebDomain.parse(text.strip()));
              if (domain != null) {
                builder.domain(domain.value());
              }
            });
    row.value("industry").ifPresent(builder::industry);
    row.value("employees")
        .ifPresent(
            text -> {
              Integer count =
                  row.attempt(
                      "employees",
                      text,
                      () -> {
                        if (text.strip().length() > 10) {
                          throw new IllegalArgumentException("is not a number of employees");
                        }
                        return Integer.valueOf(text.strip());
                      });
              if (count != null) {
                builder.employees(count);
              }
            });
    row.value("parent_domain")
        .ifPresent(
            text -> {
              CompanyId parent = lookups.company(row, "parent_domain", text);
              if (parent != null) {
                builder.parent(parent);
              }
            });
    row.value("phone")
        .ifPresent(
            cell ->
                Lists.split(cell)
                    .forEach(
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
                        }));
    row.value("tags")
        .ifPresent(
            cell ->
                Lists.split(cell)
                    .forEach(
                        text -> {
                          Tag tag = row.attempt("tags", text, () -> Tag.of(text));
                          if (tag != null) {
                            builder.tag(tag.value());
                          }
                        }));
    for (ExternalId id : externalIds(row)) {
      builder.externalId(id.system(), id.value());
    }
    customFields(row, settings.definitions()).asMap().forEach(builder::customField);
    UserId owner = owner(row);
    LifecycleStage stage = stage(row, LifecycleStage.LEAD);
    CompanyDetails details = null;
    try {
      details = builder.build();
    } catch (ValidationException invalid) {
      row.errors(invalid);
    }
    if (!row.valid() || details == null || owner == null || stage == null) {
      return null;
    }
    return new Candidate(details, owner, stage);
  }

  private record Candidate(CompanyDetails details, UserId owner, LifecycleStage stage) {}
}
