package io.crmkit.examples;

import io.crmkit.core.Crm;
import io.crmkit.core.DataValue;
import io.crmkit.core.RecordRef;
import io.crmkit.core.RecordType;
import io.crmkit.core.TenantId;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.deal.Deal;
import io.crmkit.core.deal.DealDetails;
import io.crmkit.core.deal.DealRole;
import io.crmkit.core.deal.Pipeline;
import io.crmkit.core.lead.Attribution;
import io.crmkit.core.lead.LeadDetails;
import io.crmkit.core.lead.LeadSource;
import io.crmkit.core.privacy.ErasedRecord;
import io.crmkit.core.privacy.Erasure;
import io.crmkit.core.privacy.PersonalDataReport;
import io.crmkit.core.task.TaskDetails;
import io.crmkit.core.timeline.ActivityDetails.Note;
import io.crmkit.core.timeline.ActivityEntry;
import io.crmkit.jpa.JpaCrmStorage;
import io.crmkit.jpa.outbox.OutboxMessage;
import io.crmkit.scoring.CrmAnalytics;
import io.crmkit.scoring.rules.RuleCondition.JobTitleContains;
import io.crmkit.scoring.rules.ScoringModel;
import io.crmkit.scoring.rules.ScoringRule;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The two data-subject requests of the GDPR on an embedded H2 database: an access export of
 * everything the tenant holds about one person, as one JSON document, then the person's erasure,
 * whose receipt lists what was deleted and what anonymised, while the deal keeps its amount and
 * stage history and the outbox relays no personal data.
 *
 * @since 0.1
 */
public final class PrivacyRequests {

  private static final ScoringModel TITLES =
      ScoringModel.builder("titles")
          .rule(ScoringRule.of("buyers", new JobTitleContains("Buyer"), 25))
          .build();

  private PrivacyRequests() {}

  /**
   * Records a person through contacts, the timeline, leads, deals, tasks, scoring and lists,
   * exports their data, erases them and shows what is left. With a path as its argument it also
   * writes the access document there, in UTF-8.
   */
  public static void main(String[] args) {
    try (EntityManagerFactory factory = EmbeddedH2.openDatabase("crmkit-privacy")) {
      Crm crm =
          Crm.builder()
              .storage(JpaCrmStorage.create(factory))
              .tenant(TenantId.of("acme"))
              .clock(Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC))
              .build();
      CrmAnalytics analytics = CrmAnalytics.on(crm);
      Contact ana =
          crm.contacts()
              .create(
                  ContactDetails.builder()
                      .name("Ana", "Lima")
                      .jobTitle("Head Buyer")
                      .email("ana.lima@example.com")
                      .phone("+49 30 1234567")
                      .build());
      Contact bo =
          crm.contacts()
              .create(ContactDetails.builder().name("Bo", "Berg").email("bo@example.com").build());
      crm.timeline()
          .log(ActivityEntry.of(new Note()).about(ana.id()).body("Ana prefers calls after 4 pm"));
      crm.timeline()
          .log(ActivityEntry.of(new Note()).about(ana.id()).about(bo.id()).subject("Trade fair"));
      crm.leads()
          .capture(
              LeadDetails.builder().name("Ana", "Lima").email("ana.lima@example.com").build(),
              // a search term is the person's own words: erasure removes it from the lead and from
              // the capture event waiting in the outbox
              Attribution.of(LeadSource.WEB_FORM)
                  .withUtm("search", "cpc", "fleet", "ana lima fleet offer", null));
      Pipeline sales =
          crm.pipelines().builder("Sales").stage("Demo", 30).stage("Offer", 60).create();
      Deal deal =
          crm.deals()
              .open(
                  sales.id(),
                  DealDetails.builder()
                      .name("Fleet renewal")
                      .amount("25000.00", "EUR")
                      .contact(ana.id(), DealRole.DECISION_MAKER)
                      .build());
      deal = crm.deals().moveTo(deal.id(), deal.version(), sales.stages().get(1).id());
      crm.tasks()
          .create(
              TaskDetails.builder()
                  .title("Send Ana the offer")
                  .dueAt(crm.clock().instant().plus(Duration.ofDays(2)))
                  .about(RecordRef.of(RecordType.CONTACT, ana.id()))
                  .build());
      analytics.scoring(TITLES).rescore(ana.id());
      analytics.lists().create("newsletter");
      analytics.lists().addMembers("newsletter", List.of(ana.id(), bo.id()));

      PersonalDataReport report = crm.privacy().access(ana.id());
      System.out.println("access: " + String.join(", ", report.sections().keySet()));
      System.out.println("timeline: " + count(report, "timeline") + " activities");
      report
          .toJson()
          .lines()
          .filter(line -> line.contains("\"display\"") || line.contains("\"rule\""))
          .map(String::strip)
          .forEach(System.out::println);
      if (args.length > 0) {
        write(Path.of(args[0]), report.toJson());
      }

      Erasure receipt = crm.privacy().erase(ana.id());
      Map<String, Integer> treated = new TreeMap<>();
      for (ErasedRecord record : receipt.records()) {
        treated.merge(
            record.kind() + " " + record.treatment().name().toLowerCase(Locale.ROOT),
            1,
            Integer::sum);
      }
      System.out.println("erased: " + treated);
      Deal kept = crm.deals().get(deal.id());
      System.out.println(
          "deal keeps "
              + kept.details().amount()
              + " and "
              + kept.history().size()
              + " stage changes, "
              + kept.details().contacts().size()
              + " contacts");
      System.out.println("newsletter: " + analytics.lists().get("newsletter").members().size());
      Contact again =
          crm.contacts()
              .create(
                  ContactDetails.builder()
                      .name("Ana", "Lima")
                      .email("ana.lima@example.com")
                      .build());
      System.out.println("the email is free again: " + !again.id().equals(ana.id()));

      List<String> relayed = new ArrayList<>();
      JpaCrmStorage.outboxRelay(factory)
          .relay(
              1_000,
              batch ->
                  batch.stream()
                      .map(OutboxMessage::payload)
                      .filter(payload -> payload.toLowerCase(Locale.ROOT).contains("ana lima"))
                      .forEach(relayed::add));
      System.out.println("relayed events naming Ana: " + relayed.size());
    }
  }

  private static int count(PersonalDataReport report, String section) {
    return ((DataValue.Items) report.section(section).orElseThrow()).items().size();
  }

  private static void write(Path file, String json) {
    try {
      Files.writeString(file, json, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
