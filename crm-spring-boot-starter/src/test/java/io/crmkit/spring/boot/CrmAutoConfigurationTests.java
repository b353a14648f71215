package io.crmkit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.Crm;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.calendar.BusinessCalendar;
import io.crmkit.core.calendar.TimeWindow;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.memory.InMemoryCrmStorage;
import io.crmkit.core.spi.CrmStorage;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The starter without a database: the in-memory CRM, its settings, and beans that back off. */
class CrmAutoConfigurationTests {

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(CrmAutoConfiguration.class));

  @Test
  void opensTheInMemoryCrmWithoutADataSource() {
    runner.run(
        context -> {
          assertThat(context).hasSingleBean(Crm.class);
          assertThat(context.getBean(CrmStorage.class)).isInstanceOf(InMemoryCrmStorage.class);
          Crm crm = context.getBean(Crm.class);
          assertThat(crm.tenant()).isEqualTo(TenantId.of("default"));
          assertThat(crm.actor()).isEqualTo(UserId.of("system"));
          crm.contacts().create(ContactDetails.builder().name("Ana", "Lima").build());
          assertThat(crm.contacts().count()).isEqualTo(1);
        });
  }

  @Test
  void takesTheTenantActorAndCalendarFromTheProperties() {
    runner
        .withPropertyValues(
            "crmkit.tenant=acme",
            "crmkit.actor=ops",
            "crmkit.calendar.zone=Europe/Berlin",
            "crmkit.calendar.working-days=MONDAY,TUESDAY,WEDNESDAY,THURSDAY",
            "crmkit.calendar.hours=08:00-12:00,13:00-17:30",
            "crmkit.calendar.holidays=2026-12-24,2026-12-25")
        .run(
            context -> {
              Crm crm = context.getBean(Crm.class);
              assertThat(crm.tenant()).isEqualTo(TenantId.of("acme"));
              assertThat(crm.actor()).isEqualTo(UserId.of("ops"));
              BusinessCalendar calendar = crm.calendar();
              assertThat(calendar.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
              assertThat(calendar.workingDays()).doesNotContain(DayOfWeek.FRIDAY).hasSize(4);
              assertThat(calendar.hoursOn(DayOfWeek.MONDAY))
                  .containsExactly(
                      TimeWindow.of(LocalTime.of(8, 0), LocalTime.of(12, 0)),
                      TimeWindow.of(LocalTime.of(13, 0), LocalTime.of(17, 30)));
              assertThat(calendar.holidays())
                  .containsExactly(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 25));
            });
  }

  @Test
  void refusesWorkingHoursThatAreNoWindowNamingThePropertyAndTheValue() {
    runner
        .withPropertyValues("crmkit.calendar.hours=9 to 5")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .hasStackTraceContaining("crmkit.calendar.hours must be HH:mm-HH:mm windows")
                    .rootCause()
                    .hasMessageContaining("working hours must be written HH:MM-HH:MM: '9 to 5'"));
  }

  @Test
  void backsOffWhenTheHostDefinesItsOwnStorageAndCrm() {
    CrmStorage hostStorage = InMemoryCrmStorage.create();
    Crm hostCrm = Crm.builder().tenant(TenantId.of("host")).build();
    runner
        .withBean(CrmStorage.class, () -> hostStorage)
        .run(context -> assertThat(context.getBean(CrmStorage.class)).isSameAs(hostStorage));
    runner
        .withBean(Crm.class, () -> hostCrm)
        .run(
            context -> {
              assertThat(context.getBean(Crm.class)).isSameAs(hostCrm);
              assertThat(context.getBean(CrmFactory.class).defaultTenant()).isSameAs(hostCrm);
            });
  }

  @Test
  void opensTheCrmForTheTenantTheResolverFinds() {
    runner
        .withBean(TenantResolver.class, () -> () -> Optional.of(CrmIdentity.of("globex", "hank")))
        .run(
            context -> {
              Crm current = context.getBean(CrmFactory.class).current();
              assertThat(current.tenant()).isEqualTo(TenantId.of("globex"));
              assertThat(current.actor()).isEqualTo(UserId.of("hank"));
            });
    runner
        .withBean(TenantResolver.class, () -> Optional::empty)
        .run(
            context ->
                org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> context.getBean(CrmFactory.class).current())
                    .isInstanceOf(CrmIdentityMissingException.class));
  }

  @Test
  void listsEveryPropertyInTheMetadata() throws Exception {
    List<String> names =
        List.of(
            "crmkit.tenant",
            "crmkit.calendar.zone",
            "crmkit.calendar.hours",
            "crmkit.outbox.interval",
            "crmkit.jpa.history-table",
            "crmkit.jpa.postgresql-custom-plans",
            "crmkit.security.administrator-authority");
    String metadata =
        new String(
            getClass()
                .getResourceAsStream("/META-INF/spring-configuration-metadata.json")
                .readAllBytes(),
            java.nio.charset.StandardCharsets.UTF_8);
    assertThat(names).allSatisfy(name -> assertThat(metadata).contains("\"" + name + "\""));
  }
}
