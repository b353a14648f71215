package io.crmkit.benchmarks.sequence;

import io.crmkit.core.Crm;
import io.crmkit.core.UserId;
import io.crmkit.core.automation.DueRun;
import io.crmkit.core.automation.ReplayClock;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.contactpoint.EmailAddress;
import io.crmkit.core.sequence.Sequence;
import io.crmkit.core.sequence.SequenceDetails;
import io.crmkit.core.sequence.SequenceStep;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
 * A day of a sales sequence for 1,000,000 enrollments in memory: {@code advanceOneDay} moves the
 * replay clock one day and runs {@code crm.automation().runDue()}, which performs each enrollment's
 * due wait step (timeline read for a reply, enrollment advanced, next step scheduled, item marked
 * done), against the limit {@code bareLoop}: the same due rows as plain objects, each looked up in
 * a {@link HashMap}, advanced and rescheduled into a list, nothing else.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgs = {"-Xms6g", "-Xmx6g"})
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class SequenceAdvanceBenchmark {

  private static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");

  @Param("1000000")
  public int enrollments;

  private ReplayClock clock;
  private Crm crm;
  private List<DueRow> rows;
  private Map<UUID, BareEnrollment> bare;

  /** One due row of the bare loop: an enrollment and the step due. */
  record DueRow(UUID enrollment, int step, Instant dueAt) {}

  /** The bare loop's enrollment: its next step and the instants its steps ran. */
  static final class BareEnrollment {
    int nextStep;
    final List<Instant> runs = new ArrayList<>(3);
  }

  /** Enrolls every contact and runs the first wait, so that each has a step due a day later. */
  @Setup(Level.Iteration)
  public void enroll() {
    clock = ReplayClock.at(MONDAY);
    crm = Crm.builder().clock(clock).actor(UserId.of("rep")).build();
    Sequence sequence =
        crm.sequences()
            .create(
                SequenceDetails.of(
                    "Daily nudges",
                    List.of(
                        SequenceStep.waitBusinessDays(1),
                        SequenceStep.waitBusinessDays(1),
                        SequenceStep.task(SequenceStep.TaskStep.Kind.CALL, "Call")),
                    UserId.of("rep"),
                    EmailAddress.of("rep@example.com")));
    rows = new ArrayList<>(enrollments);
    bare = new HashMap<>(enrollments * 2);
    for (int i = 0; i < enrollments; i++) {
      ContactId contact =
          crm.contacts().create(ContactDetails.builder().name("C" + i, "Test").build()).id();
      UUID id = crm.sequences().enroll(sequence.id(), contact).id().value();
      BareEnrollment row = new BareEnrollment();
      row.nextStep = 1;
      bare.put(id, row);
      rows.add(new DueRow(id, 1, MONDAY.plus(Duration.ofDays(1))));
    }
    DueRun first = crm.automation().runDue();
    if (first.done() != enrollments) {
      throw new IllegalStateException("first waits ran " + first.done());
    }
  }

  /** One day of the sequence through the CRM's due work. */
  @Benchmark
  public int advanceOneDay() {
    clock.advance(Duration.ofDays(1));
    DueRun run = crm.automation().runDue();
    if (run.done() != enrollments) {
      throw new IllegalStateException("second waits ran " + run.done());
    }
    return run.done();
  }

  /** The limit: the same due rows, advanced and rescheduled in plain collections. */
  @Benchmark
  public int bareLoop() {
    Instant now = MONDAY.plus(Duration.ofDays(1));
    List<DueRow> next = new ArrayList<>(rows.size());
    for (DueRow row : rows) {
      BareEnrollment enrollment = bare.get(row.enrollment());
      if (enrollment.nextStep == row.step() && !row.dueAt().isAfter(now)) {
        enrollment.runs.add(now);
        enrollment.nextStep++;
        next.add(new DueRow(row.enrollment(), enrollment.nextStep, now.plus(Duration.ofDays(1))));
      }
    }
    return next.size();
  }
}
