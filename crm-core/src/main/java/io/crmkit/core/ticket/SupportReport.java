package io.crmkit.core.ticket;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.TeamId;
import io.crmkit.core.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * How the support desk did over a period: SLA attainment (targets met among the SLA clocks that
 * stopped in the period) per policy, priority, team and agent; the distributions of first-reply and
 * resolution times, in business time, of the tickets that got them in the period; and the backlog
 * of unsolved tickets at the period's end by age.
 *
 * @param from the period's start, inclusive
 * @param to the period's end, exclusive
 * @param byPolicy attainment per policy name
 * @param byPriority attainment per ticket priority
 * @param byTeam attainment per team; tickets without one left out
 * @param byAgent attainment per assignee; tickets without one left out
 * @param firstReply the first-reply times
 * @param resolution the resolution times
 * @param backlog unsolved tickets at {@code to} by age, youngest bucket first
 * @since 0.1
 */
public record SupportReport(
    Instant from,
    Instant to,
    Map<String, Attainment> byPolicy,
    Map<TicketPriority, Attainment> byPriority,
    Map<TeamId, Attainment> byTeam,
    Map<UserId, Attainment> byAgent,
    Distribution firstReply,
    Distribution resolution,
    List<AgeBucket> backlog) {

  public SupportReport {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    byPolicy = Map.copyOf(byPolicy);
    byPriority = Map.copyOf(byPriority);
    byTeam = Map.copyOf(byTeam);
    byAgent = Map.copyOf(byAgent);
    requireNonNull(firstReply, "firstReply");
    requireNonNull(resolution, "resolution");
    backlog = List.copyOf(backlog);
  }

  /**
   * SLA targets met among those measured.
   *
   * @param measured clocks that stopped
   * @param met of those, the ones that stopped in time
   * @since 0.1
   */
  public record Attainment(int measured, int met) {

    /** No clock measured. */
    public static final Attainment NONE = new Attainment(0, 0);

    /** Returns this attainment with one more clock, met or not. */
    public Attainment plus(boolean wasMet) {
      return new Attainment(measured + 1, met + (wasMet ? 1 : 0));
    }

    /** Returns the share met in percent; 100 when nothing was measured. */
    public double percent() {
      return measured == 0 ? 100 : 100.0 * met / measured;
    }
  }

  /**
   * A distribution of durations: how many, the median and the 90th percentile (nearest rank).
   *
   * @param count how many durations
   * @param median the median, zero when there are none
   * @param p90 the 90th percentile, zero when there are none
   * @since 0.1
   */
  public record Distribution(int count, Duration median, Duration p90) {

    /** Returns the distribution of {@code durations}. */
    public static Distribution of(List<Duration> durations) {
      List<Duration> sorted = new ArrayList<>(durations);
      Collections.sort(sorted);
      if (sorted.isEmpty()) {
        return new Distribution(0, Duration.ZERO, Duration.ZERO);
      }
      return new Distribution(sorted.size(), rank(sorted, 50), rank(sorted, 90));
    }

    private static Duration rank(List<Duration> sorted, int percentile) {
      int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
      return sorted.get(Math.max(0, index));
    }
  }

  /**
   * The unsolved tickets of one age range.
   *
   * @param olderThan the range's lower bound, inclusive
   * @param youngerThan the range's upper bound, exclusive; null for no bound
   * @param tickets how many tickets
   * @since 0.1
   */
  public record AgeBucket(
      Duration olderThan, @org.jspecify.annotations.Nullable Duration youngerThan, int tickets) {
    public AgeBucket {
      requireNonNull(olderThan, "olderThan");
      checkArgument(tickets >= 0, "ticket count must not be negative: %s", tickets);
    }
  }
}
