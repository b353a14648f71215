package io.crmkit.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import io.crmkit.core.Crm;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.jpa.JpaCrmStorage;
import io.crmkit.jpa.outbox.OutboxHandler;
import io.crmkit.jpa.outbox.OutboxMessage;
import io.crmkit.jpa.outbox.OutboxRelay;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/**
 * The JPA outbox relayed to RabbitMQ with the official Java client and publisher confirms: a batch
 * of events leaves the outbox only once the broker has confirmed every message of it, so delivery
 * is at least once, in order for each aggregate.
 *
 * @since 0.1
 */
public final class OutboxToRabbitMq {

  private OutboxToRabbitMq() {}

  /**
   * Publishes outbox batches to a queue through RabbitMQ's default exchange: each event a
   * persistent message whose id is its outbox position (by which a consumer drops a repeat), with
   * the tenant and aggregate in its headers. Returns only once the broker confirmed the whole
   * batch; throws otherwise, so that the relay keeps the batch in the outbox for its next call.
   */
  public static final class ConfirmedPublisher implements OutboxHandler {

    private final Channel channel;
    private final String queue;

    /**
     * @param connection an open connection to the broker
     * @param queue the queue to publish to; declared here if missing, durable
     * @throws IOException if the channel cannot be opened or the queue declared
     */
    public ConfirmedPublisher(Connection connection, String queue) throws IOException {
      this.queue = requireNonNull(queue, "queue");
      this.channel = connection.createChannel();
      channel.queueDeclare(queue, true, false, false, null);
      channel.confirmSelect();
    }

    @Override
    public void deliver(List<OutboxMessage> messages) {
      try {
        for (OutboxMessage message : messages) {
          channel.basicPublish("", queue, properties(message), message.payload().getBytes(UTF_8));
        }
        channel.waitForConfirmsOrDie(10_000);
      } catch (IOException e) {
        throw new UncheckedIOException("the broker did not take the batch", e);
      } catch (TimeoutException e) {
        throw new IllegalStateException("the broker did not confirm the batch in 10 s", e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for confirms", e);
      }
    }

    private static AMQP.BasicProperties properties(OutboxMessage message) {
      return new AMQP.BasicProperties.Builder()
          .messageId(String.valueOf(message.position()))
          .type(message.eventType())
          .contentType("application/json")
          .deliveryMode(2)
          .headers(Map.of("tenant", message.tenant().value(), "aggregate", message.aggregateId()))
          .build();
    }
  }

  /** Relays a new contact's events to a queue on the local broker and reads them back. */
  public static void main(String[] args) {
    try {
      relayAndRead("crmkit.example.events");
    } catch (IOException e) {
      throw new UncheckedIOException("RabbitMQ at 127.0.0.1:5672 is not reachable", e);
    } catch (TimeoutException e) {
      throw new IllegalStateException("RabbitMQ did not answer in time", e);
    }
  }

  private static void relayAndRead(String queue) throws IOException, TimeoutException {
    ConnectionFactory broker = new ConnectionFactory();
    broker.setHost("127.0.0.1");
    broker.setPort(5672);
    try (EntityManagerFactory factory = EmbeddedH2.openDatabase("rabbitmq-example");
        Connection connection = broker.newConnection("crmkit-outbox-relay")) {
      Crm crm = Crm.builder().storage(JpaCrmStorage.create(factory)).build();
      Contact ana =
          crm.contacts()
              .create(
                  ContactDetails.builder().name("Ana", "Lima").email("ana@example.com").build());
      crm.contacts().update(ana, ana.details().toBuilder().jobTitle("Buyer").build());

      OutboxRelay relay = JpaCrmStorage.outboxRelay(factory);
      ConfirmedPublisher publisher = new ConfirmedPublisher(connection, queue);
      int relayed = 0;
      for (int batch = relay.relay(100, publisher);
          batch > 0;
          batch = relay.relay(100, publisher)) {
        relayed += batch;
      }
      System.out.println("relayed " + relayed + " events, confirmed by the broker");

      try (Channel reader = connection.createChannel()) {
        for (GetResponse got = reader.basicGet(queue, true);
            got != null;
            got = reader.basicGet(queue, true)) {
          System.out.println(
              "received "
                  + got.getProps().getType()
                  + " at position "
                  + got.getProps().getMessageId());
        }
        reader.queueDelete(queue);
      }
    }
  }
}
