package io.crmkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.company.CompanyDetails;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.contactpoint.PhoneNumber;
import io.crmkit.core.contactpoint.PostalAddress;
import io.crmkit.core.customfield.CustomFieldValue;
import io.crmkit.core.deal.DealDetails;
import io.crmkit.core.party.PersonName;
import io.crmkit.core.task.TaskDetails;
import io.crmkit.core.timeline.ActivityDetails.Note;
import io.crmkit.core.timeline.ActivityEntry;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Text that no database stores as given is refused where it enters: lone surrogates (which
 * PostgreSQL and MariaDB wrote as '?', so that two distinct external ids collided), NUL (which
 * PostgreSQL refused on write) and other control characters, and in identifiers the bidi controls
 * and zero-width characters that make two keys look alike. The refusal names the field and the code
 * point with its index.
 */
class TextAtTheBoundaryTests {

  private static final Instant DUE = Instant.parse("2026-03-05T09:00:00Z");

  @Test
  void namesRefuseALoneSurrogate() {
    refused(() -> PersonName.of("Ana\uD800", "Lima"), "given name", "U+D800", 3);
    refused(() -> PersonName.of("Ana", "\uDC00Lima"), "family name", "U+DC00", 0);
    refused(
        () -> ContactDetails.builder().name("Ana", "Lima").jobTitle("CTO\uD800").build(),
        "jobTitle",
        "U+D800",
        3);
    refused(() -> CompanyDetails.builder().name("Acme\uDBFF").build(), "name", "U+DBFF", 4);
    refused(() -> DealDetails.builder().name("Renewal\uD800").build(), "name", "U+D800", 7);
  }

  @Test
  void tagsRefuseALoneSurrogateABidiOverrideAndAZeroWidthCharacter() {
    refused(() -> Tag.of("vip\uD800"), "tag", "U+D800", 3);
    refused(() -> Tag.of("vip\u202E"), "tag", "U+202E", 3);
    refused(() -> Tag.of("v\u200Bip"), "tag", "U+200B", 1);
  }

  @Test
  void textCustomFieldsRefuseALoneSurrogateAndNul() {
    refused(() -> CustomFieldValue.Text.of("notes\uD800"), "text", "U+D800", 5);
    refused(() -> CustomFieldValue.Text.of("notes\u0000"), "text", "U+0000", 5);
    assertThat(CustomFieldValue.Text.of("two\nlines\tand a tab").value())
        .isEqualTo("two\nlines\tand a tab");
  }

  @Test
  void titlesRefuseALoneSurrogate() {
    refused(
        () -> TaskDetails.builder().title("Call\uD800").dueAt(DUE).build(), "title", "U+D800", 4);
  }

  @Test
  void externalIdsRefuseALoneSurrogateABidiControlAndAZeroWidthCharacter() {
    refused(() -> ExternalId.of("erp", "C-\uD800"), "external id value", "U+D800", 2);
    refused(() -> ExternalId.of("erp", "C-1\u200F"), "external id value", "U+200F", 3);
    refused(() -> ExternalId.of("erp", "C\u2060-1"), "external id value", "U+2060", 1);
  }

  @Test
  void userAndTeamIdsRefuseALoneSurrogateABidiControlAndAZeroWidthJoiner() {
    refused(() -> UserId.of("ana\uD800"), "user id", "U+D800", 3);
    refused(() -> UserId.of("ana\u200D"), "user id", "U+200D", 3);
    refused(() -> TeamId.of("\u2066sales"), "team id", "U+2066", 0);
  }

  @Test
  void activityTextRefusesALoneSurrogateAndNul() {
    ActivityEntry note = ActivityEntry.of(new Note());

    refused(() -> note.subject("Met\uD800"), "activity subject", "U+D800", 3);
    refused(() -> note.subject("Met\u0000"), "activity subject", "U+0000", 3);
    refused(() -> note.body("Long talk\u0000"), "activity body", "U+0000", 9);
    assertThat(note.body("line one\nline two\r\n\tindented").body())
        .isEqualTo("line one\nline two\r\n\tindented");
  }

  @Test
  void rawPhoneTextRefusesNul() {
    refused(() -> PhoneNumber.parse("+49 30 123456\u0000"), "phone number", "U+0000", 13);
  }

  @Test
  void addressLinesRefuseALoneSurrogate() {
    refused(
        () -> PostalAddress.builder().line("Main St\uD800").country("DE").build(),
        "address line 1",
        "U+D800",
        7);
  }

  @Test
  void hardButValidTextIsAccepted() {
    String hard = "Zoë 山田 \uD83D\uDE42 שָׁלוֹם مرحبا \uD801\uDC37 e\u0301 \u200F";

    assertThat(PersonName.of(hard, "").given()).isNotEmpty();
    assertThat(CustomFieldValue.Text.of(hard).value()).isEqualTo(hard);
    assertThat(Tag.of("\uD83D\uDE42 vip").value()).isEqualTo("\uD83D\uDE42 vip");
    assertThat(ExternalId.of("erp", "\uD801\uDC37-1").value()).isEqualTo("\uD801\uDC37-1");
  }

  @Test
  void builderErrorsAreTheOnesTheInputLimitsGuideShows() {
    assertThatThrownBy(
            () ->
                ContactDetails.builder()
                    .name("Ana", "Lima")
                    .jobTitle("CTO\uD800")
                    .tag("vip\u202E")
                    .build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            refused ->
                assertThat(refused.errors())
                    .extracting(FieldError::toString)
                    .containsExactly(
                        "jobTitle 'CTO\\uD800': has U+D800 (a lone surrogate) at index 3",
                        "tags 'vip\\u202E': tag has U+202E (a bidi control) at index 3"));
  }

  /** Asserts that {@code entry} is refused, naming {@code field}, {@code codePoint} and index. */
  private static void refused(Executable entry, String field, String codePoint, int index) {
    assertThatThrownBy(entry::execute)
        .isInstanceOfAny(IllegalArgumentException.class, ValidationException.class)
        .hasMessageContaining(field)
        .hasMessageContaining(codePoint + " ")
        .hasMessageContaining("at index " + index);
  }
}
