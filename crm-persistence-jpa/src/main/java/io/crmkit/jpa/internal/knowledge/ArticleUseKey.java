package io.crmkit.jpa.internal.knowledge;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The primary key of an article's use: tenant, article and ticket. */
final class ArticleUseKey implements Serializable {

  private static final long serialVersionUID = 1L;

  private @Nullable String tenant;
  private @Nullable UUID article;
  private @Nullable String ticket;

  /** For the persistence provider. */
  ArticleUseKey() {}

  ArticleUseKey(String tenant, UUID article, String ticket) {
    this.tenant = tenant;
    this.article = article;
    this.ticket = ticket;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ArticleUseKey that
        && Objects.equals(tenant, that.tenant)
        && Objects.equals(article, that.article)
        && Objects.equals(ticket, that.ticket);
  }

  @Override
  public int hashCode() {
    return Objects.hash(tenant, article, ticket);
  }
}
