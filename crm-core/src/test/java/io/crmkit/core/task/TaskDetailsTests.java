package io.crmkit.core.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.FieldError;
import io.crmkit.core.ValidationException;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TaskDetailsTests {

  @Test
  void refusesOverlongTitlesAndDescriptionsWithEveryError() {
    TaskDetails.Builder builder =
        TaskDetails.builder().title("t".repeat(501)).description("d".repeat(10_001));

    assertThatThrownBy(builder::build)
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactly("title", "description", "dueAt"));
  }

  @Test
  void refusesNullsInTheRecordItself() {
    assertThatThrownBy(
            () ->
                new TaskDetails(
                    null, TaskKind.CALL, "", Instant.EPOCH, null, TaskPriority.LOW, Set.of()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("title");
    assertThatThrownBy(
            () ->
                new TaskDetails(
                    " ", TaskKind.CALL, "", Instant.EPOCH, null, TaskPriority.LOW, Set.of()))
        .hasMessageContaining("task title must be 1 to 500 characters");
  }

  @Test
  void keepsDefaultsForKindAndPriority() {
    TaskDetails details = TaskDetails.builder().title(" Call ").dueAt(Instant.EPOCH).build();

    assertThat(details.title()).isEqualTo("Call");
    assertThat(details.kind()).isEqualTo(TaskKind.TODO);
    assertThat(details.priority()).isEqualTo(TaskPriority.NORMAL);
    assertThat(details.reminder()).isEmpty();
  }
}
