package io.crmkit.scoring.audience;

import io.crmkit.core.contact.Contact;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Where a contact's lead score and grade come from, for the segment fields {@code score} and {@code
 * grade}: a rule-based scoring model, a cache of its results, or the host's own scores.
 *
 * <p>It is asked once per contact per evaluation, so an implementation should answer from memory.
 *
 * @since 0.1
 */
public interface ScoreSource {

  /**
   * Returns the contact's score, or empty when it has none.
   *
   * @param contact the contact, never null
   */
  OptionalLong score(Contact contact);

  /**
   * Returns the contact's grade, such as {@code A1}, or empty when it has none.
   *
   * @param contact the contact, never null
   */
  Optional<String> grade(Contact contact);

  /** Returns the source that scores nobody: {@code score} and {@code grade} are always missing. */
  static ScoreSource none() {
    return NoScores.INSTANCE;
  }
}
