package io.crmkit.jpa.internal.deal;

import io.crmkit.core.UserId;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.deal.DealContact;
import io.crmkit.core.deal.DealField;
import io.crmkit.core.deal.DealRole;
import io.crmkit.core.deal.Stage;
import io.crmkit.core.deal.StageChange;
import io.crmkit.core.deal.StageId;
import io.crmkit.core.deal.StageKind;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The JSON shapes of the sales values kept in document columns: stages (in a pipeline's row and as
 * the stage a deal stands in), stage history entries and a deal's contacts. Spelled out apart from
 * the domain records so that renaming a domain field never changes stored data silently.
 */
final class SalesDocuments {

  private SalesDocuments() {}

  /** A stage of a pipeline. */
  record StageDocument(
      UUID id,
      String name,
      int probability,
      StageKind kind,
      List<DealField> requiredFields,
      @Nullable Integer rottingAfterDays) {

    static StageDocument from(Stage stage) {
      return new StageDocument(
          stage.id().value(),
          stage.name(),
          stage.probability(),
          stage.kind(),
          stage.requiredFields().stream().sorted().toList(),
          stage.rottingAfterDays());
    }

    Stage toStage() {
      EnumSet<DealField> fields = EnumSet.noneOf(DealField.class);
      fields.addAll(requiredFields);
      return new Stage(StageId.of(id), name, probability, kind, fields, rottingAfterDays);
    }
  }

  /** One entry of a deal's stage history; the time in the previous stage in ISO-8601. */
  record ChangeDocument(
      StageChange.Kind kind,
      @Nullable UUID from,
      UUID to,
      int probability,
      Instant at,
      String by,
      String timeInPrevious,
      @Nullable String reason) {

    static ChangeDocument from(StageChange change) {
      return new ChangeDocument(
          change.kind(),
          change.from() == null ? null : change.from().value(),
          change.to().value(),
          change.probability(),
          change.at(),
          change.by().value(),
          change.timeInPrevious().toString(),
          change.reason());
    }

    StageChange toChange() {
      return new StageChange(
          kind,
          from == null ? null : StageId.of(from),
          StageId.of(to),
          probability,
          at,
          UserId.of(by),
          Duration.parse(timeInPrevious),
          reason);
    }
  }

  /** A contact on a deal with their role. */
  record ContactDocument(UUID contact, DealRole role) {

    static ContactDocument from(DealContact contact) {
      return new ContactDocument(contact.contact().value(), contact.role());
    }

    DealContact toContact() {
      return DealContact.of(ContactId.of(contact), role);
    }
  }
}
