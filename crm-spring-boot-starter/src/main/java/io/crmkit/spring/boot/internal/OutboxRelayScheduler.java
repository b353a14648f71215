package io.crmkit.spring.boot.internal;

import io.crmkit.jpa.outbox.OutboxHandler;
import io.crmkit.jpa.outbox.OutboxRelay;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the outbox relay on a thread of its own while the application runs: it relays batch after
 * batch while events wait, and pauses for the configured interval when none does or a delivery
 * fails (the batch then stays in the outbox for the next run).
 */
public final class OutboxRelayScheduler implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(OutboxRelayScheduler.class);

  private final OutboxRelay relay;
  private final OutboxHandler handler;
  private final int batchSize;
  private final Duration interval;
  private @Nullable ScheduledExecutorService executor;

  public OutboxRelayScheduler(
      OutboxRelay relay, OutboxHandler handler, int batchSize, Duration interval) {
    if (batchSize < 1 || batchSize > 10_000) {
      throw new IllegalArgumentException(
          "crmkit.outbox.batch-size must be 1 to 10000: " + batchSize);
    }
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("crmkit.outbox.interval must be positive: " + interval);
    }
    this.relay = relay;
    this.handler = handler;
    this.batchSize = batchSize;
    this.interval = interval;
  }

  @Override
  public synchronized void start() {
    if (executor != null) {
      return;
    }
    executor =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "crmkit-outbox-relay");
              thread.setDaemon(true);
              return thread;
            });
    executor.scheduleWithFixedDelay(
        this::drain, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Relays until a run finds fewer events than a batch; a failure waits for the next run. */
  void drain() {
    try {
      int delivered;
      do {
        delivered = relay.relay(batchSize, handler);
      } while (delivered == batchSize);
    } catch (RuntimeException failure) {
      log.warn("crmkit outbox relay failed; the events stay for the next run", failure);
    }
  }

  @Override
  public synchronized void stop() {
    if (executor == null) {
      return;
    }
    executor.shutdown();
    try {
      if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException interrupted) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
    executor = null;
  }

  @Override
  public synchronized boolean isRunning() {
    return executor != null;
  }
}
