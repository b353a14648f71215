package io.crmkit.jpa.internal.knowledge;

import io.crmkit.core.Tag;
import io.crmkit.core.UserId;
import io.crmkit.core.knowledge.ArticleAction;
import io.crmkit.core.knowledge.ArticleContent;
import io.crmkit.core.knowledge.ArticleRevision;
import io.crmkit.core.knowledge.ArticleStatus;
import io.crmkit.core.statemachine.TransitionRecord;
import java.time.Instant;
import java.util.List;

/**
 * The JSON shapes of the article values kept in document columns, spelled out apart from the domain
 * records so that renaming a domain field never changes stored data silently.
 */
final class ArticleDocuments {

  private ArticleDocuments() {}

  /** One status change. */
  record StatusChange(
      ArticleStatus from, ArticleStatus to, ArticleAction action, Instant at, String by) {

    static StatusChange from(TransitionRecord<ArticleStatus, ArticleAction> record) {
      return new StatusChange(
          record.from(), record.to(), record.event(), record.at(), record.by().value());
    }

    TransitionRecord<ArticleStatus, ArticleAction> toRecord() {
      return new TransitionRecord<>(from, to, action, at, UserId.of(by));
    }
  }

  /** One published revision, with its whole content. */
  record Published(
      int number,
      String title,
      String body,
      List<String> tags,
      String language,
      Instant at,
      String by) {

    static Published from(ArticleRevision revision) {
      ArticleContent content = revision.content();
      return new Published(
          revision.number(),
          content.title(),
          content.body(),
          ArticleDocuments.tags(content),
          content.language(),
          revision.publishedAt(),
          revision.by().value());
    }

    ArticleRevision toRevision() {
      return new ArticleRevision(number, content(title, body, tags, language), at, UserId.of(by));
    }
  }

  /** Returns the tags of {@code content} in order, as stored. */
  static List<String> tags(ArticleContent content) {
    return content.tags().stream().map(Tag::value).sorted().toList();
  }

  /** Returns the content stored as these columns or fields. */
  static ArticleContent content(String title, String body, List<String> tags, String language) {
    return new ArticleContent(
        title,
        body,
        tags.stream().map(Tag::new).collect(java.util.stream.Collectors.toSet()),
        language);
  }
}
