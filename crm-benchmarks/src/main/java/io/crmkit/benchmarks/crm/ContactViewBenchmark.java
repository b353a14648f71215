package io.crmkit.benchmarks.crm;

import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.timeline.Activity;
import io.crmkit.core.timeline.ContactView;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Views per second of a contact with 10,000 activities among 110,000: the CRM's 360-degree view
 * (contact, companies, first page of 50 activities newest first), the repository's first page of
 * the contact's timeline alone, and the physical reference (the contact from a {@code HashMap} and
 * a copy of the first 50 of a presorted {@code ArrayList}). Every benchmark checks it read a full
 * page.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ContactViewBenchmark {

  static final int PAGE = 50;
  private static final PageRequest FIRST_PAGE = PageRequest.first(PAGE);

  @Benchmark
  public ContactView viewThroughCrm(BusyTimeline timeline) {
    ContactView view = timeline.crm().timeline().view(timeline.focus(), FIRST_PAGE);
    fullPage(view.activities().items());
    return view;
  }

  @Benchmark
  public Page<Activity> timelineInRepository(BusyTimeline timeline) {
    Page<Activity> page =
        timeline.activities().forContact(InMemoryCrms.TENANT, timeline.focus(), FIRST_PAGE);
    fullPage(page.items());
    return page;
  }

  @Benchmark
  public HashMapTimeline.View firstOfSortedList(BusyTimeline timeline) {
    HashMapTimeline.View view = timeline.reference().view(timeline.focus(), PAGE);
    fullPage(view.activities());
    return view;
  }

  private static void fullPage(List<Activity> page) {
    if (page.size() != PAGE) {
      throw new IllegalStateException("expected a page of " + PAGE + ", got " + page.size());
    }
  }
}
