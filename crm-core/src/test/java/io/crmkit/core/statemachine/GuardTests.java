package io.crmkit.core.statemachine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GuardTests {

  private final Guard<Integer> positive = Guard.requiring("must be positive", n -> n > 0);
  private final Guard<Integer> even = Guard.requiring("must be even", n -> n % 2 == 0);

  @Test
  void allowsWhenTheConditionHoldsAndRefusesWithTheReasonOtherwise() {
    assertThat(positive.check(4)).isEmpty();
    assertThat(positive.check(-4)).contains("must be positive");
  }

  @Test
  void combinesGuardsReportingTheFirstRefusal() {
    Guard<Integer> both = positive.and(even);

    assertThat(both.check(4)).isEmpty();
    assertThat(both.check(3)).contains("must be even");
    assertThat(both.check(-3)).contains("must be positive");
  }

  @Test
  void rejectsABlankReason() {
    assertThatThrownBy(() -> Guard.requiring(" ", n -> true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("guard reason must not be blank: ' '");
  }

  @Test
  void rejectsNullArguments() {
    assertThatThrownBy(() -> Guard.requiring(null, n -> true))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("reason");
    assertThatThrownBy(() -> Guard.requiring("reason", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("condition");
    assertThatThrownBy(() -> positive.and(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("other guard");
  }
}
