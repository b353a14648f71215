package io.crmkit.scoring.knowledge.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.Tag;
import io.crmkit.core.TenantId;
import io.crmkit.core.internal.Quoted;
import io.crmkit.core.knowledge.Article;
import io.crmkit.core.knowledge.ArticleHit;
import io.crmkit.core.knowledge.ArticleId;
import io.crmkit.core.knowledge.ArticleSearch;
import io.crmkit.core.knowledge.ArticleStatus;
import io.crmkit.core.spi.ArticleIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.jspecify.annotations.Nullable;

/**
 * The Lucene index of articles: one document per article, keyed by tenant and id, with its tenant,
 * status and language as exact terms, and its title and body analysed in fields named after the
 * analysis ({@code title_en}, {@code body_std}), so that each language keeps its own stems and
 * statistics. Queries are built term by term from the analysed words, never parsed, unless the
 * search asks for query syntax.
 */
public final class LuceneArticles {

  /** The primary languages with an analyzer of their own. */
  public static final Set<String> LANGUAGES =
      Set.of("en", "de", "fr", "es", "it", "pt", "nl", "sv");

  /** The analysis of every other language. */
  private static final String STANDARD = "std";

  /** The most distinct words of one text that a query looks for, per analysis. */
  static final int MAX_WORDS = 40;

  private static final float TITLE_BOOST = 3f;
  private static final float TAG_BOOST = 2f;

  private static final String KEY = "key";
  private static final String TENANT = "tenant";
  private static final String ID = "id";
  private static final String STATUS = "status";
  private static final String LANGUAGE = "language";
  private static final String TITLE = "title";
  private static final String TAGS = "tags";
  private static final String VERSION = "version";

  private final Directory directory;
  private final Map<String, Analyzer> analyzers;
  private final Analyzer fields;
  private final IndexWriter writer;
  private final SearcherManager searchers;

