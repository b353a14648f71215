package io.crmkit.core.knowledge;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Quoted;
import io.crmkit.core.internal.TextPolicy;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A search of the knowledge base: the words a user typed, how many hits to return, which statuses
 * to search (published only unless asked), an optional language, and whether the text is query
 * syntax of the index ({@code "password" AND reset*}) rather than plain words.
 *
 * <p>Plain text is never interpreted: quotes, colons, wildcards and operators are just characters.
 * Only a search built with {@link #withSyntax()} hands its text to the index's query parser.
 *
 * @param text 1 to {@value #MAX_TEXT} characters of one line, not blank
 * @param limit 1 to {@value #MAX_LIMIT} hits
 * @param statuses the statuses searched, not empty
 * @param language only articles in this primary language ({@code en}), or null for every language
 * @param syntax whether {@code text} is query syntax
 * @since 0.1
 */
public record ArticleSearch(
    String text,
    int limit,
    Set<ArticleStatus> statuses,
    @Nullable String language,
    boolean syntax) {

  /** The longest search text. */
  public static final int MAX_TEXT = 500;

  /** The most hits a search returns. */
  public static final int MAX_LIMIT = 100;

  public ArticleSearch {
    requireNonNull(text, "search text");
    requireNonNull(statuses, "statuses");
    checkArgument(
        !text.isBlank() && text.length() <= MAX_TEXT,
        "search text must be 1 to %s characters, not blank: %s",
        MAX_TEXT,
        Quoted.of(text));
    TextPolicy.check("search text", text, TextPolicy.Kind.LINES);
    checkArgument(
        limit >= 1 && limit <= MAX_LIMIT, "search limit must be 1 to %s: %s", MAX_LIMIT, limit);
    checkArgument(!statuses.isEmpty(), "a search needs at least one status");
    statuses = Set.copyOf(statuses);
    checkArgument(
        language == null || language.matches("[a-z]{2,3}"),
        "search language must be an ISO 639 code such as en: %s",
        Quoted.of(language));
  }

  /** Returns a search of published articles for the plain words of {@code text}, top 10. */
  public static ArticleSearch of(String text) {
    return new ArticleSearch(text, 10, EnumSet.of(ArticleStatus.PUBLISHED), null, false);
  }

  /** Returns this search with at most {@code value} hits. */
  public ArticleSearch withLimit(int value) {
    return new ArticleSearch(text, value, statuses, language, syntax);
  }

  /** Returns this search over the articles in {@code values}. */
  public ArticleSearch inStatuses(Set<ArticleStatus> values) {
    return new ArticleSearch(text, limit, values, language, syntax);
  }

  /** Returns this search over articles in the primary language {@code code} only. */
  public ArticleSearch inLanguage(String code) {
    return new ArticleSearch(text, limit, statuses, requireNonNull(code, "language"), syntax);
  }

  /** Returns this search with its text read as the index's query syntax. */
  public ArticleSearch withSyntax() {
    return new ArticleSearch(text, limit, statuses, language, true);
  }
}
