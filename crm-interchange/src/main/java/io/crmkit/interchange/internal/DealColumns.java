package io.crmkit.interchange.internal;

import io.crmkit.core.Crm;
import io.crmkit.core.RecordType;
import io.crmkit.core.UserId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.company.CompanyId;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.deal.Deal;
import io.crmkit.core.deal.DealContact;
import io.crmkit.core.deal.DealDetails;
import io.crmkit.core.deal.DealQuery;
import io.crmkit.core.deal.DealRole;
import io.crmkit.core.deal.ForecastCategory;
import io.crmkit.core.deal.Pipeline;
import io.crmkit.core.deal.PipelineId;
import io.crmkit.core.deal.Stage;
import io.crmkit.core.deal.StageKind;
import io.crmkit.core.money.Money;
import io.crmkit.interchange.RecordKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Deals as CSV, always created, in the pipeline and stage their names give. Contacts are written
 * {@code role:email} and named by their primary email; the company by its web domain. A deal in a
 * won or lost stage is opened and then won, or lost with its {@code lost_reason}.
 */
final class DealColumns extends Columns {

  private static final List<String> FIXED =
      List.of(
          "name",
          "pipeline",
          "stage",
          "amount",
          "currency",
          "expected_close_date",
          "company_domain",
          "contacts",
          "source",
          "forecast",
          "owner",
          "lost_reason");

  DealColumns(Crm crm) {
    super(crm);
  }

  @Override
  RecordKind kind() {
    return RecordKind.DEALS;
  }

  @Override
  List<String> fixed() {
    return FIXED;
  }

  @Override
  RecordType customFieldType() {
    return RecordType.DEAL;
  }

  @Override
  void export(Consumer<Map<String, String>> out) {
    Map<PipelineId, Pipeline> pipelines = new HashMap<>();
    crm.pipelines().list().forEach(p -> pipelines.put(p.id(), p));
    forEachPage(
        request -> crm.deals().search(DealQuery.all(), request),
        page -> {
          Set<CompanyId> companies = new HashSet<>();
          Set<ContactId> contacts = new HashSet<>();
          for (Deal deal : page.items()) {
            if (deal.details().company() != null) {
              companies.add(deal.details().company());
            }
            deal.details().contacts().forEach(c -> contacts.add(c.contact()));
          }
          Map<CompanyId, String> domains = domains(companies);
          Map<ContactId, String> emails = emails(contacts);
          for (Deal deal : page.items()) {
            DealDetails details = deal.details();
            Map<String, String> cells = new LinkedHashMap<>();
            cells.put("name", details.name());
            Pipeline pipeline = pipelines.get(deal.pipeline());
            cells.put("pipeline", pipeline == null ? "" : pipeline.name());
            cells.put("stage", deal.stage().name());
            Money amount = details.amount();
            cells.put("amount", amount == null ? "" : amount.amount().toPlainString());
            cells.put("currency", amount == null ? "" : amount.currency().getCurrencyCode());
            cells.put(
                "expected_close_date",
                details.expectedCloseDate() == null ? "" : details.expectedCloseDate().toString());
            cells.put(
                "company_domain",
                details.company() == null ? "" : domains.getOrDefault(details.company(), ""));
            List<String> people = new ArrayList<>();
            for (DealContact contact : details.contacts()) {
              String email = emails.get(contact.contact());
              if (email != null) {
                people.add(enumCell(contact.role()) + ":" + email);
              }
            }
            cells.put("contacts", Lists.join(people));
            cells.put("source", details.source());
            cells.put(
                "forecast",
                details.forecastOverride() == null ? "" : enumCell(details.forecastOverride()));
            cells.put("owner", deal.owner().value());
            cells.put("lost_reason", deal.lostReason().orElse(""));
            putCustomFields(cells, details.customFields());
            out.accept(cells);
          }
        });
  }

