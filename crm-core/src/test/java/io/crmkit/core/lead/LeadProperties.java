package io.crmkit.core.lead;

import static io.crmkit.core.fixtures.ContactFixtures.OWNER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.crmkit.core.UserId;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.fixtures.Ids;
import io.crmkit.core.fixtures.LeadFixtures;
import io.crmkit.core.fixtures.TestClock;
import io.crmkit.core.reason.Reason;
import io.crmkit.core.statemachine.IllegalTransitionException;
import io.crmkit.core.statemachine.TransitionRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Random command sequences on a lead: it moves exactly as {@link Lead#STATUS} allows, its history
 * is a path from new, the data of each status is there exactly in that status, and a converted lead
 * accepts nothing.
 */
class LeadProperties {

  private static final Reason NO_BUDGET = Reason.of("no_budget", "No budget");
  private static final LeadAction[] ACTIONS = LeadAction.values();
  private static final int EDITS = 2;

  @Test
  void anyCommandSequenceMovesTheLeadOnlyAsItsMachineAllows() {
    qt().forAll(lists().of(integers().between(0, 99_999)).ofSizeBetween(0, 50))
        .checkAssert(
            steps -> {
              Lead lead = LeadFixtures.aLead().build();
              Instant now = TestClock.START;
              for (int step : steps) {
                int op = step % (ACTIONS.length + EDITS);
                now = now.plus(Duration.ofMinutes(step % 97));
                Lead before = lead;
                try {
                  lead = apply(lead, op, now);
                  assertThat(before.status()).isNotEqualTo(LeadStatus.CONVERTED);
                  if (op < ACTIONS.length) {
                    assertThat(Lead.STATUS.allowedEvents(before.status())).contains(ACTIONS[op]);
                    assertThat(lead.history()).hasSize(before.history().size() + 1);
                  }
                } catch (IllegalTransitionException refused) {
                  assertThat(lead).isSameAs(before);
                  if (op < ACTIONS.length) {
                    assertThat(Lead.STATUS.allowedEvents(before.status()))
                        .doesNotContain(ACTIONS[op]);
                  } else {
                    assertThat(before.status()).isEqualTo(LeadStatus.CONVERTED);
                  }
                }
                checkInvariants(lead);
              }
            });
  }

  private static Lead apply(Lead lead, int op, Instant now) {
    if (op >= ACTIONS.length) {
      return op == ACTIONS.length
          ? lead.update(lead.details(), now, OWNER).state()
          : lead.assign(UserId.of("bruno"), now, OWNER).state();
    }
    return switch (ACTIONS[op]) {
      case ATTEMPT_CONTACT -> lead.attemptContact(now, OWNER).state();
      case CONNECT -> lead.connect(now, OWNER).state();
      case QUALIFY -> lead.qualify(now, OWNER).state();
      case CONVERT ->
          lead.convert(
                  new Conversion(ContactId.of(Ids.next()), true, null, false, null, now, OWNER),
                  now,
                  OWNER)
              .state();
      case DISQUALIFY -> lead.disqualify(NO_BUDGET, now, OWNER).state();
      case NURTURE -> lead.nurture(now.plus(Duration.ofDays(30)), now, OWNER).state();
      case RECYCLE -> lead.recycle(now, OWNER).state();
    };
  }

  private static void checkInvariants(Lead lead) {
    List<TransitionRecord<LeadStatus, LeadAction>> history = lead.history();
    LeadStatus expected = LeadStatus.NEW;
    for (TransitionRecord<LeadStatus, LeadAction> record : history) {
      assertThat(record.from()).isEqualTo(expected);
      assertThat(Lead.STATUS.allowedEvents(record.from())).contains(record.event());
      expected = record.to();
    }
    assertThat(lead.status()).isEqualTo(expected);
    assertThat(lead.unqualifiedReason().isPresent())
        .isEqualTo(lead.status() == LeadStatus.UNQUALIFIED);
    assertThat(lead.recycleAt().isPresent()).isEqualTo(lead.status() == LeadStatus.NURTURE);
    assertThat(lead.conversion().isPresent()).isEqualTo(lead.status() == LeadStatus.CONVERTED);
    if (lead.status() == LeadStatus.CONVERTED) {
      assertThat(Lead.STATUS.allowedEvents(lead.status())).isEmpty();
    }
  }
}
