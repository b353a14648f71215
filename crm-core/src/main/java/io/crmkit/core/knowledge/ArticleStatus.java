package io.crmkit.core.knowledge;

/**
 * Where an article stands: a draft is being written, a published article is what customers and
 * agents read and search, an archived one is kept but no longer shown.
 *
 * @since 0.1
 */
public enum ArticleStatus {
  /** Being written; not searchable by default. */
  DRAFT,
  /** Live: searchable and suggested for tickets. */
  PUBLISHED,
  /** Withdrawn; kept with its revisions, can be restored to a draft. */
  ARCHIVED
}
