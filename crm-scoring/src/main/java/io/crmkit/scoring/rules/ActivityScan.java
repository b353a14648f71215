package io.crmkit.scoring.rules;

import io.crmkit.core.timeline.ActivityDetails;
import io.crmkit.core.timeline.ActivityDetails.PageVisit;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the engagement rules read of one activity, each fact derived at most once however many rules
 * ask: which of the model's page-address phrases the page visited contains (searched once per
 * address the call meets again, see {@link RecentTexts}), and the decay factor of the activity's
 * age for each distinct half-life of the model (computed again only for another age). One scan
 * serves the activities of one scoring call in turn ({@link #read}); not thread-safe.
 */
final class ActivityScan {

  /** The most points a match can be worth, in hundredths: 1000 points. */
  static final long MAX_POINTS = ScoringRule.MAX_POINTS * 100L;

  /** How close to a half a decayed worth must be for its rounding to be checked. */
  static final double ROUNDING_MARGIN = 1e-6;

  private static final long NO_AGE = -1;

  private final RecentTexts pages;
  private final double[] decayPerSecond;
  private final double[] factors;

  /** The age each factor was computed for: a factor depends on the age alone. */
  private final long[] factorAges;

  private @Nullable ActivityDetails details;
  private long ageSeconds;
  private long @Nullable [] pagesFound;

  /**
   * @param pages the page addresses read last, with the phrases the model's page-visit rules look
   *     for
   * @param decayPerSecond the model's distinct decay rates, by half-life index
   */
  ActivityScan(RecentTexts pages, double[] decayPerSecond) {
    this.pages = pages;
    this.decayPerSecond = decayPerSecond.clone();
    this.factors = new double[decayPerSecond.length];
    this.factorAges = new long[decayPerSecond.length];
    Arrays.fill(factorAges, NO_AGE);
  }

  /**
   * Starts reading an activity with {@code details} that happened at {@code occurredAt}, scored at
   * {@code at}; an activity dated after {@code at} is as old as one dated at {@code at}.
   */
  ActivityScan read(ActivityDetails details, Instant occurredAt, Instant at) {
    return start(details, occurredAt, at);
  }

  /**
   * Starts reading an activity known only by when it happened, an earlier match whose worth alone
   * is needed: its decay can be asked for, not its details.
   */
  ActivityScan readMatched(Instant occurredAt, Instant at) {
    return start(null, occurredAt, at);
  }

  private ActivityScan start(@Nullable ActivityDetails details, Instant occurredAt, Instant at) {
    this.details = details;
    this.ageSeconds = Math.max(0, at.getEpochSecond() - occurredAt.getEpochSecond());
    this.pagesFound = null;
    return this;
  }

  /** Returns the details of the activity being read. */
  ActivityDetails details() {
    return Objects.requireNonNull(details, "details of an earlier match asked for");
  }

  /** Returns whether the activity is a visit to a page whose address contains {@code phrase}. */
  boolean pageContains(int phrase) {
    if (!(details instanceof PageVisit visit)) {
      return false;
    }
    long[] found = pagesFound;
    if (found == null) {
      found = pages.phrasesIn(visit.url().toString());
      pagesFound = found;
    }
    return Phrases.has(found, phrase);
  }

  /**
   * Returns {@code points} decayed for half-life {@code halfLife}, one half per half-life of age,
   * rounded to a whole number: exactly {@code Math.round(points * StrictMath.exp(-rate * age))}.
   *
   * <p>{@link StrictMath#exp} is what makes an incremental score equal a full one to the bit,
   * whether the code runs interpreted or compiled, but it is several times slower than {@link
   * Math#exp}. Both are within one ulp of the true value, so for a factor of at most 1 and at most
   * {@value #MAX_POINTS} points their products differ by less than 1e-10: unless the fast product
   * lies within {@value #ROUNDING_MARGIN} of a half, where rounding could go either way, it rounds
   * as the strict one does. Only those rare products are computed again with {@link StrictMath}.
   *
   * @param points at most {@value #MAX_POINTS} in absolute value
   */
  long decayed(long points, int halfLife) {
    double estimate = points * factor(halfLife);
    double fraction = estimate - Math.floor(estimate);
    if (Math.abs(fraction - 0.5) > ROUNDING_MARGIN) {
      return Math.round(estimate);
    }
    return Math.round(points * StrictMath.exp(-decayPerSecond[halfLife] * ageSeconds));
  }

  private double factor(int halfLife) {
    if (factorAges[halfLife] != ageSeconds) {
      factors[halfLife] = Math.exp(-decayPerSecond[halfLife] * ageSeconds);
      factorAges[halfLife] = ageSeconds;
    }
    return factors[halfLife];
  }
}
