package io.crmkit.scoring.value;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.FieldError;
import io.crmkit.core.ValidationException;
import java.util.ArrayList;
import java.util.List;

/**
 * One customer's purchase history as the customer value models read it: how many repeat purchases
 * the customer made after the first, when the last one was, how long ago the first one was, and
 * what a repeat purchase was worth on average.
 *
 * <p>Times are in one unit of the caller's choice (weeks, in the published CDNOW figures), counted
 * from the customer's first purchase; purchases are counted per period (a day, when built by {@link
 * CustomerSummaries}), so several orders on one day make one purchase.
 *
 * @param customer the customer's key, never null
 * @param frequency the number of repeat purchases (purchases after the first), zero or more
 * @param recency the time from the first purchase to the last one: zero without repeat purchases,
 *     positive with them, at most {@code age}
 * @param age the time from the first purchase to the end of observation (T), zero or more
 * @param meanRepeatSpend the mean value of the repeat purchases, in the one currency of the
 *     analysis: zero without repeat purchases, zero or more with them (zero also when the spend is
 *     not known; the spend model then refuses the customer)
 * @param <C> the customer key type
 * @since 0.1
 */
public record CustomerSummary<C>(
    C customer, int frequency, double recency, double age, double meanRepeatSpend) {

  /**
   * @throws ValidationException naming every field that is out of range or inconsistent with the
   *     others
   */
  public CustomerSummary {
    requireNonNull(customer, "customer");
    List<FieldError> errors = new ArrayList<>();
    if (frequency < 0) {
      errors.add(FieldError.of("frequency", frequency, "must be zero or more"));
    }
    if (!Double.isFinite(age) || age < 0) {
      errors.add(FieldError.of("age", age, "must be finite and zero or more"));
    }
    if (!Double.isFinite(recency) || recency < 0) {
      errors.add(FieldError.of("recency", recency, "must be finite and zero or more"));
    } else if (recency > age) {
      errors.add(
          FieldError.of("recency", recency, "the last purchase cannot come after the age " + age));
    }
    if (!Double.isFinite(meanRepeatSpend) || meanRepeatSpend < 0) {
      errors.add(
          FieldError.of("meanRepeatSpend", meanRepeatSpend, "must be finite and zero or more"));
    }
    if (frequency == 0 && recency > 0) {
      errors.add(
          FieldError.of("recency", recency, "must be 0 for a customer without repeat purchases"));
    }
    if (frequency == 0 && meanRepeatSpend > 0) {
      errors.add(
          FieldError.of(
              "meanRepeatSpend",
              meanRepeatSpend,
              "must be 0 for a customer without repeat purchases"));
    }
    if (frequency > 0 && recency == 0) {
      errors.add(
          FieldError.of(
              "recency", recency, "must be positive: repeat purchases come after the first one"));
    }
    if (!errors.isEmpty()) {
      throw new ValidationException("summary of customer " + customer, errors);
    }
  }

  /**
   * Returns the summary of a customer whose spend is not known, as in a frequency-recency summary
   * without amounts: enough for {@link BgNbdModel}, not for {@link GammaGammaModel}.
   *
   * @throws ValidationException as the canonical constructor does
   */
  public static <C> CustomerSummary<C> of(C customer, int frequency, double recency, double age) {
    return new CustomerSummary<>(customer, frequency, recency, age, 0);
  }

  /**
   * Returns the summary of a customer with its mean repeat spend.
   *
   * @throws ValidationException as the canonical constructor does
   */
  public static <C> CustomerSummary<C> of(
      C customer, int frequency, double recency, double age, double meanRepeatSpend) {
    return new CustomerSummary<>(customer, frequency, recency, age, meanRepeatSpend);
  }

  /** Returns whether the customer bought again after the first purchase. */
  public boolean repeatBuyer() {
    return frequency > 0;
  }
}
