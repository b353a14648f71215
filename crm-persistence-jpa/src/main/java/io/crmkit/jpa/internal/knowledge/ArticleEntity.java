package io.crmkit.jpa.internal.knowledge;

import io.crmkit.core.knowledge.ArticleStatus;
import io.crmkit.jpa.internal.Json;
import io.crmkit.jpa.internal.OwnedRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * An article's row: the status listings filter on, the author (its owner), the current content in
 * columns, and as JSON documents its tags, its status history and its published revisions.
 */
@Entity(name = "CrmArticle")
@Table(name = "crm_article")
class ArticleEntity extends OwnedRow {

  /** The kind of record a row holds, as error messages name it. */
  static final String KIND = "article";

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 16, nullable = false)
  ArticleStatus status = ArticleStatus.DRAFT;

  @Column(name = "language", length = 8, nullable = false)
  String language = "en";

  @Column(name = "title", length = 300, nullable = false)
  String title = "";

  @Column(name = "body", length = 100_000, nullable = false)
  String body = "";

  @Column(name = "tags", length = 1_000_000, nullable = false, columnDefinition = Json.COLUMN)
  String tags = "[]";

  @Column(name = "history", length = 1_000_000, nullable = false, columnDefinition = Json.COLUMN)
  String history = "[]";

  @Column(name = "revisions", length = 1_000_000, nullable = false, columnDefinition = Json.COLUMN)
  String revisions = "[]";

  /** For the persistence provider and the repository. */
  protected ArticleEntity() {
    super(KIND);
  }
}
