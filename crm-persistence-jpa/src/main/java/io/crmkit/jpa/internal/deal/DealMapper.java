package io.crmkit.jpa.internal.deal;

import io.crmkit.core.company.CompanyId;
import io.crmkit.core.deal.Deal;
import io.crmkit.core.deal.DealDetails;
import io.crmkit.core.deal.DealId;
import io.crmkit.core.deal.PipelineId;
import io.crmkit.core.money.Money;
import io.crmkit.jpa.internal.CustomFieldsDocument;
import io.crmkit.jpa.internal.Json;
import io.crmkit.jpa.internal.deal.SalesDocuments.ChangeDocument;
import io.crmkit.jpa.internal.deal.SalesDocuments.ContactDocument;
import io.crmkit.jpa.internal.deal.SalesDocuments.StageDocument;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Currency;
import org.jspecify.annotations.Nullable;

/**
 * Copies a deal into its row, and rebuilds it from its row. The row keeps the deal's whole stage,
 * so that a deal reads back as it was written without its pipeline: {@code Deal.restore} needs the
 * stage the deal stands in, and the pipeline service rewrites the deals of a stage it edits.
 */
final class DealMapper {

  private DealMapper() {}

  /** Writes every field of {@code deal} into {@code row}, except the version JPA keeps. */
  static void write(Deal deal, DealEntity row) {
    DealDetails details = deal.details();
    row.writeTimestamps(deal.revision());
    row.writeOwner(deal.owner());
    row.pipeline = deal.pipeline().value();
    row.stageId = deal.stageId().value();
    row.stageKind = deal.stage().kind();
    row.name = details.name();
    Money amount = details.amount();
    row.amount = amount == null ? null : amount.amount();
    row.currency = amount == null ? null : amount.currency().getCurrencyCode();
    row.expectedCloseDate = details.expectedCloseDate();
    row.company = details.company() == null ? null : details.company().value();
    row.source = details.source();
    row.forecastOverride = details.forecastOverride();
    row.stage = Json.write(StageDocument.from(deal.stage()));
    row.contacts = Json.write(details.contacts().stream().map(ContactDocument::from).toList());
    row.history = Json.write(deal.history().stream().map(ChangeDocument::from).toList());
    row.customFields = CustomFieldsDocument.write(details.customFields());
  }

  /** Returns the deal stored in {@code row}. */
  static Deal read(DealEntity row) {
    DealDetails details =
        new DealDetails(
            row.name,
            amount(row.amount, row.currency),
            row.expectedCloseDate,
            Arrays.stream(Json.read(row.contacts, ContactDocument[].class))
                .map(ContactDocument::toContact)
                .toList(),
            row.company == null ? null : CompanyId.of(row.company),
            row.source,
            CustomFieldsDocument.read(row.customFields),
            row.forecastOverride);
    return Deal.restore(
        DealId.of(row.id()),
        row.tenant(),
        row.revision(),
        details,
        row.owner(),
        PipelineId.of(row.pipeline),
        Json.read(row.stage, StageDocument.class).toStage(),
        Arrays.stream(Json.read(row.history, ChangeDocument[].class))
            .map(ChangeDocument::toChange)
            .toList());
  }

  private static @Nullable Money amount(@Nullable BigDecimal amount, @Nullable String currency) {
    if (amount == null || currency == null) {
      return null;
    }
    // the column's scale is wider than most currencies' minor unit
    return Money.of(amount.stripTrailingZeros(), Currency.getInstance(currency));
  }
}
