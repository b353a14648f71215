package io.crmkit.benchmarks.scoring;

import java.util.ArrayList;
import java.util.List;

/**
 * The running score of one contact in the Easy Rules run, the fact its rules' actions add to: fit
 * and engagement points in hundredths, and the names of the rules that fired, which are the
 * explanation. Not thread-safe: one per contact.
 */
final class LeadTally {

  private long fit;
  private long engagement;
  private final List<String> fired = new ArrayList<>();

  void addFit(String rule, long hundredths) {
    fit += hundredths;
    fired.add(rule);
  }

  void addEngagement(String rule, long hundredths) {
    engagement += hundredths;
    fired.add(rule);
  }

  long fitHundredths() {
    return fit;
  }

  long engagementHundredths() {
    return engagement;
  }

  long totalHundredths() {
    return fit + engagement;
  }

  /** Returns the rules that fired, in the order the engine fired them. */
  List<String> fired() {
    return fired;
  }
}
