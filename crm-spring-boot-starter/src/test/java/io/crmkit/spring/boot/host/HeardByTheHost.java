package io.crmkit.spring.boot.host;

import io.crmkit.core.DomainEvent;
import io.crmkit.jpa.outbox.OutboxHandler;
import io.crmkit.jpa.outbox.OutboxMessage;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** What the host hears from crmkit: domain events as Spring events, and the relayed outbox. */
@Component
public class HeardByTheHost implements OutboxHandler {

  private final List<DomainEvent> events = new CopyOnWriteArrayList<>();
  private final List<OutboxMessage> relayed = new CopyOnWriteArrayList<>();

  @EventListener
  void on(DomainEvent event) {
    events.add(event);
  }

  @Override
  public void deliver(List<OutboxMessage> messages) {
    relayed.addAll(messages);
  }

  /** Returns the Spring application events heard so far. */
  public List<DomainEvent> events() {
    return List.copyOf(events);
  }

  /** Returns the outbox messages relayed so far. */
  public List<OutboxMessage> relayed() {
    return List.copyOf(relayed);
  }
}
