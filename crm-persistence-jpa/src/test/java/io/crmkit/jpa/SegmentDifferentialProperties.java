package io.crmkit.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.crmkit.core.Crm;
import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.contact.ContactQuery;
import io.crmkit.core.fixtures.FuzzReport;
import io.crmkit.core.memory.InMemoryCrmStorage;
import io.crmkit.jpa.segment.JpaSegmentQuery;
import io.crmkit.scoring.CrmAnalytics;
import io.crmkit.scoring.audience.SegmentService;
import io.crmkit.scoring.audience.StaticListService;
import io.crmkit.scoring.internal.ScoringPorts;
import io.crmkit.scoring.segment.SegmentPrinter;
import io.crmkit.scoring.segment.SegmentSchema;
import io.crmkit.scoring.spi.SegmentRepository;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The differential test of the segment language: thousands of random well-typed expressions (every
 * operator, {@code not}, missing and empty values, references to segments and lists, relative
 * windows, custom fields) over one fixed, seeded population select exactly the same contacts in
 * memory (the segment service over the population in an in-memory CRM) and in the database ({@link
 * JpaSegmentQuery} over the same population stored on H2 always, on PostgreSQL and MariaDB when
 * configured). Both sides may refuse an expression, but then with the same library exception. Each
 * run writes its counts to {@code target/fuzz-reports}.
 */
@ExtendWith(ProviderLimits.class)
class SegmentDifferentialProperties {

  private static final long SEED = 13_2026L;
  private static final int EXPRESSIONS = 2_000;

  /** QuickTheories tries about five in six of the examples asked for: ask for enough. */
  private static final int EXAMPLES = EXPRESSIONS * 6 / 5 + 100;

  private static final int MAX_DEPTH = 3;

  /** Named segments for references: chains, a diamond and negations of unknown conditions. */
  private static final Map<String, String> SEGMENTS =
      Map.of(
          "ctos", "jobTitle = \"CTO\"",
          "recent", "lastActivityAt within last 14 days",
          "spenders", "orderValue >= 100 or custom.budget > 0",
          "recent ctos", "in segment \"ctos\" and in segment \"recent\"",
          "not ctos", "not (in segment \"ctos\")",
          "diamond",
              "not (in segment \"recent ctos\" or in segment \"not ctos\") or custom.tier ="
                  + " \"gold\"");

  /** The order in which they can be defined: each after the segments it names. */
  private static final List<String> DEFINITION_ORDER =
      List.of("ctos", "recent", "spenders", "recent ctos", "not ctos", "diamond");

  @Test
  void h2SelectsWhatTheInMemoryEvaluationSelects() {
    sameContacts(TestDatabase.H2);
  }

  @Test
  void postgresqlSelectsWhatTheInMemoryEvaluationSelects() {
    TestDatabase.POSTGRESQL.assumeConfigured();
    sameContacts(TestDatabase.POSTGRESQL);
  }

  @Test
  void mariadbSelectsWhatTheInMemoryEvaluationSelects() {
    TestDatabase.MARIADB.assumeConfigured();
    sameContacts(TestDatabase.MARIADB);
  }

  private static void sameContacts(TestDatabase database) {
    SegmentPopulation population = new SegmentPopulation(SEED);
    Crm inMemory = population.writeTo(InMemoryCrmStorage.create());
    Crm stored = population.writeTo(database.freshStorage());
    database.analyze();
    assertThat(ids(stored)).as("the same population").isEqualTo(ids(inMemory));

    SegmentRepository segments = inMemory.moduleContext().port(ScoringPorts.SEGMENTS);
    SegmentService service = CrmAnalytics.on(inMemory).segments();
    StaticListService lists = CrmAnalytics.on(inMemory).lists();
    DEFINITION_ORDER.forEach(name -> service.define(name, SEGMENTS.get(name)));
    List<Contact> everyone = contacts(inMemory);
    lists.create("picked");
    lists.addMembers(
        "picked",
        everyone.stream()
            .filter(contact -> everyone.indexOf(contact) % 3 == 0)
            .map(Contact::id)
            .toList());
    lists.create("nobody");
    List<String> names = new ArrayList<>(DEFINITION_ORDER);
    names.addAll(List.of("picked", "nobody"));

    JpaSegmentQuery query = JpaSegmentQuery.builder(database.factory()).segments(segments).build();
    SegmentSchema schema = service.schema();
    AtomicInteger selective = new AtomicInteger();
    FuzzReport report =
        FuzzReport.of(
            "SegmentDifferentialProperties-" + database.name().toLowerCase(Locale.ROOT),
            "expressions");
    qt().withFixedSeed(SEED)
        .withExamples(EXAMPLES)
        .withShrinkCycles(0)
        .forAll(
            ContactSegmentGenerators.expressions(
                schema, names, inMemory.clock().instant(), MAX_DEPTH))
        .checkAssert(
            expression -> {
              String text = SegmentPrinter.print(expression);
              Object inMemoryOutcome = outcome(() -> service.preview(text));
              if (inMemoryOutcome instanceof Set<?> selected
                  && !selected.isEmpty()
                  && selected.size() < everyone.size()) {
                selective.incrementAndGet();
              }
              Object databaseOutcome =
                  outcome(
                      () ->
                          query.allMembers(
                              SegmentPopulation.TENANT, schema, expression, stored.clock()));
              if (inMemoryOutcome instanceof Throwable foreign) {
                report.foreignException(text, foreign);
              } else if (databaseOutcome instanceof Throwable foreign) {
                report.foreignException(text, foreign);
              } else if (!Objects.equals(inMemoryOutcome, databaseOutcome)) {
                report.mismatch(
                    text,
                    "in memory: "
                        + describe(inMemoryOutcome, everyone)
                        + "\n  in the database: "
                        + describe(databaseOutcome, everyone));
              } else {
                report.passed(text);
              }
            });
    report.finish(EXPRESSIONS);
    assertThat(selective.get())
        .as("expressions that select some contacts but not all")
        .isGreaterThan(EXPRESSIONS / 3);
  }

  /**
   * Returns the contacts the evaluation selects, the class name of the library exception that
   * refused the expression, or any other exception it raised.
   */
  private static Object outcome(Supplier<Collection<ContactId>> evaluation) {
    try {
      return Set.copyOf(evaluation.get());
    } catch (RuntimeException | StackOverflowError e) {
      return FuzzReport.isLibraryException(e) ? e.getClass().getName() : e;
    }
  }

  /** Names the selected contacts by their position in the population, to keep messages short. */
  private static String describe(Object outcome, List<Contact> everyone) {
    if (!(outcome instanceof Set<?> selected)) {
      return "refused with " + outcome;
    }
    List<ContactId> ids = everyone.stream().map(Contact::id).toList();
    return selected.stream()
        .map(id -> "#" + ids.indexOf(id))
        .sorted()
        .collect(Collectors.joining(" ", "[", "]"));
  }

  private static List<ContactId> ids(Crm crm) {
    return contacts(crm).stream().map(Contact::id).toList();
  }

  private static List<Contact> contacts(Crm crm) {
    List<Contact> contacts = new ArrayList<>();
    PageRequest request = PageRequest.first(PageRequest.MAX_SIZE);
    while (true) {
      Page<Contact> page = crm.contacts().search(ContactQuery.all(), request);
      contacts.addAll(page.items());
      if (page.next() == null) {
        return contacts;
      }
      request = PageRequest.after(page.next(), PageRequest.MAX_SIZE);
    }
  }
}
