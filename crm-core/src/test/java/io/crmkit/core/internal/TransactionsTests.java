package io.crmkit.core.internal;

import static io.crmkit.core.fixtures.ContactFixtures.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.DomainEvent;
import io.crmkit.core.TenantId;
import io.crmkit.core.fixtures.TestClock;
import io.crmkit.core.spi.UnitOfWork;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class TransactionsTests {

  private final List<String> trace = new ArrayList<>();
  private final UnitOfWork unit =
      new UnitOfWork() {
        @Override
        public <T> T execute(Supplier<T> work) {
          trace.add("begin");
          try {
            T result = work.get();
            trace.add("commit");
            return result;
          } catch (RuntimeException e) {
            trace.add("rollback");
            throw e;
          }
        }
      };
  private final Transactions transactions =
      new Transactions(
          unit,
          events -> trace.add("journal " + names(events)),
          events -> trace.add("publish " + names(events)));

  @Test
  void recordsTheEventsInTheJournalInsideTheUnitAndPublishesThemAfterTheCommit() {
    transactions.write(
        events -> {
          events.add(new Happened("first"));
          events.add(new Happened("second"));
          return null;
        });

    assertThat(trace)
        .containsExactly("begin", "journal first,second", "commit", "publish first,second");
  }

  @Test
  void journalsTheEventsOfNestedCommandsOnceWithTheOuterUnit() {
    transactions.write(
        outer -> {
          outer.add(new Happened("outer"));
          return transactions.write(
              inner -> {
                inner.add(new Happened("inner"));
                return null;
              });
        });

    assertThat(trace)
        .containsExactly(
            "begin", "begin", "commit", "journal outer,inner", "commit", "publish outer,inner");
  }

  @Test
  void neitherJournalsNorPublishesTheEventsOfAFailedCommand() {
    assertThatThrownBy(
            () ->
                transactions.write(
                    events -> {
                      events.add(new Happened("lost"));
                      throw new IllegalStateException("command failed");
                    }))
        .hasMessage("command failed");

    assertThat(trace).containsExactly("begin", "rollback");
  }

  @Test
  void leavesTheJournalOutWhenACommandRaisesNothing() {
    transactions.write(events -> null);

    assertThat(trace).containsExactly("begin", "commit");
  }

  private static String names(List<DomainEvent> events) {
    return String.join(",", events.stream().map(e -> ((Happened) e).name()).toList());
  }

  private record Happened(String name) implements DomainEvent {
    @Override
    public TenantId tenant() {
      return TENANT;
    }

    @Override
    public Instant occurredAt() {
      return TestClock.START;
    }

    @Override
    public String aggregateId() {
      return name;
    }
  }
}
