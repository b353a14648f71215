package io.crmkit.core.knowledge;

/**
 * What a user does to an article's status: the events of the article state machine, as recorded in
 * its history.
 *
 * @since 0.1
 */
public enum ArticleAction {
  /** Make a draft live, recording a new published revision. */
  PUBLISH,
  /** Take a published article back to a draft. */
  UNPUBLISH,
  /** Withdraw a draft or a published article. */
  ARCHIVE,
  /** Bring an archived article back as a draft. */
  RESTORE
}
