package io.crmkit.core.internal;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * The text form of a position in a list ordered by an instant and then by id, as page cursors carry
 * it: {@code seconds.nanos~uuid}. Timelines and task lists share it, so every adapter pages them
 * the same way.
 *
 * @since 0.1
 */
public final class PositionText {

  private PositionText() {}

  /** Returns the text of the position ({@code at}, {@code id}). */
  public static String encode(Instant at, UUID id) {
    return at.getEpochSecond() + "." + at.getNano() + "~" + id;
  }

  /**
   * Reads a position written by {@link #encode} and makes it with {@code position}.
   *
   * @throws IllegalArgumentException if {@code text} was not written by {@link #encode}
   */
  public static <P> P decode(String text, BiFunction<Instant, UUID, P> position) {
    requireNonNull(text, "text");
    int tilde = text.indexOf('~');
    int dot = text.indexOf('.');
    if (tilde < 0 || dot < 0 || dot > tilde) {
      throw new IllegalArgumentException("not a list position: " + Quoted.of(text));
    }
    try {
      Instant at =
          Instant.ofEpochSecond(
              Long.parseLong(text.substring(0, dot)),
              Long.parseLong(text.substring(dot + 1, tilde)));
      return position.apply(at, UUID.fromString(text.substring(tilde + 1)));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("not a list position: " + Quoted.of(text), e);
    }
  }
}
