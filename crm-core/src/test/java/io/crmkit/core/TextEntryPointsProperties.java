package io.crmkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.crmkit.core.company.CompanyDetails;
import io.crmkit.core.company.CompanyId;
import io.crmkit.core.contact.CompanyLink;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.contactpoint.EmailAddress;
import io.crmkit.core.contactpoint.PhoneNumber;
import io.crmkit.core.contactpoint.PostalAddress;
import io.crmkit.core.contactpoint.SocialProfile;
import io.crmkit.core.customfield.CustomFieldDefinition;
import io.crmkit.core.customfield.CustomFieldValue;
import io.crmkit.core.deal.DealDetails;
import io.crmkit.core.deal.Stage;
import io.crmkit.core.deal.StageId;
import io.crmkit.core.fixtures.FuzzReport;
import io.crmkit.core.fixtures.HostileText;
import io.crmkit.core.internal.TextPolicy;
import io.crmkit.core.internal.TextPolicy.Kind;
import io.crmkit.core.lead.Attribution;
import io.crmkit.core.lead.LeadDetails;
import io.crmkit.core.lead.LeadSource;
import io.crmkit.core.party.PersonName;
import io.crmkit.core.reason.Reason;
import io.crmkit.core.task.TaskDetails;
import io.crmkit.core.timeline.ActivityDetails;
import io.crmkit.core.timeline.ActivityDetails.Note;
import io.crmkit.core.timeline.ActivityEntry;
import io.crmkit.core.timeline.Direction;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Every text that reaches storage, fed any text: each entry point gives a value whose stored text
 * obeys the text policy of its kind (well-formed, no control character but where lines may break,
 * no format character in an identifier), or the library's own refusal with a short message.
 */
class TextEntryPointsProperties {

  private static final FuzzReport REPORT = FuzzReport.of(TextEntryPointsProperties.class);

  private static final int EXAMPLES = 200;

  private static final Instant DUE = Instant.parse("2026-03-05T09:00:00Z");

  /** An entry point: what it makes of a text, and the texts of the result that are stored. */
  private record Entry(String name, Kind kind, Function<String, List<String>> stored) {}

