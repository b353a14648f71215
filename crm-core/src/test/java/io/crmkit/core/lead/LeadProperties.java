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
import org.quicktheories.core.Gen;

/**
 * Random command sequences on a lead: it moves exactly as {@link Lead#STATUS} allows, its history
 * is a path from new, the data of each status is there exactly in that status, and a converted lead
 * accepts nothing.
 */
class LeadProperties {

  private static final Reason NO_BUDGET = Reason.of("no_budget", "No budget");
  private static final LeadAction[] ACTIONS = LeadAction.values();

  /**
   * One command on the lead, some minutes after the one before, so that a shrunk failure reads as
   * the commands that broke the machine: {@code [Act[action=QUALIFY, minutes=0],
   * Update[minutes=3]]}.
   */
  sealed interface Command {

    /** The minutes since the command before. */
    int minutes();

    /** Applies the command to {@code lead} at {@code now}; refusals throw. */
    Lead apply(Lead lead, Instant now);
  }

  /** One of the status machine's actions. */
  record Act(LeadAction action, int minutes) implements Command {
    @Override
    public Lead apply(Lead lead, Instant now) {
      return switch (action) {
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
  }

  /** Updates the lead with the details it has. */
  record Update(int minutes) implements Command {
    @Override
    public Lead apply(Lead lead, Instant now) {
      return lead.update(lead.details(), now, OWNER).state();
    }
  }

  /** Assigns the lead to another user. */
  record Assign(int minutes) implements Command {
    @Override
    public Lead apply(Lead lead, Instant now) {
      return lead.assign(UserId.of("bruno"), now, OWNER).state();
    }
  }

  private static Gen<Command> commands() {
    return integers()
        .between(0, ACTIONS.length + 1)
        .<Integer, Command>zip(
            integers().between(0, 96),
            (kind, minutes) ->
                kind < ACTIONS.length
                    ? new Act(ACTIONS[kind], minutes)
                    : kind == ACTIONS.length ? new Update(minutes) : new Assign(minutes));
  }

  @Test
  void anyCommandSequenceMovesTheLeadOnlyAsItsMachineAllows() {
    qt().forAll(lists().of(commands()).ofSizeBetween(0, 50))
        .checkAssert(
            commands -> {
              Lead lead = LeadFixtures.aLead().build();
              Instant now = TestClock.START;
              for (Command command : commands) {
                now = now.plus(Duration.ofMinutes(command.minutes()));
                Lead before = lead;
                try {
                  lead = command.apply(lead, now);
                  assertThat(before.status()).isNotEqualTo(LeadStatus.CONVERTED);
                  if (command instanceof Act act) {
                    assertThat(Lead.STATUS.allowedEvents(before.status())).contains(act.action());
                    assertThat(lead.history()).hasSize(before.history().size() + 1);
                  }
                } catch (IllegalTransitionException refused) {
                  assertThat(lead).isSameAs(before);
                  if (command instanceof Act act) {
                    assertThat(Lead.STATUS.allowedEvents(before.status()))
                        .doesNotContain(act.action());
                  } else {
                    assertThat(before.status()).isEqualTo(LeadStatus.CONVERTED);
                  }
                }
                checkInvariants(lead);
              }
            });
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
