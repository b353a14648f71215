package io.crmkit.core.consent;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.CrmException;

/**
 * A confirmation or unsubscribe token that the CRM refuses: not one it issued (or altered), already
 * used, or expired. The message never repeats the token.
 *
 * @since 0.1
 */
public final class ConsentTokenException extends CrmException {

  private static final long serialVersionUID = 1L;

  /**
   * Why a token was refused.
   *
   * @since 0.1
   */
  public enum Problem {
    /** The token is malformed, its signature does not match, or no confirmation has it. */
    INVALID,
    /** The confirmation token was used already: a token confirms once. */
    USED,
    /** The confirmation token expired. */
    EXPIRED
  }

  private final Problem problem;

  /**
   * @param problem why the token was refused
   * @param kind which token, for the message: {@code confirmation} or {@code unsubscribe}
   */
  public ConsentTokenException(Problem problem, String kind) {
    super(
        kind
            + " token refused: "
            + requireNonNull(problem, "problem").name().toLowerCase(java.util.Locale.ROOT));
    this.problem = problem;
  }

  /** Returns why the token was refused. */
  public Problem problem() {
    return problem;
  }
}
