package io.crmkit.scoring.audience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.Crm;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.fixtures.TestClock;
import io.crmkit.scoring.CrmAnalytics;
import io.crmkit.scoring.internal.ScoringPorts;
import io.crmkit.scoring.spi.SegmentRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Segments that name other segments keep the limits of the segment language with every segment they
 * reach written out, when they are defined and again whenever they are evaluated: a thousand
 * segments chained by {@code in segment} used to be accepted, and ten thousand overflowed the stack
 * of the in-memory evaluation.
 */
class SegmentReferenceLimitsTests {

  private static final TenantId TENANT = TenantId.of("acme");

  private SegmentRepository repository;
  private SegmentService segments;
  private StaticListService lists;

  @BeforeEach
  void openCrm() {
    Crm crm =
        Crm.builder().clock(TestClock.atStart()).tenant(TENANT).actor(UserId.of("olivia")).build();
    crm.contacts().create(ContactDetails.builder().name("Ana", "Lima").tag("vip").build());
    segments = CrmAnalytics.on(crm).segments();
    lists = CrmAnalytics.on(crm).lists();
    repository = crm.moduleContext().port(ScoringPorts.SEGMENTS);
  }

  @Test
  void definesTenLevelsOfSegmentsAndRefusesTheEleventhNamingTheLimitAndTheDepth() {
    segments.define("s0", "has tag \"vip\"");
    for (int i = 1; i <= 10; i++) {
      segments.define("s" + i, "in segment \"s" + (i - 1) + "\"");
    }
    assertThat(segments.evaluate("s10")).hasSize(1);

    assertThatThrownBy(() -> segments.define("s11", "in segment \"s10\""))
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "invalid segment 's11': text: refers through 11 levels of segments, more than the limit"
                + " of 10");
    assertThat(segments.find("s11")).isEmpty();
  }

  @Test
  void refusesARedefinitionThatPushesASegmentReferringToItBeyondTheLimit() {
    lists.create("picked");
    segments.define("s0", "has tag \"vip\"");
    for (int i = 1; i <= 10; i++) {
      segments.define("s" + i, "in segment \"s" + (i - 1) + "\"");
    }

    assertThatThrownBy(() -> segments.define("s0", "in segment \"picked\""))
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "invalid segment 's10': text: refers through 11 levels of segments, more than the limit"
                + " of 10");
    assertThat(segments.find("s0").orElseThrow().text()).isEqualTo("has tag \"vip\"");
  }

  @Test
  void refusesASegmentWhoseWrittenOutConditionHasMoreNodesThanTheLimit() {
    // an 'or' of 600 comparisons of two nodes each: 1,201 nodes
    segments.define("big", ("orderCount = 1 or ").repeat(599) + "orderCount = 2");

    assertThatThrownBy(() -> segments.define("twice", "in segment \"big\" or in segment \"big\""))
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "invalid segment 'twice': text: has 2405 nodes with the segments it names written out,"
                + " more than the limit of 2000");
  }

  @Test
  void refusesASegmentWhoseWrittenOutConditionNestsDeeperThanTheLimit() {
    segments.define("deep", "not ".repeat(150) + "has tag \"vip\"");

    assertThatThrownBy(() -> segments.define("deeper", "not ".repeat(50) + "in segment \"deep\""))
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "invalid segment 'deeper': text: is nested 201 levels deep with the segments it names"
                + " written out, more than the limit of 200");
  }

  @Test
  void refusesToEvaluateTenThousandChainedStoredSegmentsWithoutOverflowingTheStack() {
    // written to the repository directly, as a host's own storage might hold them
    repository.saveDefinition(TENANT, SegmentDefinition.of("s0", "has tag \"vip\""));
    for (int i = 1; i < 10_000; i++) {
      repository.saveDefinition(
          TENANT, SegmentDefinition.of("s" + i, "in segment \"s" + (i - 1) + "\""));
    }

    assertThatThrownBy(() -> segments.evaluate("s9999"))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith(
            "invalid segment 's9999': text: refers through more than 11 levels of segments, more"
                + " than the limit of 10: s9999 -> s9998 -> ");
    assertThatThrownBy(() -> segments.preview("in segment \"s9999\""))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("more than the limit of 10");
    assertThat(segments.evaluate("s10")).hasSize(1);
  }
}
