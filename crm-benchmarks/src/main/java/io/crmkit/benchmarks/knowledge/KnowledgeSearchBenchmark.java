package io.crmkit.benchmarks.knowledge;

import io.crmkit.core.Crm;
import io.crmkit.core.knowledge.ArticleContent;
import io.crmkit.core.knowledge.ArticleHit;
import io.crmkit.scoring.knowledge.LuceneArticleIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Search latency over 10,000 published English articles: {@code crm.knowledge().search(text)} on
 * the Lucene index (text analysed, query built term by term with tenant and status filters, stored
 * fields read, each hit checked against the storage) against the limit, a bare Lucene {@link
 * IndexSearcher} over the same texts in one English field pair, with the same analysis and
 * term-by-term query but no filters and no storage. Both return the top 10 for the same rotating
 * questions.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class KnowledgeSearchBenchmark {

  static final int ARTICLES = 10_000;

  private static final String[] WORDS = {
    "password",
    "reset",
    "invoice",
    "billing",
    "refund",
    "subscription",
    "cancel",
    "account",
    "login",
    "security",
    "authentication",
    "export",
    "import",
    "contacts",
    "spreadsheet",
    "calendar",
    "meeting",
    "integration",
    "payment",
    "card",
    "email",
    "address",
    "profile",
    "team",
    "invite",
    "role",
    "permission",
    "workspace",
    "report",
    "dashboard",
    "pipeline",
    "deal",
    "stage",
    "forecast",
    "quota",
    "timeline",
    "activity",
    "task",
    "reminder",
    "webhook",
    "api",
    "token",
    "limit",
    "error",
    "slow",
    "browser",
    "cache",
    "mobile",
    "notification",
    "language",
    "currency",
    "tax",
    "discount",
    "plan",
    "upgrade",
    "downgrade",
    "trial",
    "data",
    "privacy",
    "delete",
    "archive",
    "restore",
    "backup",
    "sync",
    "duplicate",
    "merge",
    "field",
    "custom",
    "template",
    "campaign",
    "segment",
    "consent",
    "unsubscribe",
    "ticket",
    "support"
  };

  private static final String[] QUESTIONS = {
    "I forgot my password and cannot login",
    "where is last month's invoice",
    "how do I get a refund for my subscription",
    "import contacts from a spreadsheet",
    "calendar meetings do not sync",
    "the dashboard is slow in my browser",
    "invite my team and set permissions",
    "delete my data for privacy",
    "webhook returns an error",
    "upgrade my plan and change the card"
  };

  private Crm crm;
  private LuceneArticleIndex index;
  private ByteBuffersDirectory bareDirectory;
  private DirectoryReader bareReader;
  private IndexSearcher bareSearcher;
  private final Analyzer english = new EnglishAnalyzer();
  private int next;

  @Setup(Level.Trial)
  public void load() throws IOException {
    index = LuceneArticleIndex.inMemory();
    crm = Crm.builder().articleIndex(index).build();
    bareDirectory = new ByteBuffersDirectory();
    Random random = new Random(42);
    try (IndexWriter writer = new IndexWriter(bareDirectory, new IndexWriterConfig(english))) {
      for (int i = 0; i < ARTICLES; i++) {
        String title = words(random, 4 + random.nextInt(4));
        String body = words(random, 60 + random.nextInt(120));
        crm.knowledge().publish(crm.knowledge().create(ArticleContent.of(title, body, "en")));
        Document document = new Document();
        document.add(new StringField("id", Integer.toString(i), Field.Store.YES));
        document.add(new TextField("title", title, Field.Store.YES));
        document.add(new TextField("body", body, Field.Store.NO));
        writer.addDocument(document);
      }
    }
    bareReader = DirectoryReader.open(bareDirectory);
    bareSearcher = new IndexSearcher(bareReader);
  }

  private static String words(Random random, int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
    }
    return text.toString();
  }

  @TearDown(Level.Trial)
  public void close() throws IOException {
    index.close();
    bareReader.close();
    bareDirectory.close();
  }

  private String question() {
    next = (next + 1) % QUESTIONS.length;
    return QUESTIONS[next];
  }

  @Benchmark
  public List<ArticleHit> crmkitSearch() {
    return crm.knowledge().search(question());
  }

  @Benchmark
  public List<String> bareLuceneSearch() throws IOException {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    try (TokenStream tokens = english.tokenStream("", question())) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        String word = term.toString();
        query.add(new BoostQuery(new TermQuery(new Term("title", word)), 3f), Occur.SHOULD);
        query.add(new TermQuery(new Term("body", word)), Occur.SHOULD);
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    TopDocs top = bareSearcher.search(query.build(), 10);
    List<String> titles = new ArrayList<>(top.scoreDocs.length);
    for (ScoreDoc hit : top.scoreDocs) {
      titles.add(bareSearcher.storedFields().document(hit.doc).get("title"));
    }
    return titles;
  }
}
