package io.crmkit.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crmkit.core.Crm;
import io.crmkit.core.consent.Channel;
import io.crmkit.core.consent.ConsentEntry;
import io.crmkit.core.consent.ConsentEvidence;
import io.crmkit.core.consent.ConsentSource;
import io.crmkit.core.consent.LegalBasis;
import io.crmkit.core.consent.Purpose;
import io.crmkit.core.consent.Subscription;
import io.crmkit.core.consent.SuppressedAddress;
import io.crmkit.core.consent.SuppressionReason;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.fixtures.TestClock;
import io.crmkit.core.party.LifecycleStage;
import io.crmkit.jpa.outbox.OutboxMessage;
import io.crmkit.jpa.outbox.OutboxRelay;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OutboxRelayTests {

  private static final List<LifecycleStage> STAGES =
      List.of(
          LifecycleStage.MARKETING_QUALIFIED,
          LifecycleStage.SALES_QUALIFIED,
          LifecycleStage.OPPORTUNITY,
          LifecycleStage.CUSTOMER);

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void writesACommandsEventsToTheOutboxInItsTransaction(TestDatabase database) throws Exception {
    database.assumeConfigured();
    Crm crm = crm(database);
    OutboxRelay relay = JpaCrmStorage.outboxRelay(database.factory());

    Contact ana = crm.contacts().create(details("Ana", "ana@example.com"));
    assertThatThrownBy(() -> crm.contacts().create(details("Copy", "ana@example.com")))
        .isInstanceOf(io.crmkit.core.DuplicateException.class);

    List<OutboxMessage> delivered = new ArrayList<>();
    assertThat(relay.relay(10, delivered::addAll)).isEqualTo(1);
    OutboxMessage created = delivered.get(0);
    assertThat(created.eventType()).isEqualTo("ContactCreated");
    assertThat(created.aggregateId()).isEqualTo(ana.id().toString());
    assertThat(created.tenant()).isEqualTo(crm.tenant());
    assertThat(created.occurredAt()).isEqualTo(TestClock.START);
    // PostgreSQL's jsonb reformats the text: compare the parsed document
    JsonNode payload = new ObjectMapper().readTree(created.payload());
    assertThat(payload.path("contactId").asText()).isEqualTo(ana.id().toString());
    assertThat(payload.path("tenant").asText()).isEqualTo(crm.tenant().value());
    assertThat(payload.path("by").asText()).isEqualTo(crm.actor().value());
    assertThat(relay.relay(10, delivered::addAll)).isZero();
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void keepsABatchWhoseHandlerFailedForTheNextRun(TestDatabase database) {
    database.assumeConfigured();
    Crm crm = crm(database);
    OutboxRelay relay = JpaCrmStorage.outboxRelay(database.factory());
    crm.contacts().create(details("Ana", "ana@example.com"));

    assertThatThrownBy(
            () ->
                relay.relay(
                    10,
                    messages -> {
                      throw new IllegalStateException("broker down");
                    }))
        .hasMessage("broker down");

    List<OutboxMessage> again = new ArrayList<>();
    assertThat(relay.relay(10, again::addAll)).isEqualTo(1);
    assertThat(again).extracting(OutboxMessage::eventType).containsExactly("ContactCreated");
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void twoRelaysInParallelDeliverEveryEventOnceInOrderPerAggregate(TestDatabase database)
      throws Exception {
    database.assumeConfigured();
    Crm crm = crm(database);
    int contacts = 20;
    for (int i = 0; i < contacts; i++) {
      Contact contact = crm.contacts().create(details("Person" + i, "p" + i + "@example.com"));
      for (LifecycleStage stage : STAGES) {
        contact = crm.contacts().moveTo(contact.id(), contact.version(), stage);
      }
    }
    int expected = contacts * (1 + STAGES.size());
    List<OutboxMessage> delivered = Collections.synchronizedList(new ArrayList<>());
    OutboxRelay first = JpaCrmStorage.outboxRelay(database.factory());
    OutboxRelay second = JpaCrmStorage.outboxRelay(database.factory());

    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Integer>> runs = new ArrayList<>();
      for (OutboxRelay relay : List.of(first, second)) {
        runs.add(pool.submit(() -> drain(relay, delivered, expected)));
      }
      for (Future<Integer> run : runs) {
        run.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(delivered).hasSize(expected);
    assertThat(new HashSet<>(delivered.stream().map(OutboxMessage::position).toList()))
        .hasSize(expected);
    Map<String, List<Long>> byAggregate = new LinkedHashMap<>();
    for (OutboxMessage message : delivered) {
      byAggregate
          .computeIfAbsent(message.aggregateId(), id -> new ArrayList<>())
          .add(message.position());
    }
    assertThat(byAggregate).hasSize(contacts);
    byAggregate.values().forEach(positions -> assertThat(positions).isSorted().hasSize(5));
  }

  /** Relays small batches until every expected event was delivered by one relay or the other. */
  private static int drain(OutboxRelay relay, List<OutboxMessage> delivered, int expected)
      throws InterruptedException {
    int mine = 0;
    Instant deadline = Instant.now().plus(Duration.ofSeconds(50));
    while (delivered.size() < expected && Instant.now().isBefore(deadline)) {
      int count = relay.relay(3, delivered::addAll);
      mine += count;
      if (count == 0) {
        Thread.sleep(2);
      }
    }
    return mine;
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void writesConsentEventsWithIdsAndWithoutTheEvidence(TestDatabase database) throws Exception {
    database.assumeConfigured();
    Crm crm = crm(database);
    OutboxRelay relay = JpaCrmStorage.outboxRelay(database.factory());
    Purpose newsletter = crm.consent().defineType(Purpose.of("newsletter"), "News").purpose();
    Contact ana = crm.contacts().create(details("Ana", "ana@example.com"));
    Subscription subscription = Subscription.of(ana.id(), Channel.EMAIL, newsletter);
    relay.relay(10, messages -> {});

    ConsentEntry granted =
        crm.consent()
            .grant(
                subscription,
                LegalBasis.CONSENT,
                ConsentSource.FORM,
                ConsentEvidence.of("Send me the news", "footer", "203.0.113.7"));
    crm.consent().suppress(SuppressedAddress.domain("spamtrap.example"), SuppressionReason.MANUAL);

    List<OutboxMessage> delivered = new ArrayList<>();
    assertThat(relay.relay(10, delivered::addAll)).isEqualTo(2);
    assertThat(delivered)
        .extracting(OutboxMessage::eventType, OutboxMessage::aggregateId)
        .containsExactly(
            tuple("ConsentGranted", ana.id().toString()),
            tuple("AddressSuppressed", crm.tenant().value()));
    JsonNode grant = new ObjectMapper().readTree(delivered.get(0).payload());
    assertThat(grant.path("entry").asText()).isEqualTo(granted.id().toString());
    assertThat(grant.path("contactId").asText()).isEqualTo(ana.id().toString());
    assertThat(grant.path("purpose").asText()).isEqualTo("newsletter");
    assertThat(delivered.get(0).payload()).doesNotContain("203.0.113.7", "footer");
    JsonNode suppressed = new ObjectMapper().readTree(delivered.get(1).payload());
    assertThat(suppressed.path("address").path("value").asText()).isEqualTo("spamtrap.example");
  }

  private static Crm crm(TestDatabase database) {
    return Crm.builder().storage(database.freshStorage()).clock(TestClock.atStart()).build();
  }

  private static ContactDetails details(String name, String email) {
    return ContactDetails.builder().name(name, "Test").email(email).build();
  }
}
