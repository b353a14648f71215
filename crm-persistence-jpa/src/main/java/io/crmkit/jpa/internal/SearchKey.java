package io.crmkit.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One indexed fact about an aggregate that searches look up ({@code email = ana@example.com},
 * {@code tag = vip}, {@code name = ana}), stored in the aggregate's key table; a search is an
 * {@code exists} over these rows, served by the index on {@code (tenant_id, field, key_value)}.
 */
@Embeddable
public class SearchKey {

  /**
   * The tenant's key column, written by the collection: read here so that a lookup can bind it,
   * which lets a database without constant propagation through joins (H2) start from the lookup
   * index instead of scanning every key row of the tenant.
   */
  @Column(name = "tenant_id", insertable = false, updatable = false)
  private @Nullable String tenant;

  @Column(name = "field", length = 16, nullable = false)
  private String field = "";

  @Column(name = "key_value", length = 200, nullable = false)
  private String value = "";

  /** For the persistence provider. */
  protected SearchKey() {}

  private SearchKey(String field, String value) {
    this.field = field;
    this.value = value;
  }

  /** Returns the key of {@code field} for an equality search of {@code value}. */
  public static SearchKey exact(String field, String value) {
    return new SearchKey(field, SearchKeys.exact(value));
  }

  /** Returns the key of {@code field} holding a word that prefix searches match. */
  public static SearchKey word(String field, String word) {
    return new SearchKey(field, word.length() > 200 ? word.substring(0, 200) : word);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof SearchKey that && field.equals(that.field) && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(field, value);
  }

  @Override
  public String toString() {
    return field + "=" + value;
  }
}
