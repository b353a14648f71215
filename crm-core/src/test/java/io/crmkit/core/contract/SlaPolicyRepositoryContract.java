package io.crmkit.core.contract;

import static io.crmkit.core.fixtures.ContactFixtures.OTHER_TENANT;
import static io.crmkit.core.fixtures.ContactFixtures.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.TeamId;
import io.crmkit.core.UserId;
import io.crmkit.core.company.CompanyId;
import io.crmkit.core.customfield.CustomFieldValue;
import io.crmkit.core.spi.CrmStorage;
import io.crmkit.core.spi.SlaPolicyRepository;
import io.crmkit.core.ticket.Escalation;
import io.crmkit.core.ticket.SlaMetric;
import io.crmkit.core.ticket.SlaPolicy;
import io.crmkit.core.ticket.TicketChannel;
import io.crmkit.core.ticket.TicketCondition;
import io.crmkit.core.ticket.TicketPriority;
import io.crmkit.core.ticket.TicketStatus;
import io.crmkit.core.ticket.internal.TicketPorts;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SlaPolicyRepository} must do: keep each tenant's policies whole and in the
 * order they are tried, replace them together, and keep tenants apart. A storage answers it through
 * {@link CrmStorage#port} for {@link TicketPorts#SLA_POLICIES}.
 */
public abstract class SlaPolicyRepositoryContract {

  /** A policy using every field: a full condition, both scales' settings, each escalation. */
  public static final SlaPolicy VIP =
      SlaPolicy.builder(
              "VIP customers",
              TicketCondition.any()
                  .withPriority(TicketPriority.HIGH, TicketPriority.URGENT)
                  .withChannel(TicketChannel.EMAIL, TicketChannel.CHAT)
                  .withTag("vip")
                  .withTag("enterprise")
                  .fromCompany(CompanyId.of(new UUID(7, 7)))
                  .withCustomField("plan", CustomFieldValue.Text.of("gold"))
                  .withCustomField("seats", CustomFieldValue.Number.of(250)))
          .target(TicketPriority.URGENT, SlaMetric.FIRST_REPLY, Duration.ofMinutes(30))
          .target(TicketPriority.URGENT, SlaMetric.RESOLUTION, Duration.ofHours(4))
          .target(TicketPriority.HIGH, SlaMetric.NEXT_REPLY, Duration.ofHours(2))
          .target(TicketPriority.HIGH, SlaMetric.PERIODIC_UPDATE, Duration.ofSeconds(5_400, 7))
          .calendarHours()
          .pauseIn(SlaMetric.RESOLUTION, TicketStatus.ON_HOLD)
          .pauseIn(SlaMetric.FIRST_REPLY)
          .warnAt(60)
          .escalate(Escalation.onWarning(new Escalation.Notify(null)))
          .escalate(Escalation.onWarning(new Escalation.Notify(UserId.of("lead"))))
          .escalate(
              new Escalation(
                  Escalation.Trigger.BREACH,
                  SlaMetric.FIRST_REPLY,
                  new Escalation.Reassign(UserId.of("lead"), TeamId.of("tier-2"))))
          .escalate(Escalation.onBreach(new Escalation.Reassign(null, null)))
          .escalate(Escalation.onBreach(new Escalation.RaisePriority()))
          .escalate(
              Escalation.onBreach(
                  new Escalation.CreateTask("Call the customer", null, Duration.ZERO)))
          .escalate(
              Escalation.onBreach(
                  new Escalation.CreateTask(
                      "Review the account", UserId.of("manager"), Duration.ofDays(1))))
          .build();

  /** A plain policy with the builder's defaults. */
  public static final SlaPolicy STANDARD =
      SlaPolicy.builder("Standard", TicketCondition.any())
          .target(TicketPriority.NORMAL, SlaMetric.FIRST_REPLY, Duration.ofHours(4))
          .target(TicketPriority.NORMAL, SlaMetric.RESOLUTION, Duration.ofHours(24))
          .build();

  protected SlaPolicyRepository policies;

  /** Returns an empty storage for one test. */
  protected abstract CrmStorage newStorage();

  @BeforeEach
  void openStorage() {
    policies = newStorage().port(TicketPorts.SLA_POLICIES);
  }

  @Test
  void aTenantWithoutPoliciesHasNone() {
    assertThat(policies.policies(TENANT)).isEmpty();
  }

  @Test
  void keepsEveryFieldOfEveryPolicyInTheOrderGiven() {
    policies.replace(TENANT, List.of(VIP, STANDARD));

    assertThat(policies.policies(TENANT)).containsExactly(VIP, STANDARD);
  }

  @Test
  void replacingReplacesTheWholeListAndItsOrder() {
    SlaPolicy urgentOnly =
        SlaPolicy.builder("Urgent", TicketCondition.any().withPriority(TicketPriority.URGENT))
            .target(TicketPriority.URGENT, SlaMetric.FIRST_REPLY, Duration.ofMinutes(15))
            .build();
    policies.replace(TENANT, List.of(VIP, STANDARD));

    policies.replace(TENANT, List.of(STANDARD, urgentOnly));

    assertThat(policies.policies(TENANT)).containsExactly(STANDARD, urgentOnly);
  }

  @Test
  void replacingWithNoPoliciesLeavesNone() {
    policies.replace(TENANT, List.of(VIP, STANDARD));

    policies.replace(TENANT, List.of());

    assertThat(policies.policies(TENANT)).isEmpty();
  }

  @Test
  void aTenantNeverSeesNorReplacesAnothersPolicies() {
    policies.replace(TENANT, List.of(VIP, STANDARD));

    assertThat(policies.policies(OTHER_TENANT)).isEmpty();
    policies.replace(OTHER_TENANT, List.of(STANDARD));
    policies.replace(OTHER_TENANT, List.of());

    assertThat(policies.policies(TENANT)).containsExactly(VIP, STANDARD);
    assertThat(policies.policies(OTHER_TENANT)).isEmpty();
  }
}
