package io.crmkit.core.sequence;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.UserId;
import io.crmkit.core.consent.Purpose;
import io.crmkit.core.contactpoint.EmailAddress;
import io.crmkit.core.internal.Quoted;
import io.crmkit.core.internal.TextPolicy;
import java.util.List;

/**
 * What a sales sequence does: its name, its steps in order, who sends it (whose tasks they become,
 * whose address the emails leave from and whose daily limit they count against), whether its waits
 * count business time, when its emails may leave and for which consent purpose.
 *
 * @param name 1 to 100 characters of one line, unique in the tenant
 * @param steps 1 to 50 steps, at least one of them not a wait
 * @param sender the user the tasks are for and the emails are from
 * @param from the address the emails leave from
 * @param businessTime whether waits count the sender's business calendar (or else plain time)
 * @param window when, in the recipient's time zone, emails may leave
 * @param dailyLimit 1 to 10,000 automated emails per sender and day
 * @param purpose the consent purpose the emails are sent for
 * @since 0.1
 */
public record SequenceDetails(
    String name,
    List<SequenceStep> steps,
    UserId sender,
    EmailAddress from,
    boolean businessTime,
    SendingWindow window,
    int dailyLimit,
    Purpose purpose) {

  /** The most steps a sequence has. */
  public static final int MAX_STEPS = 50;

  /**
   * @throws IllegalArgumentException if a value is out of its range
   */
  public SequenceDetails {
    requireNonNull(name, "name");
    steps = List.copyOf(requireNonNull(steps, "steps"));
    requireNonNull(sender, "sender");
    requireNonNull(from, "from");
    requireNonNull(window, "window");
    requireNonNull(purpose, "purpose");
    checkArgument(
        !name.isBlank() && name.length() <= 100,
        "sequence name must be 1 to 100 characters: %s",
        Quoted.of(name));
    TextPolicy.check("name", name, TextPolicy.Kind.LINE);
    checkArgument(
        !steps.isEmpty() && steps.size() <= MAX_STEPS,
        "a sequence has 1 to %s steps: %s",
        MAX_STEPS,
        steps.size());
    checkArgument(
        steps.stream().anyMatch(step -> !(step instanceof SequenceStep.Wait)),
        "a sequence needs a step that is not a wait: %s",
        steps);
    checkArgument(
        dailyLimit >= 1 && dailyLimit <= 10_000, "daily limit must be 1 to 10000: %s", dailyLimit);
  }

  /**
   * Returns details named {@code name} with {@code steps}, sent by {@code sender} from {@code from}
   * in business time at any hour, at most 200 emails a day, for purpose {@code sales}.
   */
  public static SequenceDetails of(
      String name, List<SequenceStep> steps, UserId sender, EmailAddress from) {
    return new SequenceDetails(
        name, steps, sender, from, true, SendingWindow.ANY_TIME, 200, Purpose.of("sales"));
  }

  /** Returns these details with emails leaving only within {@code value}. */
  public SequenceDetails withWindow(SendingWindow value) {
    return new SequenceDetails(name, steps, sender, from, businessTime, value, dailyLimit, purpose);
  }

  /** Returns these details with at most {@code value} emails per sender and day. */
  public SequenceDetails withDailyLimit(int value) {
    return new SequenceDetails(name, steps, sender, from, businessTime, window, value, purpose);
  }

  /** Returns these details with waits counted in plain time ({@code false}) or business time. */
  public SequenceDetails withBusinessTime(boolean value) {
    return new SequenceDetails(name, steps, sender, from, value, window, dailyLimit, purpose);
  }

  /** Returns these details for consent purpose {@code value}. */
  public SequenceDetails withPurpose(Purpose value) {
    return new SequenceDetails(name, steps, sender, from, businessTime, window, dailyLimit, value);
  }
}
