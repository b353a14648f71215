package io.crmkit.scoring.automation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.RecordRef;
import io.crmkit.core.RecordType;
import io.crmkit.core.automation.RecordFacts;
import io.crmkit.core.automation.RuleCondition;
import io.crmkit.core.customfield.CustomFieldDefinition;
import io.crmkit.scoring.segment.SegmentParseException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecordConditionsTests {

  private static final RecordRef DEAL = new RecordRef(RecordType.DEAL, "d1");
  private static final RecordRef TICKET = new RecordRef(RecordType.TICKET, "t1");

  @Test
  void passesADealWhoseFactsMakeTheTextTrue() {
    RuleCondition big =
        RecordConditions.parse(RecordType.DEAL, "status = \"open\" and amount > 10000");

    assertThat(big.test(deal(Map.of("status", "open", "amount", new BigDecimal("12000")))))
        .isTrue();
    assertThat(big.test(deal(Map.of("status", "open", "amount", new BigDecimal("9000")))))
        .isFalse();
    assertThat(big.test(deal(Map.of("status", "won", "amount", new BigDecimal("12000")))))
        .isFalse();
    assertThat(big.text()).isEqualTo("status = \"open\" and amount > 10000");
  }

  @Test
  void treatsAMissingValueAsUnknownEvenUnderNot() {
    RuleCondition small = RecordConditions.parse(RecordType.DEAL, "amount < 100");
    RuleCondition notSmall = RecordConditions.parse(RecordType.DEAL, "not (amount < 100)");
    RuleCondition noAmount = RecordConditions.parse(RecordType.DEAL, "amount is empty");
    RecordFacts unknownAmount = deal(Map.of("status", "open"));

    assertThat(small.test(unknownAmount)).isFalse();
    assertThat(notSmall.test(unknownAmount)).isFalse();
    assertThat(noAmount.test(unknownAmount)).isTrue();
    assertThat(
            RecordConditions.parse(RecordType.DEAL, "amount < 100 or status = \"open\"")
                .test(unknownAmount))
        .isTrue();
  }

  @Test
  void refusesAnUnknownFieldNamingItAndTheFieldMeant() {
    assertThatThrownBy(() -> RecordConditions.parse(RecordType.DEAL, "amout > 10"))
        .isInstanceOf(SegmentParseException.class)
        .hasMessageContaining("unknown field 'amout'")
        .hasMessageContaining("did you mean 'amount'?");
    assertThatThrownBy(() -> RecordConditions.parse(RecordType.LEAD, "amount > 10"))
        .isInstanceOf(SegmentParseException.class)
        .hasMessageContaining("unknown field 'amount'");
  }

  @Test
  void refusesAValueOutsideAChoiceFieldsChoices() {
    assertThatThrownBy(() -> RecordConditions.parse(RecordType.LEAD, "status = \"hot\""))
        .isInstanceOf(SegmentParseException.class)
        .hasMessageContaining("hot");
  }

  @Test
  void typesCustomFieldsByTheirDefinitions() {
    List<CustomFieldDefinition> fields =
        List.of(
            CustomFieldDefinition.singleSelect(
                RecordType.DEAL, "region", "Region", List.of("emea", "apac")),
            CustomFieldDefinition.date(RecordType.DEAL, "renewal", "Renewal"));
    RuleCondition emea =
        RecordConditions.parse(
            RecordType.DEAL,
            "custom.region = \"emea\" and custom.renewal < \"2027-01-01\"",
            fields);

    assertThat(
            emea.test(
                deal(
                    Map.of(
                        "custom.region", "emea", "custom.renewal", LocalDate.parse("2026-06-30")))))
        .isTrue();
    assertThat(emea.test(deal(Map.of("custom.region", "emea")))).isFalse();
    assertThatThrownBy(
            () -> RecordConditions.parse(RecordType.DEAL, "custom.region = \"latam\"", fields))
        .isInstanceOf(SegmentParseException.class)
        .hasMessageContaining("latam");
    assertThatThrownBy(() -> RecordConditions.parse(RecordType.DEAL, "region = \"emea\"", fields))
        .hasMessageContaining("did you mean 'custom.region'?");
  }

  @Test
  void refusesACustomFieldOfAnotherRecordType() {
    List<CustomFieldDefinition> leadFields =
        List.of(CustomFieldDefinition.text(RecordType.LEAD, "campaign", "Campaign"));

    assertThatThrownBy(() -> RecordConditions.parse(RecordType.DEAL, "name = \"x\"", leadFields))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("custom field campaign is defined for LEAD, not for DEAL");
  }

  @Test
  void testsTheTagsOfARecord() {
    RuleCondition vip = RecordConditions.parse(RecordType.TICKET, "has tag \"vip\"");
    Map<String, Object> fields = new HashMap<>();
    fields.put("status", "open");

    assertThat(vip.test(ticket(fields))).isFalse();
    fields.put(RecordFacts.TAGS, Set.of("vip", "billing"));
    assertThat(vip.test(ticket(fields))).isTrue();
    assertThat(
            RecordConditions.parse(RecordType.TICKET, "not has tag \"vip\"").test(ticket(fields)))
        .isFalse();
  }

  @Test
  void refusesWhatARecordDoesNotHave() {
    assertThatThrownBy(() -> RecordConditions.parse(RecordType.LEAD, "has activity \"call\""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a rule condition cannot test 'has activity'");
    assertThatThrownBy(() -> RecordConditions.parse(RecordType.LEAD, "in segment \"vips\""))
        .hasMessageContaining("cannot test 'in segment'");
    assertThatThrownBy(
            () -> RecordConditions.parse(RecordType.DEAL, "opened campaign \"Spring sale\""))
        .hasMessageContaining("cannot test campaign engagement with 'Spring sale'");
    assertThatThrownBy(() -> RecordConditions.parse(RecordType.TASK, "due_at within last 3 days"))
        .hasMessageContaining("cannot test 'within last' on field 'due_at'");
    assertThatThrownBy(() -> RecordConditions.parse(RecordType.CONTACT, "owner = \"ana\""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rules look at deals, leads, tasks and tickets, not at CONTACT");
  }

  @Test
  void appliesOnlyToRecordsOfItsType() {
    RuleCondition open = RecordConditions.parse(RecordType.TICKET, "status = \"open\"");

    assertThat(open.appliesTo(RecordType.TICKET)).isTrue();
    assertThat(open.appliesTo(RecordType.DEAL)).isFalse();
    assertThat(open.test(new RecordFacts(Optional.of(DEAL), Map.of("status", "open")))).isFalse();
    assertThat(open.test(RecordFacts.none())).isFalse();
  }

  private static RecordFacts deal(Map<String, Object> fields) {
    return new RecordFacts(Optional.of(DEAL), fields);
  }

  private static RecordFacts ticket(Map<String, Object> fields) {
    return new RecordFacts(Optional.of(TICKET), fields);
  }
}
