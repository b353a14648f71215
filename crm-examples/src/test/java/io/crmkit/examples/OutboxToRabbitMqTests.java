package io.crmkit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import io.crmkit.core.Crm;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.jpa.JpaCrmStorage;
import io.crmkit.jpa.outbox.OutboxHandler;
import io.crmkit.jpa.outbox.OutboxRelay;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The outbox relayed to the local RabbitMQ (skipped when none listens on 127.0.0.1:5672): a
 * connection killed in the middle of a batch loses nothing and breaks no aggregate's order.
 */
class OutboxToRabbitMqTests {

  @Test
  void theExamplePrintsTheEventsTheBrokerConfirmed() {
    assumeBroker();
    assertThat(QuickstartTests.run(() -> OutboxToRabbitMq.main(new String[0])).lines())
        .containsExactly(
            "relayed 2 events, confirmed by the broker",
            "received ContactCreated at position 1",
            "received ContactUpdated at position 2");
  }

  @Test
  void aConnectionKilledMidBatchLosesNoEventAndKeepsEachAggregatesOrder() throws Exception {
    assumeBroker();
    String queue = "crmkit.test." + UUID.randomUUID();
    ConnectionFactory broker = broker();
    try (EntityManagerFactory factory = EmbeddedH2.openDatabase("rabbitmq-kill-" + queue)) {
      Crm crm = Crm.builder().storage(JpaCrmStorage.create(factory)).build();
      for (int i = 0; i < 5; i++) {
        Contact contact =
            crm.contacts().create(ContactDetails.builder().name("Person", "No" + i).build());
        for (int change = 1; change <= 3; change++) {
          contact =
              crm.contacts()
                  .update(
                      contact, contact.details().toBuilder().jobTitle("Title " + change).build());
        }
      }
      OutboxRelay relay = JpaCrmStorage.outboxRelay(factory);

      Connection doomed = broker.newConnection();
      OutboxToRabbitMq.ConfirmedPublisher first =
          new OutboxToRabbitMq.ConfirmedPublisher(doomed, queue);
      OutboxHandler killedMidBatch =
          batch -> {
            first.deliver(batch.subList(0, 4));
            doomed.abort();
            first.deliver(batch.subList(4, batch.size()));
          };
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> relay.relay(10, killedMidBatch))
          .isInstanceOf(RuntimeException.class);

      try (Connection connection = broker.newConnection()) {
        OutboxToRabbitMq.ConfirmedPublisher publisher =
            new OutboxToRabbitMq.ConfirmedPublisher(connection, queue);
        while (relay.relay(10, publisher) > 0) {
          // until the outbox is empty
        }
        List<GetResponse> received = drain(connection, queue);

        List<Long> positions = new ArrayList<>();
        Map<String, List<Long>> firstSeenByAggregate = new HashMap<>();
        Set<Long> seen = new LinkedHashSet<>();
        for (GetResponse message : received) {
          long position = Long.parseLong(message.getProps().getMessageId());
          positions.add(position);
          if (seen.add(position)) {
            firstSeenByAggregate
                .computeIfAbsent(
                    message.getProps().getHeaders().get("aggregate").toString(),
                    a -> new ArrayList<>())
                .add(position);
          }
        }
        assertThat(seen).hasSize(20);
        assertThat(positions).as("the four confirmed before the kill come twice").hasSize(24);
        assertThat(firstSeenByAggregate).hasSize(5);
        firstSeenByAggregate.values().forEach(list -> assertThat(list).hasSize(4).isSorted());
      }
    }
  }

  private static List<GetResponse> drain(Connection connection, String queue) throws IOException {
    List<GetResponse> received = new ArrayList<>();
    try (Channel reader = connection.createChannel()) {
      for (GetResponse got = reader.basicGet(queue, true);
          got != null;
          got = reader.basicGet(queue, true)) {
        received.add(got);
      }
      reader.queueDelete(queue);
    } catch (java.util.concurrent.TimeoutException e) {
      throw new IOException(e);
    }
    return received;
  }

  private static ConnectionFactory broker() {
    ConnectionFactory broker = new ConnectionFactory();
    broker.setHost("127.0.0.1");
    broker.setPort(5672);
    return broker;
  }

  private static void assumeBroker() {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", 5672), 500);
    } catch (IOException e) {
      assumeTrue(false, "RabbitMQ does not listen on 127.0.0.1:5672");
    }
  }
}
