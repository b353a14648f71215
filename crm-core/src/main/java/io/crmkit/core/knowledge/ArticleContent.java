package io.crmkit.core.knowledge;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.Tag;
import io.crmkit.core.internal.FieldErrors;
import io.crmkit.core.internal.Quoted;
import io.crmkit.core.internal.TextPolicy;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What an article says: its title, its body, the tags it is filed under and the language it is
 * written in, which decides how search analyses its words.
 *
 * @param title 1 to 300 characters of one line (well-formed, no control characters)
 * @param body at most 100,000 characters; tabs and line breaks allowed, no other control character
 * @param tags at most 20 tags
 * @param language a lower-case ISO 639 code of 2 or 3 letters, optionally with an upper-case region
 *     ({@code en}, {@code de}, {@code pt-BR})
 * @since 0.1
 */
public record ArticleContent(String title, String body, Set<Tag> tags, String language) {

  /** The longest title. */
  public static final int MAX_TITLE = 300;

  /** The longest body. */
  public static final int MAX_BODY = 100_000;

  /** The most tags an article has. */
  public static final int MAX_TAGS = 20;

  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Z]{2})?");

  public ArticleContent {
    requireNonNull(title, "title");
    requireNonNull(body, "body");
    requireNonNull(language, "language");
    tags = Set.copyOf(new TreeSet<>(tags));
    checkArgument(
        !title.isBlank() && title.length() <= MAX_TITLE && title.strip().equals(title),
        "article title must be 1 to %s characters, not blank, not padded: %s",
        MAX_TITLE,
        Quoted.of(title));
    TextPolicy.check("article title", title, TextPolicy.Kind.LINE);
    checkArgument(body.length() <= MAX_BODY, "article body longer than %s characters", MAX_BODY);
    TextPolicy.check("article body", body, TextPolicy.Kind.LINES);
    checkArgument(tags.size() <= MAX_TAGS, "an article has at most %s tags", MAX_TAGS);
    checkArgument(
        LANGUAGE.matcher(language).matches(),
        "article language must be an ISO 639 code such as en or pt-BR: %s",
        Quoted.of(language));
  }

  /** Returns content in {@code language} with no tags. */
  public static ArticleContent of(String title, String body, String language) {
    return builder().title(title).body(body).language(language).build();
  }

  /** Returns a builder for new content; English unless a language is set. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder that starts from this content. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Returns the language's primary code, without the region: {@code pt} for {@code pt-BR}. */
  public String primaryLanguage() {
    int dash = language.indexOf('-');
    return dash < 0 ? language : language.substring(0, dash);
  }

  /**
   * Builds {@link ArticleContent}, collecting every bad field.
   *
   * @since 0.1
   */
  public static final class Builder {

    private final FieldErrors errors = new FieldErrors();
    private @Nullable String title;
    private String body = "";
    private final Set<Tag> tags = new TreeSet<>();
    private String language = "en";

    private Builder() {}

    private Builder(ArticleContent content) {
      title = content.title;
      body = content.body;
      tags.addAll(content.tags);
      language = content.language;
    }

    /** Sets the title; surrounding white space is removed. */
    public Builder title(@Nullable String text) {
      String stripped = text == null ? null : text.strip();
      errors.require(stripped != null && !stripped.isEmpty(), "title", text, "is required");
      errors.require(
          stripped == null || stripped.length() <= MAX_TITLE,
          "title",
          text,
          "is longer than " + MAX_TITLE + " characters");
      errors.requireText("title", stripped, TextPolicy.Kind.LINE);
      title = stripped;
      return this;
    }

    /** Sets the body; null is an empty body. */
    public Builder body(@Nullable String text) {
      String value = text == null ? "" : text;
      errors.require(
          value.length() <= MAX_BODY,
          "body",
          value.length() + " characters",
          "is longer than " + MAX_BODY + " characters");
      errors.requireText("body", value, TextPolicy.Kind.LINES);
      body = value;
      return this;
    }

    /** Adds tags, each normalised. */
    public Builder tags(String... labels) {
      for (String label : labels) {
        Tag tag = errors.attempt("tags", label, () -> Tag.of(requireNonNull(label, "tag")));
        if (tag != null) {
          tags.add(tag);
        }
      }
      return this;
    }

    /** Replaces the tags. */
    public Builder tags(Collection<Tag> values) {
      tags.clear();
      values.forEach(tag -> tags.add(requireNonNull(tag, "tag")));
      return this;
    }

    /** Sets the language: {@code en}, {@code de}, {@code pt-BR}; a region is upper-cased. */
    public Builder language(@Nullable String code) {
      String value = code == null ? "" : code.strip();
      int dash = value.indexOf('-');
      String normal =
          dash < 0
              ? value.toLowerCase(Locale.ROOT)
              : value.substring(0, dash).toLowerCase(Locale.ROOT)
                  + value.substring(dash).toUpperCase(Locale.ROOT);
      errors.require(
          LANGUAGE.matcher(normal).matches(),
          "language",
          code,
          "is not an ISO 639 code such as en or pt-BR");
      language = normal;
      return this;
    }

    /**
     * Returns the content.
     *
     * @throws io.crmkit.core.ValidationException listing every bad or missing field
     */
    public ArticleContent build() {
      errors.require(title != null, "title", null, "is required");
      errors.require(
          tags.size() <= MAX_TAGS, "tags", tags.size(), "more than " + MAX_TAGS + " tags");
      errors.throwIfAny("article");
      return new ArticleContent(requireNonNull(title), body, tags, language);
    }
  }
}
