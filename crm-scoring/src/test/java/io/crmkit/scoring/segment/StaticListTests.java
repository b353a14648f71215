package io.crmkit.scoring.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StaticListTests {

  private static final UUID ANA = UUID.fromString("00000000-0000-7000-8000-000000000001");
  private static final UUID BEN = UUID.fromString("00000000-0000-7000-8000-000000000002");
  private static final UUID CAI = UUID.fromString("00000000-0000-7000-8000-000000000003");

  @Test
  void addsAndRemovesMembersWithoutChangingTheOriginal() {
    StaticList<UUID> empty = StaticList.named("trade fair 2025");
    StaticList<UUID> withAna = empty.withMember(ANA).withMember(BEN).withoutMember(BEN);
    assertThat(empty.members()).isEmpty();
    assertThat(withAna.members()).containsExactly(ANA);
    assertThat(withAna.contains(ANA)).isTrue();
    assertThat(withAna.contains(BEN)).isFalse();
    assertThat(withAna.withMember(ANA)).isSameAs(withAna);
    assertThat(withAna.withoutMember(CAI)).isSameAs(withAna);
  }

  @Test
  void reportsWhoEnteredAndWhoLeft() {
    StaticList<String> before = StaticList.of("newsletter", List.of("ana", "ben"));
    StaticList<String> after = before.withMembers(List.of("ben", "cai", "dan"));
    MembershipDiff<String> diff = before.diffTo(after);
    assertThat(diff.entered()).containsExactly("cai", "dan");
    assertThat(diff.left()).containsExactly("ana");
    assertThat(diff.isEmpty()).isFalse();
    assertThat(after.diffTo(after).isEmpty()).isTrue();
  }

  @Test
  void rejectsBlankOrOverlongNamesAndNullMembers() {
    assertThatThrownBy(() -> StaticList.named(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("list name must be 1 to 200 characters and not blank: ' '");
    assertThatThrownBy(() -> StaticList.named("x".repeat(201)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("list name must be 1 to 200 characters and not blank");
    assertThatThrownBy(() -> StaticList.<UUID>named("vip").withMember(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("member id");
    assertThatThrownBy(() -> new StaticList<UUID>("vip", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("members");
  }

  @Test
  void copiesMembersDefensively() {
    Set<String> members = new java.util.HashSet<>(Set.of("ana"));
    StaticList<String> list = new StaticList<>("vip", members);
    members.add("ben");
    assertThat(list.members()).containsExactly("ana");
    assertThatThrownBy(() -> list.members().add("cai"))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
