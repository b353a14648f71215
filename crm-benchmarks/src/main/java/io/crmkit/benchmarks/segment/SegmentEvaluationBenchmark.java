package io.crmkit.benchmarks.segment;

import io.crmkit.benchmarks.prospects.ProspectGenerator;
import io.crmkit.scoring.audience.ContactSubject;
import io.crmkit.scoring.segment.EvaluationContext;
import io.crmkit.scoring.segment.SegmentFilter;
import io.crmkit.scoring.segment.SegmentSubject;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
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
 * Time to evaluate the six-condition segment of {@link SixConditions} over a million in-memory
 * contacts: crmkit's {@link SegmentFilter}, compiled once, against the hand-written loop, over the
 * same {@link ContactSubject}s. One operation counts the members among all contacts; each side
 * checks its count against the other's, taken in the setup.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms8g", "-Xmx8g"})
@Warmup(iterations = 5, time = 5)
@Measurement(iterations = 5, time = 5)
public class SegmentEvaluationBenchmark {

  static final long SEED = 20_260_602L;

  @Param({"1000000"})
  public int contacts;

  private List<ContactSubject> subjects;
  private SegmentFilter filter;
  private EvaluationContext context;
  private SixConditions handWritten;
  private int members;

  @Setup
  public void setUp() {
    subjects = Audience.generate(SEED, contacts);
    filter = SegmentFilter.parse(SixConditions.SEGMENT, Audience.schema());
    context = EvaluationContext.at(ProspectGenerator.NOW);
    handWritten = new SixConditions(ProspectGenerator.NOW);
    members = handWrittenLoop();
    if (members == 0 || crmkitSegment() != members) {
      throw new IllegalStateException("the two sides disagree, or the segment is empty");
    }
  }

  @Benchmark
  public int crmkitSegment() {
    Predicate<SegmentSubject> matcher = filter.matcher(context);
    int count = 0;
    for (ContactSubject subject : subjects) {
      if (matcher.test(subject)) {
        count++;
      }
    }
    return expect(count);
  }

  @Benchmark
  public int handWrittenLoop() {
    int count = 0;
    for (ContactSubject subject : subjects) {
      if (handWritten.matches(subject.contact(), subject.facts())) {
        count++;
      }
    }
    return expect(count);
  }

  private int expect(int count) {
    if (members != 0 && count != members) {
      throw new IllegalStateException("expected " + members + " members but counted " + count);
    }
    return count;
  }
}
