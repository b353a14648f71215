package io.crmkit.scoring.audience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.RecordType;
import io.crmkit.core.customfield.CustomFieldDefinition;
import io.crmkit.scoring.segment.FieldDefinition;
import io.crmkit.scoring.segment.FieldType;
import io.crmkit.scoring.segment.SegmentParser;
import io.crmkit.scoring.segment.SegmentSchema;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ContactSegmentSchemaTests {

  @Test
  void declaresTheStandardFieldsWithTheirTypes() {
    Map<String, FieldType> types =
        ContactSegmentSchema.standard().fields().stream()
            .collect(Collectors.toMap(FieldDefinition::name, FieldDefinition::type));

    assertThat(types)
        .containsExactlyInAnyOrderEntriesOf(
            Map.ofEntries(
                Map.entry("email", FieldType.TEXT),
                Map.entry("givenName", FieldType.TEXT),
                Map.entry("familyName", FieldType.TEXT),
                Map.entry("jobTitle", FieldType.TEXT),
                Map.entry("owner", FieldType.TEXT),
                Map.entry("lifecycleStage", FieldType.CHOICE),
                Map.entry("country", FieldType.TEXT),
                Map.entry("city", FieldType.TEXT),
                Map.entry("createdAt", FieldType.INSTANT),
                Map.entry("updatedAt", FieldType.INSTANT),
                Map.entry("company.name", FieldType.TEXT),
                Map.entry("company.domain", FieldType.TEXT),
                Map.entry("score", FieldType.NUMBER),
                Map.entry("grade", FieldType.TEXT),
                Map.entry("lastActivityAt", FieldType.INSTANT),
                Map.entry("activityCount", FieldType.NUMBER),
                Map.entry("orderCount", FieldType.NUMBER),
                Map.entry("orderValue", FieldType.DECIMAL)));
  }

  @Test
  void offersTheLifecycleStageNamesAsChoices() {
    assertThat(ContactSegmentSchema.standard().field("lifecycleStage").orElseThrow().choices())
        .containsExactly(
            "SUBSCRIBER",
            "LEAD",
            "MARKETING_QUALIFIED",
            "SALES_QUALIFIED",
            "OPPORTUNITY",
            "CUSTOMER",
            "EVANGELIST",
            "OTHER");
  }

  @Test
  void typesEachKindOfCustomField() {
    SegmentSchema schema =
        ContactSegmentSchema.of(
            List.of(
                CustomFieldDefinition.text(RecordType.CONTACT, "nickname", "Nickname"),
                CustomFieldDefinition.number(RecordType.CONTACT, "size", "Size"),
                CustomFieldDefinition.decimal(RecordType.CONTACT, "budget", "Budget"),
                CustomFieldDefinition.bool(RecordType.CONTACT, "newsletter", "Newsletter"),
                CustomFieldDefinition.date(RecordType.CONTACT, "birthday", "Birthday"),
                CustomFieldDefinition.dateTime(RecordType.CONTACT, "met_at", "Met at"),
                CustomFieldDefinition.singleSelect(
                    RecordType.CONTACT, "tier", "Tier", List.of("gold", "silver")),
                CustomFieldDefinition.multiSelect(
                    RecordType.CONTACT, "interests", "Interests", List.of("golf", "wine")),
                CustomFieldDefinition.url(RecordType.CONTACT, "homepage", "Homepage"),
                CustomFieldDefinition.email(RecordType.CONTACT, "private_email", "Private"),
                CustomFieldDefinition.phone(RecordType.CONTACT, "mobile", "Mobile")));

    assertThat(schema.field("custom.nickname").orElseThrow().type()).isEqualTo(FieldType.TEXT);
    assertThat(schema.field("custom.size").orElseThrow().type()).isEqualTo(FieldType.NUMBER);
    assertThat(schema.field("custom.budget").orElseThrow().type()).isEqualTo(FieldType.DECIMAL);
    assertThat(schema.field("custom.newsletter").orElseThrow().type()).isEqualTo(FieldType.BOOLEAN);
    assertThat(schema.field("custom.birthday").orElseThrow().type()).isEqualTo(FieldType.DATE);
    assertThat(schema.field("custom.met_at").orElseThrow().type()).isEqualTo(FieldType.INSTANT);
    assertThat(schema.field("custom.tier").orElseThrow().type()).isEqualTo(FieldType.CHOICE);
    assertThat(schema.field("custom.tier").orElseThrow().choices())
        .containsExactly("gold", "silver");
    assertThat(schema.field("custom.interests").orElseThrow().type()).isEqualTo(FieldType.TEXT_SET);
    assertThat(schema.field("custom.homepage").orElseThrow().type()).isEqualTo(FieldType.TEXT);
    assertThat(schema.field("custom.private_email").orElseThrow().type()).isEqualTo(FieldType.TEXT);
    assertThat(schema.field("custom.mobile").orElseThrow().type()).isEqualTo(FieldType.TEXT);
    assertThat(schema.fields()).hasSize(ContactSegmentSchema.standard().fields().size() + 11);
  }

  @Test
  void acceptsACustomFieldKeyThatIsAKeywordOfTheLanguage() {
    SegmentSchema schema =
        ContactSegmentSchema.of(
            List.of(CustomFieldDefinition.number(RecordType.CONTACT, "in", "In")));

    assertThat(SegmentParser.parse("custom.in > 3", schema).toString()).contains("custom.in");
  }

  @Test
  void rejectsACustomFieldOfAnotherRecordType() {
    CustomFieldDefinition companySize =
        CustomFieldDefinition.number(RecordType.COMPANY, "size", "Size");

    assertThatThrownBy(() -> ContactSegmentSchema.of(List.of(companySize)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("custom field size is defined for COMPANY, not for contacts");
  }

  @Test
  void rejectsNullDefinitions() {
    assertThatThrownBy(() -> ContactSegmentSchema.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("custom field definitions");
  }
}
