package io.crmkit.core.party;

import static com.google.common.base.Preconditions.checkArgument;

import io.crmkit.core.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A record's lifecycle stage together with the history of how it got there, oldest change first.
 *
 * @param history every change; the first has no "from", the last one's "to" is the current stage
 * @since 0.1
 */
public record Lifecycle(List<LifecycleChange> history) {

  /** Creates a {@code Lifecycle}, checking its components as the type's comment describes. */
  public Lifecycle {
    history = List.copyOf(history);
    checkArgument(!history.isEmpty(), "a lifecycle needs at least its first stage");
    checkArgument(
        history.get(0).from() == null,
        "the first lifecycle change has a 'from' stage: %s",
        history.get(0));
    for (int i = 1; i < history.size(); i++) {
      checkArgument(
          history.get(i).from() == history.get(i - 1).to(),
          "lifecycle change %s does not start where the one before ended: %s",
          i,
          history.get(i));
    }
  }

  /** Returns the lifecycle of a record that starts at {@code stage}. */
  public static Lifecycle startingAt(LifecycleStage stage, Instant at, UserId by) {
    return new Lifecycle(List.of(new LifecycleChange(null, stage, at, by)));
  }

  /** Returns the current stage. */
  public LifecycleStage current() {
    return history.get(history.size() - 1).to();
  }

  /** Returns the lifecycle after a move to {@code stage}; the current stage returns this one. */
  public Lifecycle moveTo(LifecycleStage stage, Instant at, UserId by) {
    if (stage == current()) {
      return this;
    }
    List<LifecycleChange> longer = new ArrayList<>(history);
    longer.add(new LifecycleChange(current(), stage, at, by));
    return new Lifecycle(longer);
  }
}
