package io.crmkit.core.statemachine;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.function.Predicate;

/**
 * A business condition that a transition must meet before it happens, such as "a deal needs an
 * amount before it enters the proposal stage".
 *
 * <p>A guard does not throw to refuse: it returns the reason, which the machine reports in a {@link
 * TransitionRefusedException}. Guards run on every {@code fire}, so they should be cheap and free
 * of side effects.
 *
 * @param <C> the context the guard inspects, for example the aggregate being moved
 * @since 0.1
 */
@FunctionalInterface
public interface Guard<C> {

  /**
   * Checks the context.
   *
   * @param context the context passed to {@code fire}, never null
   * @return empty when the transition may happen, otherwise the reason it may not; never null
   */
  Optional<String> check(C context);

  /**
   * Returns a guard that allows the transition when {@code condition} holds and otherwise refuses
   * with {@code reason}.
   *
   * @param reason why the transition is refused when the condition fails; never null or blank
   * @param condition the condition on the context; never null
   */
  static <C> Guard<C> requiring(String reason, Predicate<? super C> condition) {
    requireNonNull(reason, "reason");
    requireNonNull(condition, "condition");
    checkArgument(!reason.isBlank(), "guard reason must not be blank: '%s'", reason);
    // Built once so that a refusal, like an approval, allocates nothing on the hot path.
    Optional<String> refusal = Optional.of(reason);
    return context -> condition.test(context) ? Optional.empty() : refusal;
  }

  /**
   * Returns a guard that allows the transition only when both this guard and {@code other} allow
   * it; the first refusal wins.
   *
   * @param other the guard checked after this one; never null
   */
  default Guard<C> and(Guard<? super C> other) {
    requireNonNull(other, "other guard");
    return context -> {
      Optional<String> refusal = check(context);
      return refusal.isPresent() ? refusal : other.check(context);
    };
  }
}