  @Override
  int[] importBatch(List<Row> rows, Settings settings) {
    Lookups lookups = new Lookups();
    List<Pipeline> pipelines = crm.pipelines().list();
    int created = 0;
    for (Row row : rows) {
      Pipeline pipeline = pipeline(row, pipelines);
      Stage stage = null;
      if (pipeline != null) {
        String name = row.value("stage").map(String::strip).orElse(null);
        if (name == null) {
          stage = pipeline.firstStage();
        } else {
          Optional<Stage> named = pipeline.stageNamed(name);
          if (named.isEmpty()) {
            row.error(
                "stage",
                name,
                "no such stage in pipeline "
                    + pipeline.name()
                    + "; stages: "
                    + pipeline.stages().stream().map(Stage::name).toList());
          } else {
            stage = named.get();
          }
        }
      }
      DealDetails.Builder builder = DealDetails.builder();
      builder.name(row.value("name").orElse(null));
      Optional<String> amount = row.value("amount");
      Optional<String> currency = row.value("currency");
      if (amount.isPresent() || currency.isPresent()) {
        if (amount.isEmpty() || currency.isEmpty()) {
          row.error(
              amount.isEmpty() ? "amount" : "currency",
              null,
              "is required when " + (amount.isEmpty() ? "currency" : "amount") + " is given");
        } else {
          Money money =
              row.attempt(
                  "amount",
                  amount.get(),
                  () -> Money.of(amount.get().strip(), currency.get().strip()));
          builder.amount(money);
        }
      }
      row.value("expected_close_date")
          .ifPresent(
              text ->
                  builder.expectedCloseDate(
                      row.attempt(
                          "expected_close_date", text, () -> LocalDate.parse(text.strip()))));
      row.value("company_domain")
          .ifPresent(text -> builder.company(lookups.company(row, "company_domain", text)));
      row.value("contacts")
          .ifPresent(
              cell -> {
                for (String item : Lists.split(cell)) {
                  int colon = item.indexOf(':');
                  if (colon <= 0) {
                    row.error("contacts", item, "must be written role:email");
                    continue;
                  }
                  DealRole role =
                      row.attempt(
                          "contacts",
                          item,
                          () ->
                              DealRole.valueOf(
                                  item.substring(0, colon).strip().toUpperCase(Locale.ROOT)));
                  ContactId contact = lookups.contact(row, "contacts", item.substring(colon + 1));
                  if (role != null && contact != null) {
                    builder.contact(contact, role);
                  }
                }
              });
      row.value("source").ifPresent(builder::source);
      ForecastCategory forecast = enumValue(row, "forecast", ForecastCategory.class, null);
      if (forecast != null) {
        row.attempt("forecast", row.value("forecast").orElse(""), () -> builder.forecast(forecast));
      }
      customFields(row, settings.definitions()).asMap().forEach(builder::customField);
      UserId owner = owner(row);
      Optional<String> lostReason = row.value("lost_reason").map(String::strip);
      if (stage != null && stage.kind() == StageKind.LOST && lostReason.isEmpty()) {
        row.error("lost_reason", null, "is required for a deal in lost stage " + stage.name());
      }
      DealDetails details = null;
      try {
        details = builder.build();
      } catch (ValidationException invalid) {
        row.errors(invalid);
      }
      if (!row.valid() || details == null || pipeline == null || stage == null || owner == null) {
        continue;
      }
      if (stage.kind() == StageKind.OPEN) {
        crm.deals().open(pipeline.id(), stage.id(), details, owner);
      } else {
        Deal deal = crm.deals().open(pipeline.id(), details, owner);
        if (stage.kind() == StageKind.WON) {
          crm.deals().win(deal);
        } else {
          crm.deals().lose(deal, lostReason.orElseThrow());
        }
      }
      created++;
    }
    return new int[] {created, 0};
  }

  private static Pipeline pipeline(Row row, List<Pipeline> pipelines) {
    String name = row.value("pipeline").map(String::strip).orElse(null);
    if (name == null) {
      if (pipelines.size() == 1) {
        return pipelines.get(0);
      }
      row.error(
          "pipeline", null, "is required when the tenant has " + pipelines.size() + " pipelines");
      return null;
    }
    for (Pipeline pipeline : pipelines) {
      if (pipeline.name().equals(name)) {
        return pipeline;
      }
    }
    row.error(
        "pipeline",
        name,
        "no such pipeline; pipelines: " + pipelines.stream().map(Pipeline::name).toList());
    return null;
  }
}
