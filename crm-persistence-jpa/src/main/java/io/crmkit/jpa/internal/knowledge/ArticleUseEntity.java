package io.crmkit.jpa.internal.knowledge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One ticket solved with one article: a row per pair, so that a ticket counts once. */
@Entity(name = "CrmArticleUse")
@Table(name = "crm_article_use")
@IdClass(ArticleUseKey.class)
class ArticleUseEntity {

  @Id
  @Column(name = "tenant_id", length = 64, nullable = false)
  String tenant = "";

  @Id
  @Column(name = "article_id", nullable = false)
  UUID article = new UUID(0, 0);

  @Id
  @Column(name = "ticket_id", length = 64, nullable = false)
  String ticket = "";

  @Column(name = "used_at", nullable = false)
  Instant usedAt = Instant.EPOCH;

  /** For the persistence provider. */
  protected ArticleUseEntity() {}

  ArticleUseEntity(String tenant, UUID article, String ticket, Instant usedAt) {
    this.tenant = tenant;
    this.article = article;
    this.ticket = ticket;
    this.usedAt = usedAt;
  }
}
