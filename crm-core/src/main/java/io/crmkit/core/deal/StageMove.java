package io.crmkit.core.deal;

import static java.util.Objects.requireNonNull;

/**
 * The event of a pipeline's deal state machine: what a user asks a deal to do, and the stage it
 * should end in. Moves to different stages are different events, so that a stage's allowed events
 * say exactly where a deal may go from it.
 *
 * @param kind the kind of move; never null
 * @param to the stage the deal should enter; never null
 * @since 0.1
 */
public record StageMove(Kind kind, StageId to) {

  /**
   * The kinds of move.
   *
   * @since 0.1
   */
  public enum Kind {
    /** From an open stage to another open stage. */
    MOVE,
    /** From an open stage to the won stage. */
    WIN,
    /** From an open stage to the lost stage. */
    LOSE,
    /** From the won or lost stage back into an open stage. */
    REOPEN;

    /** Returns the kind as diagrams and messages show it: {@code move}, {@code win}... */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** Creates a {@code StageMove}, checking its components as the type's comment describes. */
  public StageMove {
    requireNonNull(kind, "move kind");
    requireNonNull(to, "target stage");
  }

  /** Returns the move of an open deal to open stage {@code to}. */
  public static StageMove moveTo(StageId to) {
    return new StageMove(Kind.MOVE, to);
  }

  /** Returns the move that wins a deal into won stage {@code to}. */
  public static StageMove win(StageId to) {
    return new StageMove(Kind.WIN, to);
  }

  /** Returns the move that loses a deal into lost stage {@code to}. */
  public static StageMove lose(StageId to) {
    return new StageMove(Kind.LOSE, to);
  }

  /** Returns the move that reopens a closed deal into open stage {@code to}. */
  public static StageMove reopen(StageId to) {
    return new StageMove(Kind.REOPEN, to);
  }
}
