package io.crmkit.scoring.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class MembershipDiffProperties {

  private static final Gen<Set<Integer>> MEMBERSHIPS =
      lists()
          .of(integers().between(0, 50))
          .ofSizeBetween(0, 40)
          .map(values -> new HashSet<>(values));

  @Test
  void applyingTheDiffToThePreviousMembershipGivesTheCurrentOne() {
    qt().forAll(MEMBERSHIPS, MEMBERSHIPS)
        .checkAssert(
            (previous, current) -> {
              MembershipDiff<Integer> diff = MembershipDiff.between(previous, current);
              Set<Integer> applied = new HashSet<>(previous);
              applied.removeAll(diff.left());
              applied.addAll(diff.entered());
              assertThat(applied).isEqualTo(current);
            });
  }

  @Test
  void enteredAndLeftAreDisjointAndEmptyOnlyWithoutChange() {
    qt().forAll(MEMBERSHIPS, MEMBERSHIPS)
        .checkAssert(
            (previous, current) -> {
              MembershipDiff<Integer> diff = MembershipDiff.between(previous, current);
              assertThat(Collections.disjoint(diff.entered(), diff.left())).isTrue();
              assertThat(Collections.disjoint(diff.entered(), previous)).isTrue();
              assertThat(Collections.disjoint(diff.left(), current)).isTrue();
              assertThat(diff.isEmpty()).isEqualTo(previous.equals(current));
            });
  }

  @Test
  void theReverseDiffSwapsEnteredAndLeft() {
    qt().forAll(MEMBERSHIPS, MEMBERSHIPS)
        .checkAssert(
            (previous, current) ->
                assertThat(MembershipDiff.between(current, previous))
                    .isEqualTo(
                        new MembershipDiff<>(
                            MembershipDiff.between(previous, current).left(),
                            MembershipDiff.between(previous, current).entered())));
  }

  @Test
  void diffIsDetachedFromLaterChangesOfItsInputs() {
    Set<Integer> previous = new HashSet<>(List.of(1, 2));
    Set<Integer> current = new HashSet<>(List.of(2, 3));
    MembershipDiff<Integer> diff = MembershipDiff.between(previous, current);
    current.add(4);
    previous.add(5);
    assertThat(diff.entered()).containsExactly(3);
    assertThat(diff.left()).containsExactly(1);
  }
}
