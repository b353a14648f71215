package io.crmkit.spring.boot.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.crmkit.core.DomainEvent;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.contact.ContactEvent;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.contactpoint.EmailAddress;
import io.crmkit.spring.boot.CrmFactory;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The host application on H2: REST requests of two tenants, a host transaction that rolls back
 * crmkit's writes with its own, events after commit, the outbox relayed to the host, and the host's
 * own Flyway migrations beside crmkit's.
 */
@SpringBootTest(properties = "crmkit.outbox.interval=50ms")
@AutoConfigureMockMvc
class HostApplicationTests {

  @Autowired private MockMvc mvc;
  @Autowired private Signups signups;
  @Autowired private CrmFactory crms;
  @Autowired private HeardByTheHost heard;
  @Autowired private JdbcTemplate jdbc;

  private final String tenant = "acme-" + UUID.randomUUID();
  private final String otherTenant = "globex-" + UUID.randomUUID();

  @Test
  void createsContactsThroughTheRestApiInTheRequestsTenant() throws Exception {
    String id = signUp(tenant, "ana@acme.example", 201);

    assertThat(list(tenant)).isEqualTo("[\"ana@acme.example\"]");
    assertThat(crms.open(TenantId.of(tenant), UserId.of("ana")).contacts().get(ContactId.parse(id)))
        .extracting(contact -> contact.details().primaryEmail().orElseThrow().value())
        .isEqualTo("ana@acme.example");
    assertThat(signups.signedUp("ana@acme.example")).isTrue();
  }

  @Test
  void twoTenantsNeverSeeEachOthersContacts() throws Exception {
    String ana = signUp(tenant, "ana@shared.example", 201);
    signUp(otherTenant, "bob@shared.example", 201);

    assertThat(list(tenant)).isEqualTo("[\"ana@shared.example\"]");
    assertThat(list(otherTenant)).isEqualTo("[\"bob@shared.example\"]");
    assertThat(
            crms.open(TenantId.of(otherTenant), UserId.of("bob"))
                .contacts()
                .find(ContactId.parse(ana)))
        .isEmpty();
  }

  @Test
  void rollsBackTheContactWithTheHostsOwnRow() throws Exception {
    signUp(tenant, "eve@blocked.example", 422);

    assertThat(signups.signedUp("eve@blocked.example")).isFalse();
    assertThat(
            crms.open(TenantId.of(tenant), UserId.of("eve"))
                .contacts()
                .findByEmail(EmailAddress.of("eve@blocked.example")))
        .isEmpty();
    assertThat(list(tenant)).isEqualTo("[]");
    assertThat(eventsOf(tenant)).isEmpty();
  }

  @Test
  void publishesTheCommittedEventsAsSpringEvents() throws Exception {
    String id = signUp(tenant, "ana@events.example", 201);

    assertThat(eventsOf(tenant))
        .singleElement()
        .isInstanceOfSatisfying(
            ContactEvent.ContactCreated.class,
            created -> assertThat(created.aggregateId()).isEqualTo(id));
  }

  @Test
  void relaysTheOutboxToTheHostsHandler() throws Exception {
    String id = signUp(tenant, "ana@outbox.example", 201);

    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> heard.relayed().stream().anyMatch(m -> m.aggregateId().equals(id)));
    assertThat(heard.relayed())
        .filteredOn(message -> message.tenant().equals(TenantId.of(tenant)))
        .singleElement()
        .satisfies(
            message -> {
              assertThat(message.aggregateId()).isEqualTo(id);
              assertThat(message.eventType()).isEqualTo("ContactCreated");
            });
  }

  @Test
  void refusesARequestThatNamesNoTenant() throws Exception {
    mvc.perform(get("/contacts")).andExpect(status().isUnauthorized());
  }

  @Test
  void keepsItsMigrationsApartFromTheHostsOwn() {
    List<String> crmkits =
        jdbc.queryForList(
            "select \"description\" from \"crm_schema_history\" where \"success\" = true",
            String.class);
    List<String> hosts =
        jdbc.queryForList(
            "select \"description\" from \"flyway_schema_history\" where \"success\" = true",
            String.class);

    assertThat(crmkits).hasSizeGreaterThan(10).doesNotContain("signups");
    assertThat(hosts).contains("signups").hasSizeLessThan(3);
  }

  private String signUp(String tenantId, String email, int expectedStatus) throws Exception {
    String body =
        "{\"given\":\"%s\",\"family\":\"Lima\",\"email\":\"%s\"}"
            .formatted(email.substring(0, email.indexOf('@')), email);
    return mvc.perform(
            post("/contacts")
                .header("X-Tenant", tenantId)
                .header("X-User", "ana")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().is(expectedStatus))
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private String list(String tenantId) throws Exception {
    return mvc.perform(get("/contacts").header("X-Tenant", tenantId).header("X-User", "ana"))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private List<DomainEvent> eventsOf(String tenantId) {
    return heard.events().stream()
        .filter(event -> event.tenant().equals(TenantId.of(tenantId)))
        .toList();
  }
}