  private static final List<Entry> ENTRIES =
      List.of(
          new Entry("person name", Kind.LINE, t -> names(PersonName.of(t, "Lima"))),
          new Entry("display name", Kind.LINE, t -> names(PersonName.of("Ana", "Lima", t))),
          new Entry("tag", Kind.IDENTIFIER, t -> List.of(Tag.of(t).value())),
          new Entry("external id", Kind.IDENTIFIER, t -> List.of(ExternalId.of("erp", t).value())),
          new Entry("user id", Kind.IDENTIFIER, t -> List.of(UserId.of(t).value())),
          new Entry("team id", Kind.IDENTIFIER, t -> List.of(TeamId.of(t).value())),
          new Entry(
              "record ref", Kind.IDENTIFIER, t -> List.of(RecordRef.of(RecordType.DEAL, t).id())),
          new Entry("email", Kind.IDENTIFIER, t -> List.of(EmailAddress.of(t).value())),
          new Entry("phone", Kind.LINE, t -> List.of(PhoneNumber.parse(t, "DE").raw())),
          new Entry(
              "address line",
              Kind.LINE,
              t -> PostalAddress.builder().line(t).country("DE").build().lines()),
          new Entry(
              "social profile",
              Kind.LINE,
              t -> List.of(SocialProfile.of("web", "https://example.com/" + t).url().toString())),
          new Entry("custom text", Kind.LINES, t -> List.of(CustomFieldValue.Text.of(t).value())),
          new Entry(
              "custom choice", Kind.LINE, t -> List.of(CustomFieldValue.Choice.of(t).value())),
          new Entry(
              "custom field label",
              Kind.LINE,
              t -> List.of(CustomFieldDefinition.text(RecordType.CONTACT, "size", t).label())),
          new Entry(
              "company name",
              Kind.LINE,
              t -> List.of(CompanyDetails.builder().name(t).build().name())),
          new Entry(
              "industry",
              Kind.LINE,
              t -> List.of(CompanyDetails.builder().name("Acme").industry(t).build().industry())),
          new Entry(
              "job title",
              Kind.LINE,
              t ->
                  List.of(ContactDetails.builder().name("Ana", "").jobTitle(t).build().jobTitle())),
          new Entry(
              "company role",
              Kind.LINE,
              t -> List.of(CompanyLink.primary(CompanyId.of(UUID.randomUUID()), t).role())),
          new Entry(
              "lead company name",
              Kind.LINE,
              t ->
                  List.of(
                      LeadDetails.builder().name("Ana", "").companyName(t).build().companyName())),
          new Entry(
              "utm",
              Kind.LINE,
              t -> {
                Attribution attribution =
                    Attribution.of(LeadSource.WEB_FORM).withUtm(null, null, null, t, null);
                return List.of(String.valueOf(attribution.utmTerm()));
              }),
          new Entry(
              "campaign id",
              Kind.IDENTIFIER,
              t ->
                  List.of(
                      String.valueOf(
                          Attribution.of(LeadSource.WEB_FORM).withCampaign(t).campaignId()))),
          new Entry(
              "deal name", Kind.LINE, t -> List.of(DealDetails.builder().name(t).build().name())),
          new Entry(
              "deal source",
              Kind.LINE,
              t -> List.of(DealDetails.builder().name("Renewal").source(t).build().source())),
          new Entry(
              "stage name", Kind.LINE, t -> List.of(Stage.open(StageId.random(), t, 10).name())),
          new Entry("reason label", Kind.LINE, t -> List.of(Reason.of("price", t).label())),
          new Entry(
              "task title",
              Kind.LINE,
              t -> List.of(TaskDetails.builder().title(t).dueAt(DUE).build().title())),
          new Entry(
              "task description",
              Kind.LINES,
              t ->
                  List.of(
                      TaskDetails.builder()
                          .title("Call")
                          .description(t)
                          .dueAt(DUE)
                          .build()
                          .description())),
          new Entry(
              "activity subject",
              Kind.LINE,
              t -> List.of(ActivityEntry.of(new Note()).subject(t).subject())),
          new Entry(
              "activity body",
              Kind.LINES,
              t -> List.of(ActivityEntry.of(new Note()).body(t).body())),
          new Entry(
              "message id",
              Kind.IDENTIFIER,
              t -> List.of(new ActivityDetails.Email(Direction.INBOUND, t).messageId())),
          new Entry(
              "form field name",
              Kind.IDENTIFIER,
              t ->
                  List.copyOf(
                      new ActivityDetails.FormSubmission("contact", Map.of(t, "x"))
                          .fields()
                          .keySet())),
          new Entry(
              "attribute value",
              Kind.LINES,
              t ->
                  List.copyOf(
                      new ActivityDetails.Other("visit", Map.of("note", t))
                          .attributes()
                          .values())));

  @AfterAll
  static void writeReport() {
    REPORT.write();
  }

  @Test
  void everyEntryStoresOnlyTextItsPolicyAllows() {
    FuzzReport report = REPORT.part();
    qt().withExamples(EXAMPLES)
        .forAll(HostileText.texts())
        .checkAssert(
            text -> {
              for (Entry entry : ENTRIES) {
                report.attempt(
                    entry.name() + ": " + text,
                    () -> {
                      for (String stored : entry.stored().apply(text)) {
                        assertThat(TextPolicy.problem(stored, entry.kind()))
                            .as("%s stores %s", entry.name(), stored)
                            .isEmpty();
                      }
                      return null;
                    });
              }
            });
    report.assertNoFailures();
  }

  private static List<String> names(PersonName name) {
    return List.of(name.given(), name.family(), name.display());
  }
}
