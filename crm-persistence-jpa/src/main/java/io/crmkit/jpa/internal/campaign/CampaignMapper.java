package io.crmkit.jpa.internal.campaign;

import io.crmkit.core.UserId;
import io.crmkit.core.campaign.Audience;
import io.crmkit.core.campaign.Campaign;
import io.crmkit.core.campaign.CampaignAction;
import io.crmkit.core.campaign.CampaignChannel;
import io.crmkit.core.campaign.CampaignDetails;
import io.crmkit.core.campaign.CampaignId;
import io.crmkit.core.campaign.CampaignStatus;
import io.crmkit.core.consent.Purpose;
import io.crmkit.core.money.Money;
import io.crmkit.core.statemachine.TransitionRecord;
import io.crmkit.jpa.internal.Json;
import io.crmkit.jpa.internal.StoredInstants;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Copies a campaign into its row, and rebuilds it from its row. */
final class CampaignMapper {

  private CampaignMapper() {}

  /** Writes every field of {@code campaign} into {@code row}, except the version JPA keeps. */
  static void write(Campaign campaign, CampaignEntity row) {
    CampaignDetails details = campaign.details();
    row.writeTimestamps(campaign.revision());
    row.writeOwner(campaign.owner());
    row.name = details.name();
    row.status = campaign.status();
    row.sendAt = campaign.sendAt().map(StoredInstants::bounded).orElse(null);
    row.claimedAt = campaign.claimedAt().orElse(null);
    row.details = Json.write(Details.from(details));
    row.history = Json.write(campaign.history().stream().map(StatusChange::from).toList());
  }

  /** Returns the campaign stored in {@code row}. */
  static Campaign read(CampaignEntity row) {
    return Campaign.restore(
        CampaignId.of(row.id()),
        row.tenant(),
        row.revision(),
        Json.read(row.details, Details.class).toDetails(row.name),
        row.owner(),
        row.status,
        Arrays.stream(Json.read(row.history, StatusChange[].class))
            .map(StatusChange::toRecord)
            .toList(),
        row.sendAt,
        row.claimedAt);
  }

  /** The details beyond the name, as a document. */
  record Details(
      CampaignChannel channel,
      String template,
      String sender,
      String senderName,
      List<String> segments,
      List<String> lists,
      List<String> exclusions,
      String purpose,
      int throttlePerHour,
      @Nullable BigDecimal costAmount,
      @Nullable String costCurrency) {

    static Details from(CampaignDetails details) {
      Money cost = details.cost();
      return new Details(
          details.channel(),
          details.template(),
          details.sender(),
          details.senderName(),
          details.audience().segments().stream().sorted().toList(),
          details.audience().lists().stream().sorted().toList(),
          details.audience().exclusions().stream().sorted().toList(),
          details.purpose().value(),
          details.throttlePerHour(),
          cost == null ? null : cost.amount(),
          cost == null ? null : cost.currency().getCurrencyCode());
    }

    CampaignDetails toDetails(String name) {
      return new CampaignDetails(
          name,
          channel,
          template,
          sender,
          senderName,
          new Audience(Set.copyOf(segments), Set.copyOf(lists), Set.copyOf(exclusions)),
          Purpose.of(purpose),
          throttlePerHour,
          costAmount == null || costCurrency == null ? null : Money.of(costAmount, costCurrency));
    }
  }

  /** One move of the status history. */
  record StatusChange(
      CampaignStatus from, CampaignStatus to, CampaignAction action, Instant at, String by) {

    static StatusChange from(TransitionRecord<CampaignStatus, CampaignAction> record) {
      return new StatusChange(
          record.from(), record.to(), record.event(), record.at(), record.by().value());
    }

    TransitionRecord<CampaignStatus, CampaignAction> toRecord() {
      return new TransitionRecord<>(from, to, action, at, UserId.of(by));
    }
  }
}
