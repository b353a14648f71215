package io.crmkit.core.internal.memory;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.TenantId;
import io.crmkit.core.internal.SearchText;
import io.crmkit.core.knowledge.Article;
import io.crmkit.core.knowledge.ArticleHit;
import io.crmkit.core.knowledge.ArticleId;
import io.crmkit.core.knowledge.ArticleSearch;
import io.crmkit.core.knowledge.ArticleStatus;
import io.crmkit.core.spi.ArticleIndex;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The article index a CRM uses when its host sets none: folded words matched exactly, a title word
 * worth three body words and a tag two, scaled by how rare the word is among the tenant's articles.
 * No stemming, no languages, no query syntax: enough to try the knowledge base, and a fake for
 * tests; crm-scoring's Lucene index is the one to ship. Thread-safe.
 *
 * @since 0.1
 */
public final class InMemoryArticleIndex implements ArticleIndex {

  private record Entry(
      ArticleId id,
      long version,
      String title,
      ArticleStatus status,
      String language,
      Set<String> titleWords,
      Map<String, Integer> bodyWords,
      Set<String> tagWords) {}

  private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private final Map<TenantId, Map<ArticleId, Entry>> entries = new ConcurrentHashMap<>();

  @Override
  public void index(Article article) {
    requireNonNull(article, "article");
    Map<String, Integer> body = new HashMap<>();
    words(article.content().body()).forEach(w -> body.merge(w, 1, Integer::sum));
    Entry entry =
        new Entry(
            article.id(),
            article.version(),
            article.content().title(),
            article.status(),
            article.content().primaryLanguage(),
            words(article.content().title()).collect(Collectors.toSet()),
            body,
            article.content().tags().stream()
                .flatMap(tag -> words(tag.value()))
                .collect(Collectors.toSet()));
    // the later version wins when two commands index in the opposite order of their writes
    entries
        .computeIfAbsent(article.tenant(), t -> new ConcurrentHashMap<>())
        .merge(
            article.id(),
            entry,
            (held, offered) -> held.version() >= offered.version() ? held : offered);
  }

  @Override
  public void remove(TenantId tenant, ArticleId id) {
    requireNonNull(id, "id");
    entries.getOrDefault(requireNonNull(tenant, "tenant"), Map.of()).remove(id);
  }

  @Override
  public void clear(TenantId tenant) {
    entries.remove(requireNonNull(tenant, "tenant"));
  }

  @Override
  public List<ArticleHit> search(TenantId tenant, ArticleSearch search) {
    requireNonNull(search, "search");
    return rank(tenant, search.text(), search.statuses(), search.language(), search.limit());
  }

  @Override
  public List<ArticleHit> suggest(TenantId tenant, String text, int limit) {
    requireNonNull(text, "text");
    checkArgument(limit >= 1, "limit must be positive: %s", limit);
    String read = text.length() > MAX_SUGGEST_TEXT ? text.substring(0, MAX_SUGGEST_TEXT) : text;
    return rank(tenant, read, EnumSet.of(ArticleStatus.PUBLISHED), null, limit);
  }

  private List<ArticleHit> rank(
      TenantId tenant,
      String text,
      Set<ArticleStatus> statuses,
      @Nullable String language,
      int limit) {
    requireNonNull(tenant, "tenant");
    Map<ArticleId, Entry> ofTenant = entries.getOrDefault(tenant, Map.of());
    List<Entry> candidates =
        ofTenant.values().stream()
            .filter(e -> statuses.contains(e.status()))
            .filter(e -> language == null || language.equals(e.language()))
            .toList();
    Set<String> words = words(text).collect(Collectors.toCollection(HashSet::new));
    if (words.isEmpty() || candidates.isEmpty()) {
      return List.of();
    }
    Map<String, Double> rarity = new HashMap<>();
    for (String word : words) {
      long having =
          candidates.stream()
              .filter(
                  e ->
                      e.titleWords().contains(word)
                          || e.bodyWords().containsKey(word)
                          || e.tagWords().contains(word))
              .count();
      rarity.put(word, having == 0 ? 0 : Math.log(1 + (double) candidates.size() / having));
    }
    return candidates.stream()
        .map(e -> new ArticleHit(e.id(), e.title(), score(e, words, rarity)))
        .filter(hit -> hit.score() > 0)
        .sorted(
            Comparator.comparingDouble(ArticleHit::score).reversed().thenComparing(ArticleHit::id))
        .limit(limit)
        .toList();
  }

  /** Returns the folded words of {@code text}, split at everything but letters and digits. */
  private static Stream<String> words(String text) {
    return Arrays.stream(NOT_A_WORD.split(SearchText.fold(text))).filter(w -> !w.isEmpty());
  }

  private static double score(Entry entry, Set<String> words, Map<String, Double> rarity) {
    double score = 0;
    for (String word : words) {
      double weight =
          (entry.titleWords().contains(word) ? 3 : 0)
              + (entry.tagWords().contains(word) ? 2 : 0)
              + Math.min(3, entry.bodyWords().getOrDefault(word, 0));
      score += weight * rarity.get(word);
    }
    return score;
  }
}
