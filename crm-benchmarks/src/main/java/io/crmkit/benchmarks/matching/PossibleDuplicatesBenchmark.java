package io.crmkit.benchmarks.matching;

import io.crmkit.scoring.matching.DuplicateIndex;
import io.crmkit.scoring.matching.MatchConfiguration;
import io.crmkit.scoring.matching.MatchModel;
import io.crmkit.scoring.matching.MatchRecord;
import io.crmkit.scoring.matching.PossibleDuplicate;
import io.crmkit.scoring.matching.RecordLinkage;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * "Possible duplicates of this record" against a million stored contacts: a {@link DuplicateIndex}
 * of {@code stored} generated person records (with their duplicates), weighing with a model trained
 * on a 100,000-record sample of them, asked about new records that are in turn a corrupted copy of
 * a stored one (the duplicate a user enters again) and a stranger. The target is under 5 ms per
 * question, the time a create can spend on it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
    value = 1,
    jvmArgs = {"-Xms6g", "-Xmx6g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class PossibleDuplicatesBenchmark {

  private static final int PROBES = 4_096;

  @Param({"1000000"})
  public int stored;

  private DuplicateIndex<String> index;
  private MatchRecord<String>[] copies;
  private MatchRecord<String>[] strangers;
  private int next;

  @Setup(Level.Trial)
  @SuppressWarnings("unchecked")
  public void fill() {
    LabelledRecords people = GeneratedPeople.generate(stored, 2026);
    List<MatchRecord<String>> records = people.records();
    MatchModel model =
        RecordLinkage.with(MatchConfiguration.people())
            .train(records.subList(0, Math.min(records.size(), 100_000)));
    index = DuplicateIndex.of(model, records);
    SplittableRandom random = new SplittableRandom(15);
    copies = new MatchRecord[PROBES];
    strangers = new MatchRecord[PROBES];
    int found = 0;
    for (int p = 0; p < PROBES; p++) {
      copies[p] =
          GeneratedPeople.copyOf(records.get(random.nextInt(records.size())), "copy-" + p, random);
      strangers[p] = GeneratedPeople.stranger("stranger-" + p, random);
      found += index.possibleDuplicatesOf(copies[p]).isEmpty() ? 0 : 1;
    }
    if (found < PROBES * 0.8) {
      throw new IllegalStateException(
          "the index found only " + found + " of " + PROBES + " copies");
    }
  }

  @Benchmark
  public List<PossibleDuplicate<String>> duplicateEnteredAgain() {
    return index.possibleDuplicatesOf(copies[next++ & (PROBES - 1)]);
  }

  @Benchmark
  public List<PossibleDuplicate<String>> newPerson() {
    return index.possibleDuplicatesOf(strangers[next++ & (PROBES - 1)]);
  }
}