  private LuceneArticles(Directory directory) {
    this.directory = directory;
    Map<String, Analyzer> byKey = new LinkedHashMap<>();
    byKey.put("en", new EnglishAnalyzer());
    byKey.put("de", new GermanAnalyzer());
    byKey.put("fr", new FrenchAnalyzer());
    byKey.put("es", new SpanishAnalyzer());
    byKey.put("it", new ItalianAnalyzer());
    byKey.put("pt", new PortugueseAnalyzer());
    byKey.put("nl", new DutchAnalyzer());
    byKey.put("sv", new SwedishAnalyzer());
    byKey.put(STANDARD, new StandardAnalyzer());
    this.analyzers = Map.copyOf(byKey);
    Map<String, Analyzer> perField = new HashMap<>();
    byKey.forEach(
        (key, analyzer) -> {
          perField.put(titleField(key), analyzer);
          perField.put(bodyField(key), analyzer);
        });
    this.fields = new PerFieldAnalyzerWrapper(byKey.get(STANDARD), perField);
    try {
      this.writer =
          new IndexWriter(
              directory,
              new IndexWriterConfig(fields)
                  .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
      this.searchers = new SearcherManager(writer, null);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the article index", e);
    }
  }

  /** Returns a new, empty index in the heap. */
  public static LuceneArticles inMemory() {
    return new LuceneArticles(new ByteBuffersDirectory());
  }

  /** Returns the index in {@code path}, created if there is none. */
  public static LuceneArticles onDisk(Path path) {
    try {
      return new LuceneArticles(FSDirectory.open(path));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the article index in " + path, e);
    }
  }

  private static String titleField(String analysis) {
    return "title_" + analysis;
  }

  private static String bodyField(String analysis) {
    return "body_" + analysis;
  }

  private static String analysisOf(String primaryLanguage) {
    return LANGUAGES.contains(primaryLanguage) ? primaryLanguage : STANDARD;
  }

  private static String key(TenantId tenant, ArticleId id) {
    // a tenant id is an identifier without control characters: NUL cannot occur inside it
    return tenant.value() + '\u0000' + id;
  }

  /**
   * Adds or replaces the document of {@code article}, unless the index holds the same or a later
   * version of it: two commands that finish in one order and index in the other leave the later
   * version indexed.
   */
  public synchronized void index(Article article) {
    requireNonNull(article, "article");
    long indexed = indexedVersion(article.tenant(), article.id());
    if (indexed >= article.version()) {
      return;
    }
    String analysis = analysisOf(article.content().primaryLanguage());
    Document document = new Document();
    document.add(new StringField(KEY, key(article.tenant(), article.id()), Field.Store.NO));
    document.add(new StringField(TENANT, article.tenant().value(), Field.Store.NO));
    document.add(new StringField(ID, article.id().toString(), Field.Store.YES));
    document.add(new StringField(STATUS, article.status().name(), Field.Store.NO));
    document.add(new StringField(LANGUAGE, article.content().primaryLanguage(), Field.Store.NO));
    document.add(new StoredField(TITLE, article.content().title()));
    document.add(new StoredField(VERSION, article.version()));
    document.add(new TextField(titleField(analysis), article.content().title(), Field.Store.NO));
    document.add(new TextField(bodyField(analysis), article.content().body(), Field.Store.NO));
    for (Tag tag : article.content().tags()) {
      document.add(new TextField(TAGS, tag.value(), Field.Store.NO));
    }
    write(
        () -> writer.updateDocument(new Term(KEY, key(article.tenant(), article.id())), document));
  }

  /** Returns the version of the article the index holds, or 0 if it holds none. */
  private long indexedVersion(TenantId tenant, ArticleId id) {
    return read(
        searcher -> {
          TopDocs found = searcher.search(new TermQuery(new Term(KEY, key(tenant, id))), 1);
          if (found.scoreDocs.length == 0) {
            return 0L;
          }
          return searcher
              .storedFields()
              .document(found.scoreDocs[0].doc)
              .getField(VERSION)
              .numericValue()
              .longValue();
        });
  }

  /** Removes the document of article {@code id} of {@code tenant}. */
  public synchronized void remove(TenantId tenant, ArticleId id) {
    requireNonNull(tenant, "tenant");
    requireNonNull(id, "id");
    write(() -> writer.deleteDocuments(new Term(KEY, key(tenant, id))));
  }

  /** Removes every document of {@code tenant}. */
  public synchronized void clear(TenantId tenant) {
    requireNonNull(tenant, "tenant");
    write(() -> writer.deleteDocuments(new Term(TENANT, tenant.value())));
  }

  /** Returns the documents of {@code tenant}. */
  public int count(TenantId tenant) {
    requireNonNull(tenant, "tenant");
    return read(searcher -> searcher.count(new TermQuery(new Term(TENANT, tenant.value()))));
  }

  /** Answers {@code search} among the documents of {@code tenant}. */
  public List<ArticleHit> search(TenantId tenant, ArticleSearch search) {
    requireNonNull(tenant, "tenant");
    requireNonNull(search, "search");
    Query text = search.syntax() ? parsed(search) : words(search.text(), search.language());
    if (text == null) {
      return List.of();
    }
    return top(filtered(tenant, search.statuses(), search.language(), text), search.limit());
  }

  /**
   * Returns the published articles of {@code tenant} most relevant to the words of {@code text}.
   */
  public List<ArticleHit> suggest(TenantId tenant, String text, int limit) {
    requireNonNull(tenant, "tenant");
    requireNonNull(text, "text");
    checkArgument(
        limit >= 1 && limit <= ArticleSearch.MAX_LIMIT,
        "limit must be 1 to %s: %s",
        ArticleSearch.MAX_LIMIT,
        limit);
    String read =
        text.length() > ArticleIndex.MAX_SUGGEST_TEXT
            ? text.substring(0, ArticleIndex.MAX_SUGGEST_TEXT)
            : text;
    Query words = words(read, null);
    if (words == null) {
      return List.of();
    }
    return top(filtered(tenant, EnumSet.of(ArticleStatus.PUBLISHED), null, words), limit);
  }

  /**
   * Returns the query for the words of {@code text}: for each analysis (only the language's, when
   * one is given), each distinct word it yields, in the title (boosted), the body and the tags,
   * weighted by how often it occurs in the text; null when the text has no word to look for.
   */
  private @Nullable Query words(String text, @Nullable String language) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    boolean any = false;
    for (Map.Entry<String, Analyzer> analysis : analyzers.entrySet()) {
      String key = analysis.getKey();
      if (language != null && !key.equals(analysisOf(language))) {
        continue;
      }
      for (Map.Entry<String, Integer> word : terms(analysis.getValue(), text).entrySet()) {
        float weight = word.getValue();
        query.add(
            new BoostQuery(
                new TermQuery(new Term(titleField(key), word.getKey())), TITLE_BOOST * weight),
            Occur.SHOULD);
        query.add(
            new BoostQuery(new TermQuery(new Term(bodyField(key), word.getKey())), weight),
            Occur.SHOULD);
        any = true;
      }
    }
    for (Map.Entry<String, Integer> word : terms(analyzers.get(STANDARD), text).entrySet()) {
      query.add(
          new BoostQuery(new TermQuery(new Term(TAGS, word.getKey())), TAG_BOOST * word.getValue()),
          Occur.SHOULD);
    }
    return any ? query.build() : null;
  }

