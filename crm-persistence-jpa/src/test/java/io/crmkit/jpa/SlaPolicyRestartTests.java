package io.crmkit.jpa;

import static io.crmkit.core.contract.SlaPolicyRepositoryContract.STANDARD;
import static io.crmkit.core.contract.SlaPolicyRepositoryContract.VIP;
import static io.crmkit.core.fixtures.ContactFixtures.OTHER_TENANT;
import static io.crmkit.core.fixtures.ContactFixtures.OWNER;
import static io.crmkit.core.fixtures.ContactFixtures.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.Crm;
import io.crmkit.core.TenantId;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.fixtures.TestClock;
import io.crmkit.core.ticket.Ticket;
import io.crmkit.core.ticket.TicketDetails;
import io.crmkit.core.ticket.TicketSla;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * SLA policies live in the database: a host restarted on it applies the policies defined before,
 * and a second host instance on the same database applies the policies the first defined.
 */
class SlaPolicyRestartTests {

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void policiesReadBackEqualAfterTheFactoryIsReopened(TestDatabase database) {
    database.assumeConfigured();
    database.clean();
    EntityManagerFactory first = newFactory(database);
    try {
      assertThat(crmOn(first, TENANT).tickets().defineSlaPolicies(List.of(VIP, STANDARD))).isZero();
    } finally {
      first.close();
    }

    EntityManagerFactory second = newFactory(database);
    try {
      assertThat(crmOn(second, TENANT).tickets().slaPolicies()).containsExactly(VIP, STANDARD);
      assertThat(crmOn(second, OTHER_TENANT).tickets().slaPolicies()).isEmpty();
    } finally {
      second.close();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aSecondHostInstanceAppliesThePoliciesTheFirstDefined(TestDatabase database) {
    database.assumeConfigured();
    database.clean();
    EntityManagerFactory one = newFactory(database);
    EntityManagerFactory two = newFactory(database);
    try {
      Crm first = crmOn(one, TENANT);
      Crm second = crmOn(two, TENANT);
      Contact ana = first.contacts().create(ContactDetails.builder().name("Ana", "Lima").build());
      Ticket before =
          second
              .tickets()
              .open(TicketDetails.builder().subject("Slow").requester(ana.id()).build());

      first.tickets().defineSlaPolicies(List.of(VIP, STANDARD));
      Ticket after =
          second
              .tickets()
              .open(TicketDetails.builder().subject("Down").requester(ana.id()).build());

      assertThat(before.sla()).isEmpty();
      assertThat(after.sla().map(TicketSla::policy)).contains(STANDARD.name());
      assertThat(second.tickets().get(before.id()).sla().map(TicketSla::policy))
          .contains(STANDARD.name());
      assertThat(second.tickets().slaPolicies()).containsExactly(VIP, STANDARD);
    } finally {
      one.close();
      two.close();
    }
  }

  private static EntityManagerFactory newFactory(TestDatabase database) {
    return Persistence.createEntityManagerFactory(
        TestDatabase.configuration(database.dataSource()));
  }

  private static Crm crmOn(EntityManagerFactory factory, TenantId tenant) {
    return Crm.builder()
        .storage(JpaCrmStorage.create(factory))
        .tenant(tenant)
        .actor(OWNER)
        .clock(TestClock.atStart())
        .build();
  }
}
