package io.crmkit.benchmarks.forecast;

import io.crmkit.core.Revision;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.deal.Deal;
import io.crmkit.core.deal.DealDetails;
import io.crmkit.core.deal.DealId;
import io.crmkit.core.deal.Pipeline;
import io.crmkit.core.deal.PipelineId;
import io.crmkit.core.deal.PipelinePolicy;
import io.crmkit.core.deal.Stage;
import io.crmkit.core.deal.StageChange;
import io.crmkit.core.deal.StageId;
import io.crmkit.core.money.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * A seeded, reproducible sales history: one pipeline of five open stages, deals restored with
 * {@link Deal#restore} and histories of random moves (forward mostly, sometimes back, won, lost,
 * reopened). Each pair of deals makes eight moves between them, so {@code n} deals (n even) hold
 * exactly {@code 5n} history records, openings included.
 *
 * <p>Deals share a pool of immutable details (amount, expected close date, source) and owners, as a
 * real tenant shares its reps: what is measured is the analytics, not the generator's memory.
 */
final class GeneratedSales {

  static final TenantId TENANT = TenantId.of("bench");
  static final Instant START = Instant.parse("2024-01-01T00:00:00Z");
  static final Instant NOW = Instant.parse("2027-06-01T00:00:00Z");
  private static final UserId EDITOR = UserId.of("admin");
  private static final int DETAILS = 4096;
  private static final int OWNERS = 50;
  private static final String[] SOURCES = {"web", "referral", "event", "partner", "outbound"};

  final Pipeline pipeline;
  final List<Deal> deals;
  final long historyRecords;

  private final Stage[] open;
  private final Stage won;
  private final Stage lost;

  GeneratedSales(int count, long seed) {
    if (count % 2 != 0) {
      throw new IllegalArgumentException("an even number of deals, not " + count);
    }
    pipeline =
        Pipeline.create(
                PipelineId.of(new UUID(0, 1)),
                TENANT,
                "New business",
                List.of(
                    Stage.open(stage(1), "New", 10).rottingAfterDays(14),
                    Stage.open(stage(2), "Qualified", 20).rottingAfterDays(21),
                    Stage.open(stage(3), "Demo", 40),
                    Stage.open(stage(4), "Proposal", 60).rottingAfterDays(30),
                    Stage.open(stage(5), "Negotiation", 80),
                    Stage.won(stage(6), "Won"),
                    Stage.lost(stage(7), "Lost")),
                PipelinePolicy.FLEXIBLE,
                START,
                EDITOR)
            .state();
    open = pipeline.openStages().toArray(new Stage[0]);
    won = pipeline.wonStage();
    lost = pipeline.lostStage();
    SplittableRandom random = new SplittableRandom(seed);
    DealDetails[] details = details(random);
    UserId[] owners = new UserId[OWNERS];
    for (int i = 0; i < OWNERS; i++) {
      owners[i] = UserId.of("rep-" + i);
    }
    Duration[] waits = new Duration[24 * 60];
    for (int i = 0; i < waits.length; i++) {
      waits[i] = Duration.ofHours(i + 1).plusSeconds(random.nextInt(3600));
    }
    List<Deal> generated = new ArrayList<>(count);
    long records = 0;
    for (int i = 0; i < count; i += 2) {
      int spread = random.nextInt(5);
      for (int moves : new int[] {4 + spread, 4 - spread}) {
        Deal deal =
            deal(
                generated.size(),
                moves,
                details[random.nextInt(DETAILS)],
                owners[random.nextInt(OWNERS)],
                waits,
                random);
        generated.add(deal);
        records += deal.history().size();
      }
    }
    deals = List.copyOf(generated);
    historyRecords = records;
  }

  private Deal deal(
      int n,
      int moves,
      DealDetails details,
      UserId owner,
      Duration[] waits,
      SplittableRandom random) {
    Instant at = START.plusSeconds(random.nextLong(Duration.ofDays(730).toSeconds()));
    Stage current = open[0];
    List<StageChange> history = new ArrayList<>(moves + 1);
    history.add(
        new StageChange(
            StageChange.Kind.OPENED,
            null,
            current.id(),
            current.probability(),
            at,
            owner,
            Duration.ZERO,
            null));
    for (int m = 0; m < moves; m++) {
      Duration wait = waits[random.nextInt(waits.length)];
      at = at.plus(wait);
      Stage next;
      StageChange.Kind kind;
      if (!current.isOpen()) {
        next = open[random.nextInt(open.length)];
        kind = StageChange.Kind.REOPENED;
      } else {
        int roll = random.nextInt(100);
        int position = position(current);
        if (roll < 12) {
          next = lost;
          kind = StageChange.Kind.LOST;
        } else if (roll < 20 || position == open.length - 1) {
          next = won;
          kind = StageChange.Kind.WON;
        } else if (roll < 30 && position > 0) {
          next = open[position - 1];
          kind = StageChange.Kind.MOVED;
        } else {
          next = open[position + 1];
          kind = StageChange.Kind.MOVED;
        }
      }
      history.add(
          new StageChange(
              kind,
              current.id(),
              next.id(),
              next.probability(),
              at,
              owner,
              wait,
              kind == StageChange.Kind.LOST ? "price" : null));
      current = next;
    }
    Instant opened = history.get(0).at();
    return Deal.restore(
        DealId.of(new UUID(1, n)),
        TENANT,
        new Revision(moves + 1L, opened, at),
        details,
        owner,
        pipeline.id(),
        current,
        history);
  }

  private int position(Stage stage) {
    for (int i = 0; i < open.length; i++) {
      if (open[i] == stage) {
        return i;
      }
    }
    throw new IllegalStateException("not an open stage: " + stage);
  }

  private static DealDetails[] details(SplittableRandom random) {
    DealDetails[] details = new DealDetails[DETAILS];
    for (int i = 0; i < DETAILS; i++) {
      DealDetails.Builder builder =
          DealDetails.builder()
              .name("Deal " + i)
              .amount(
                  Money.of(
                      BigDecimal.valueOf(100_000 + random.nextInt(10_000_000), 2),
                      java.util.Currency.getInstance("EUR")))
              .source(SOURCES[random.nextInt(SOURCES.length)]);
      if (random.nextInt(10) != 0) {
        builder.expectedCloseDate(LocalDate.of(2025, 1, 1).plusDays(random.nextInt(900)));
      }
      details[i] = builder.build();
    }
    return details;
  }

  private static StageId stage(int n) {
    return StageId.of(new UUID(0, 100 + n));
  }
}