  /** Returns the distinct terms {@code analyzer} makes of {@code text}, with their counts. */
  private static Map<String, Integer> terms(Analyzer analyzer, String text) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    try (TokenStream tokens = analyzer.tokenStream("", text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        String word = term.toString();
        if (counts.containsKey(word) || counts.size() < MAX_WORDS) {
          counts.merge(word, 1, Integer::sum);
        }
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyse a search text", e);
    }
    return counts;
  }

  /** Returns the query Lucene's classic parser makes of the search's text. */
  private Query parsed(ArticleSearch search) {
    List<String> searched = new ArrayList<>();
    Map<String, Float> boosts = new HashMap<>();
    for (String key : analyzers.keySet()) {
      if (search.language() == null || key.equals(analysisOf(search.language()))) {
        searched.add(titleField(key));
        searched.add(bodyField(key));
        boosts.put(titleField(key), TITLE_BOOST);
      }
    }
    searched.add(TAGS);
    MultiFieldQueryParser parser =
        new MultiFieldQueryParser(searched.toArray(String[]::new), fields, boosts);
    parser.setAllowLeadingWildcard(false);
    parser.setDefaultOperator(MultiFieldQueryParser.Operator.OR);
    try {
      return parser.parse(search.text());
    } catch (ParseException | RuntimeException e) {
      throw new IllegalArgumentException(
          "search text is not valid query syntax: " + Quoted.of(search.text()), e);
    }
  }

  /** Returns {@code text} restricted to the tenant, the statuses and the language, as filters. */
  private static Query filtered(
      TenantId tenant, Set<ArticleStatus> statuses, @Nullable String language, Query text) {
    BooleanQuery.Builder status = new BooleanQuery.Builder();
    for (ArticleStatus each : statuses) {
      status.add(new TermQuery(new Term(STATUS, each.name())), Occur.SHOULD);
    }
    BooleanQuery.Builder query =
        new BooleanQuery.Builder()
            .add(text, Occur.MUST)
            .add(new TermQuery(new Term(TENANT, tenant.value())), Occur.FILTER)
            .add(status.build(), Occur.FILTER);
    if (language != null) {
      query.add(new TermQuery(new Term(LANGUAGE, language)), Occur.FILTER);
    }
    return query.build();
  }

  private List<ArticleHit> top(Query query, int limit) {
    return read(
        searcher -> {
          TopDocs top;
          try {
            top = searcher.search(query, limit);
          } catch (IndexSearcher.TooManyClauses e) {
            throw new IllegalArgumentException("search text expands to too many terms", e);
          }
          List<ArticleHit> hits = new ArrayList<>(top.scoreDocs.length);
          for (ScoreDoc hit : top.scoreDocs) {
            Document stored = searcher.storedFields().document(hit.doc);
            hits.add(
                new ArticleHit(
                    ArticleId.of(UUID.fromString(stored.get(ID))),
                    stored.get(TITLE),
                    Math.max(0, hit.score)));
          }
          return hits;
        });
  }

  /** Commits every change so far. */
  public void commit() {
    write(writer::commit);
  }

  /** Commits and closes the index. */
  public void close() {
    try {
      searchers.close();
      writer.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the article index", e);
    }
  }

  private interface Write {
    void run() throws IOException;
  }

  private interface Read<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  private void write(Write change) {
    try {
      change.run();
      // near real time: the next search sees the change without a commit
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the article index", e);
    }
  }

  private <T> T read(Read<T> query) {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return query.apply(searcher);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the article index", e);
    }
  }
}
