package io.crmkit.core.ticket;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.TeamId;
import io.crmkit.core.UserId;
import java.time.Instant;
import java.util.Map;

/**
 * Customer satisfaction over a period: the answered surveys overall, per agent (the ticket's
 * assignee) and per team.
 *
 * @param from the period's start, inclusive
 * @param to the period's end, exclusive
 * @param overall every answer in the period
 * @param byAgent the answers per assignee; tickets without one are left out
 * @param byTeam the answers per team; tickets without one are left out
 * @since 0.1
 */
public record CsatReport(
    Instant from,
    Instant to,
    Score overall,
    Map<UserId, Score> byAgent,
    Map<TeamId, Score> byTeam) {

  public CsatReport {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    requireNonNull(overall, "overall");
    byAgent = Map.copyOf(byAgent);
    byTeam = Map.copyOf(byTeam);
  }

  /**
   * The answers of one group.
   *
   * @param responses how many surveys were answered
   * @param satisfied how many answered 4 or 5
   * @param total the sum of the scores
   * @since 0.1
   */
  public record Score(int responses, int satisfied, int total) {

    /** The score of no answers. */
    public static final Score NONE = new Score(0, 0, 0);

    /** Returns this score with one more answer. */
    public Score plus(int score) {
      return new Score(responses + 1, satisfied + (score >= 4 ? 1 : 0), total + score);
    }

    /** Returns CSAT: the share of satisfied answers in percent, 0 without answers. */
    public double csatPercent() {
      return responses == 0 ? 0 : 100.0 * satisfied / responses;
    }

    /** Returns the mean score, 0 without answers. */
    public double average() {
      return responses == 0 ? 0 : (double) total / responses;
    }
  }
}
