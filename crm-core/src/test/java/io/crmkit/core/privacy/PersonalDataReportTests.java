package io.crmkit.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crmkit.core.Crm;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.fixtures.TestClock;
import io.crmkit.core.timeline.ActivityDetails;
import io.crmkit.core.timeline.ActivityEntry;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The access document as Jackson reads it: valid JSON holding exactly what was stored. */
class PersonalDataReportTests {

  private static final String BODY =
      "Line one\nline two\twith \"quotes\", a back\\slash, </script>, \u2028 and \ud83d\ude00";

  private final Crm crm = Crm.builder().clock(TestClock.atStart()).build();

  @Test
  void writesHardTextThatJacksonReadsBackExactly() throws Exception {
    Contact zoe =
        crm.contacts()
            .create(
                ContactDetails.builder()
                    .name("Zoë \"Zee\"", "O'Brien-Łukasz")
                    .email("zoe@example.com")
                    .phone("+44 20 7946 0000")
                    .build());
    crm.timeline()
        .log(
            ActivityEntry.of(new ActivityDetails.FormSubmission("contact us", Map.of("msg", BODY)))
                .about(zoe.id())
                .subject("Form \"contact us\"")
                .body(BODY));

    JsonNode document = new ObjectMapper().readTree(crm.privacy().access(zoe.id()).toJson());

    assertThat(document.path("contactId").textValue()).isEqualTo(zoe.id().toString());
    assertThat(document.path("generatedAt").textValue()).isEqualTo("2026-03-02T09:00:00Z");
    JsonNode details = document.path("contact").path("details");
    assertThat(details.path("name").path("given").textValue()).isEqualTo("Zoë \"Zee\"");
    assertThat(details.path("name").path("family").textValue()).isEqualTo("O'Brien-Łukasz");
    assertThat(details.path("emails").get(0).textValue()).isEqualTo("zoe@example.com");
    assertThat(details.path("phones").get(0).path("number").textValue()).isEqualTo("+442079460000");
    assertThat(details.path("phones").get(0).path("asWritten").textValue())
        .isEqualTo("+44 20 7946 0000");
    JsonNode note = document.path("timeline").get(0);
    assertThat(note.path("subject").textValue()).isEqualTo("Form \"contact us\"");
    assertThat(note.path("body").textValue()).isEqualTo(BODY);
    assertThat(note.path("details").path("fields").path("msg").textValue()).isEqualTo(BODY);
    assertThat(document.path("leads").isArray()).isTrue();
    assertThat(document.path("leads")).isEmpty();
  }
}
