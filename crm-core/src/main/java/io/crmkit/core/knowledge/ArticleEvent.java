package io.crmkit.core.knowledge;

import io.crmkit.core.DomainEvent;
import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import java.time.Instant;

/**
 * Something that happened to a knowledge base article.
 *
 * @since 0.1
 */
public sealed interface ArticleEvent extends DomainEvent {

  /** Returns the article. */
  ArticleId articleId();

  @Override
  default String aggregateId() {
    return articleId().toString();
  }

  /** A draft article was written. */
  record ArticleCreated(TenantId tenant, ArticleId articleId, Instant occurredAt, UserId by)
      implements ArticleEvent {}

  /** An article's content changed; {@code revision} is the new published revision, or 0. */
  record ArticleEdited(
      TenantId tenant, ArticleId articleId, int revision, Instant occurredAt, UserId by)
      implements ArticleEvent {}

  /** An article moved from one status to another. */
  record ArticleStatusChanged(
      TenantId tenant,
      ArticleId articleId,
      ArticleStatus from,
      ArticleStatus to,
      Instant occurredAt,
      UserId by)
      implements ArticleEvent {}

  /** An article helped solve a ticket. */
  record ArticleUsed(
      TenantId tenant, ArticleId articleId, RecordRef ticket, Instant occurredAt, UserId by)
      implements ArticleEvent {}
}
