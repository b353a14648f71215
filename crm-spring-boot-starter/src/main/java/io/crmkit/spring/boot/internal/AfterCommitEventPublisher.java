package io.crmkit.spring.boot.internal;

import io.crmkit.core.DomainEvent;
import io.crmkit.core.EventPublisher;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Publishes crmkit's domain events as Spring application events once they are committed: at once
 * when the unit of work ran in a transaction of its own, or after the host's transaction commits
 * when the unit joined it (and never when that transaction rolls back).
 */
public final class AfterCommitEventPublisher implements EventPublisher {

  private final ApplicationEventPublisher events;

  public AfterCommitEventPublisher(ApplicationEventPublisher events) {
    this.events = events;
  }

  @Override
  public void publish(List<DomainEvent> committed) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      committed.forEach(events::publishEvent);
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            committed.forEach(events::publishEvent);
          }
        });
  }
}
