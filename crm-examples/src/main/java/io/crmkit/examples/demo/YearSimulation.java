package io.crmkit.examples.demo;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.Crm;
import io.crmkit.core.spi.UnitOfWork;
import io.crmkit.examples.demo.DemoDataGenerator.LeadRow;
import java.io.PrintStream;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;

/**
 * A year of the sales team's work, day by day: the leads arrive on their day, the desks do what
 * their agenda says, the audience interacts with the site and the mails, and every Monday morning
 * the nurtured leads whose time has come are recycled. Each day is one unit of work, which is how a
 * batch job would write it, and what lets a database write in large batches.
 */
final class YearSimulation {

  private final Crm crm;
  private final UnitOfWork unitOfWork;
  private final SimulatedClock clock;
  private final Agenda agenda;
  private final LeadDesk leads;
  private final ActivityStream activities;
  private final Random random;

  YearSimulation(
      Crm crm,
      UnitOfWork unitOfWork,
      SimulatedClock clock,
      Agenda agenda,
      LeadDesk leads,
      ActivityStream activities,
      Random random) {
    this.crm = requireNonNull(crm, "crm");
    this.unitOfWork = requireNonNull(unitOfWork, "unitOfWork");
    this.clock = requireNonNull(clock, "clock");
    this.agenda = requireNonNull(agenda, "agenda");
    this.leads = requireNonNull(leads, "leads");
    this.activities = requireNonNull(activities, "activities");
    this.random = requireNonNull(random, "random");
  }

  /**
   * Works {@code days} days from {@code first}: {@code leadRows} arrive on their day and {@code
   * interactions} activities are spread over the days, weekends quieter. Leaves the clock at the
   * start of the day after the last.
   */
  void run(LocalDate first, int days, List<LeadRow> leadRows, long interactions, PrintStream out) {
    for (LeadRow row : leadRows) {
      Instant arrival = startOf(first.plusDays(row.day())).plusSeconds(random.nextInt(86_400));
      agenda.plan(arrival, () -> leads.arrive(row));
    }
    long[] perDay = spread(first, days, interactions);
    Progress progress = Progress.start(out, "Working the year", days);
    for (int day = 0; day < days; day++) {
      LocalDate date = first.plusDays(day);
      activities.planDay(date, (int) perDay[day]);
      if (date.getDayOfWeek() == DayOfWeek.MONDAY) {
        agenda.plan(date.atTime(6, 0).toInstant(ZoneOffset.UTC), () -> leads.recycleDue(crm));
      }
      Instant end = startOf(date.plusDays(1));
      unitOfWork.execute(() -> agenda.workUntil(end));
      progress.advance(1);
    }
    clock.advanceTo(startOf(first.plusDays(days)));
    progress.finish(
        String.format(
            "%,d activities logged, %,d still planned past the year's end",
            activities.logged(), agenda.pending()));
  }

  /** Splits {@code total} over the days, a weekend day counting 40% of a weekday, exactly. */
  private static long[] spread(LocalDate first, int days, long total) {
    double[] weights = new double[days];
    double sum = 0;
    for (int day = 0; day < days; day++) {
      DayOfWeek weekday = first.plusDays(day).getDayOfWeek();
      weights[day] = weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY ? 0.4 : 1.0;
      sum += weights[day];
    }
    long[] counts = new long[days];
    double cumulative = 0;
    long given = 0;
    for (int day = 0; day < days; day++) {
      cumulative += weights[day];
      long upTo = Math.round(total * cumulative / sum);
      counts[day] = upTo - given;
      given = upTo;
    }
    return counts;
  }

  private static Instant startOf(LocalDate date) {
    return date.atStartOfDay().toInstant(ZoneOffset.UTC);
  }
}
