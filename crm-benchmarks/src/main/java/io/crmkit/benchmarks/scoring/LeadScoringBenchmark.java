package io.crmkit.benchmarks.scoring;

import io.crmkit.benchmarks.prospects.ProspectGenerator;
import io.crmkit.benchmarks.prospects.Prospects;
import io.crmkit.core.company.Company;
import io.crmkit.core.contact.CompanyLink;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.timeline.Activity;
import io.crmkit.scoring.rules.Score;
import io.crmkit.scoring.rules.ScoringEngine;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to score a whole population of prospects with the 25-rule {@link LeadModel}: crmkit's {@link
 * ScoringEngine#scoreAll} against the same rules in Easy Rules 4.1 ({@link EasyRulesLeadScoring}),
 * in the same run over the same contacts.
 *
 * <p>One operation scores every contact of the population ({@code contacts}, 100,000 by default),
 * so per-contact throughput is {@code contacts} divided by the time per operation. Both sides start
 * from the same contacts, companies by id and activities by contact, and both check that they
 * produced one result per contact.
 *
 * <p>The default forks with an 8 GiB heap: the population is generated in the forked JVM and stays
 * live for the whole trial. {@code -p contacts=1000000 -bm ss} scores the full million once per
 * iteration.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms8g", "-Xmx8g"})
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
public class LeadScoringBenchmark {

  static final long SEED = 20_260_601L;

  @Param({"100000"})
  public int contacts;

  private Prospects prospects;
  private ScoringEngine crmkit;
  private EasyRulesLeadScoring easyRules;

  @Setup
  public void setUp() {
    prospects = new ProspectGenerator(SEED).prospects(contacts);
    crmkit = ScoringEngine.compile(LeadModel.crmkit());
    easyRules = new EasyRulesLeadScoring();
    // The population is young when generated: without a collection here, the first collections
    // of the measured iterations would copy it to the old generation, a one-time cost of the setup
    // charged to whichever side happens to allocate least.
    System.gc();
  }

  @Benchmark
  public List<Score> crmkit() {
    return expectOnePerContact(
        crmkit.scoreAll(
            prospects.contacts(),
            prospects.companies(),
            prospects.activities(),
            ProspectGenerator.NOW));
  }

  @Benchmark
  public List<LeadTally> easyRules() {
    return expectOnePerContact(
        easyRules.scoreAll(
            prospects.contacts(),
            prospects.companies(),
            prospects.activities(),
            ProspectGenerator.NOW));
  }

  /**
   * Not an engine: the part of the work that any engine given this data must do, as a floor for
   * both. For each contact it looks up its activities and its primary company, as both engines do,
   * and reads each activity's details and instant; it tests no rule and explains nothing.
   */
  @Benchmark
  public long lookupsAndActivityWalk() {
    long checksum = 0;
    for (Contact contact : prospects.contacts()) {
      List<Activity> timeline = prospects.activities().getOrDefault(contact.id(), List.of());
      for (CompanyLink link : contact.details().companies()) {
        if (link.primary()) {
          Company company = prospects.companies().get(link.company());
          checksum += company == null ? 0 : company.details().name().length();
        }
      }
      for (Activity activity : timeline) {
        checksum += activity.occurredAt().getEpochSecond() + activity.type().length();
      }
    }
    return checksum;
  }

  private <T> List<T> expectOnePerContact(List<T> results) {
    if (results.size() != contacts) {
      throw new IllegalStateException(
          "expected " + contacts + " results but got " + results.size());
    }
    return results;
  }
}
