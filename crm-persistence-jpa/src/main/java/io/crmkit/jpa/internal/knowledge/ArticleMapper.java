package io.crmkit.jpa.internal.knowledge;

import io.crmkit.core.knowledge.Article;
import io.crmkit.core.knowledge.ArticleContent;
import io.crmkit.core.knowledge.ArticleId;
import io.crmkit.jpa.internal.Json;
import io.crmkit.jpa.internal.knowledge.ArticleDocuments.Published;
import io.crmkit.jpa.internal.knowledge.ArticleDocuments.StatusChange;
import java.util.Arrays;

/** Copies an article into its row, and rebuilds it from its row. */
final class ArticleMapper {

  private ArticleMapper() {}

  /** Writes every field of {@code article} into {@code row}, except the version JPA keeps. */
  static void write(Article article, ArticleEntity row) {
    ArticleContent content = article.content();
    row.writeTimestamps(article.revision());
    row.writeOwner(article.author());
    row.status = article.status();
    row.language = content.language();
    row.title = content.title();
    row.body = content.body();
    row.tags = Json.write(ArticleDocuments.tags(content));
    row.history = Json.write(article.history().stream().map(StatusChange::from).toList());
    row.revisions = Json.write(article.revisions().stream().map(Published::from).toList());
  }

  /** Returns the article stored in {@code row}. */
  static Article read(ArticleEntity row) {
    return Article.restore(
        ArticleId.of(row.id()),
        row.tenant(),
        row.revision(),
        ArticleDocuments.content(
            row.title, row.body, Arrays.asList(Json.read(row.tags, String[].class)), row.language),
        row.owner(),
        row.status,
        Arrays.stream(Json.read(row.history, StatusChange[].class))
            .map(StatusChange::toRecord)
            .toList(),
        Arrays.stream(Json.read(row.revisions, Published[].class))
            .map(Published::toRevision)
            .toList());
  }
}
