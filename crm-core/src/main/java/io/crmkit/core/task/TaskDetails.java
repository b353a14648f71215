package io.crmkit.core.task;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.RecordRef;
import io.crmkit.core.internal.FieldErrors;
import io.crmkit.core.internal.Quoted;
import io.crmkit.core.internal.TextPolicy;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a task asks: a title, the kind of work, when it is due, when to remind the assignee, how
 * urgent it is, and the records it is about.
 *
 * @param title what to do, 1 to 500 characters of one line (well-formed, no control characters)
 * @param kind the kind of work
 * @param description more words, at most 10,000 characters; tabs and line breaks allowed, no other
 *     control character
 * @param dueAt when it is due
 * @param remindAt when to remind the assignee, or null for no reminder
 * @param priority how urgent it is
 * @param about the records it concerns (contacts, companies, deals...), at most 50
 * @since 0.1
 */
public record TaskDetails(
    String title,
    TaskKind kind,
    String description,
    Instant dueAt,
    @Nullable Instant remindAt,
    TaskPriority priority,
    Set<RecordRef> about) {

  static final int MAX_TITLE = 500;
  static final int MAX_DESCRIPTION = 10_000;
  static final int MAX_LINKS = 50;

  /** Creates a {@code TaskDetails}, checking its components as the type's comment describes. */
  public TaskDetails {
    requireNonNull(title, "title");
    requireNonNull(kind, "kind");
    requireNonNull(description, "description");
    requireNonNull(dueAt, "dueAt");
    requireNonNull(priority, "priority");
    about = Set.copyOf(about);
    checkArgument(
        !title.isBlank() && title.length() <= MAX_TITLE,
        "task title must be 1 to %s characters: %s",
        MAX_TITLE,
        Quoted.of(title));
    TextPolicy.check("task title", title, TextPolicy.Kind.LINE);
    checkArgument(
        description.length() <= MAX_DESCRIPTION,
        "task description longer than %s characters",
        MAX_DESCRIPTION);
    TextPolicy.check("task description", description, TextPolicy.Kind.LINES);
    checkArgument(about.size() <= MAX_LINKS, "a task is about at most %s records", MAX_LINKS);
  }

  /** Returns a builder for new details. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder that starts from these details. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Returns when to remind the assignee, if at all. */
  public Optional<Instant> reminder() {
    return Optional.ofNullable(remindAt);
  }

  /**
   * Builds {@link TaskDetails}, collecting every bad field.
   *
   * @since 0.1
   */
  public static final class Builder {

    private final FieldErrors errors = new FieldErrors();
    private @Nullable String title;
    private TaskKind kind = TaskKind.TODO;
    private String description = "";
    private @Nullable Instant dueAt;
    private @Nullable Instant remindAt;
    private TaskPriority priority = TaskPriority.NORMAL;
    private final Set<RecordRef> about = new HashSet<>();

    private Builder() {}

    private Builder(TaskDetails details) {
      title = details.title;
      kind = details.kind;
      description = details.description;
      dueAt = details.dueAt;
      remindAt = details.remindAt;
      priority = details.priority;
      about.addAll(details.about);
    }

    /** Sets what to do. */
    public Builder title(@Nullable String text) {
      String stripped = text == null ? null : text.strip();
      errors.require(stripped != null && !stripped.isEmpty(), "title", text, "is required");
      errors.require(
          stripped == null || stripped.length() <= MAX_TITLE,
          "title",
          text,
          "is longer than " + MAX_TITLE + " characters");
      errors.requireText("title", stripped, TextPolicy.Kind.LINE);
      title = stripped;
      return this;
    }

    /** Sets the kind of work; {@code TODO} unless set. */
    public Builder kind(TaskKind value) {
      kind = requireNonNull(value, "kind");
      return this;
    }

    /** Sets the description. */
    public Builder description(@Nullable String text) {
      String value = text == null ? "" : text;
      errors.require(
          value.length() <= MAX_DESCRIPTION,
          "description",
          value.length() + " characters",
          "is longer than " + MAX_DESCRIPTION + " characters");
      errors.requireText("description", value, TextPolicy.Kind.LINES);
      description = value;
      return this;
    }

    /** Sets when the task is due. */
    public Builder dueAt(Instant instant) {
      dueAt = requireNonNull(instant, "dueAt");
      return this;
    }

    /** Sets when to remind the assignee; null removes the reminder. */
    public Builder remindAt(@Nullable Instant instant) {
      remindAt = instant;
      return this;
    }

    /** Sets the priority; {@code NORMAL} unless set. */
    public Builder priority(TaskPriority value) {
      priority = requireNonNull(value, "priority");
      return this;
    }

    /** Adds a record the task is about. */
    public Builder about(RecordRef record) {
      about.add(requireNonNull(record, "record"));
      return this;
    }

    /**
     * Returns the details.
     *
     * @throws io.crmkit.core.ValidationException listing every bad or missing field
     */
    public TaskDetails build() {
      errors.require(title != null, "title", null, "is required");
      errors.require(dueAt != null, "dueAt", null, "is required");
      errors.require(
          about.size() <= MAX_LINKS, "about", about.size(), "more than " + MAX_LINKS + " records");
      errors.throwIfAny("task");
      return new TaskDetails(
          requireNonNull(title),
          kind,
          description,
          requireNonNull(dueAt),
          remindAt,
          priority,
          about);
    }
  }
}
