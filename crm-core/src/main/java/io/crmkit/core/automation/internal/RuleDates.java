package io.crmkit.core.automation.internal;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.automation.RuleTrigger.DateRelative;
import io.crmkit.core.calendar.BusinessCalendar;
import io.crmkit.core.deal.DealId;
import io.crmkit.core.spi.CrmStorage;
import io.crmkit.core.task.TaskId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Works out when a date-relative trigger falls due for a record as it is now: its date moved by the
 * trigger's business days in the team's calendar.
 */
final class RuleDates {

  private final CrmStorage storage;
  private final BusinessCalendar calendar;

  RuleDates(CrmStorage storage, BusinessCalendar calendar) {
    this.storage = requireNonNull(storage, "storage");
    this.calendar = requireNonNull(calendar, "calendar");
  }

  /** Returns when {@code trigger} falls due for {@code record}, if the record has the date. */
  Optional<Instant> dueAt(TenantId tenant, RecordRef record, DateRelative trigger) {
    if (record.type() != trigger.field().type()) {
      return Optional.empty();
    }
    Optional<Instant> date =
        switch (trigger.field()) {
          case DEAL_CLOSE_DATE ->
              storage
                  .deals()
                  .find(tenant, DealId.parse(record.id()))
                  .flatMap(deal -> Optional.ofNullable(deal.details().expectedCloseDate()))
                  .map(day -> day.atStartOfDay(calendar.zone()).toInstant());
          case DEAL_LAST_CHANGE ->
              storage
                  .deals()
                  .find(tenant, DealId.parse(record.id()))
                  .filter(deal -> deal.isOpen())
                  .map(deal -> deal.revision().updatedAt());
          case TASK_DUE ->
              storage
                  .tasks()
                  .find(tenant, TaskId.parse(record.id()))
                  .filter(task -> task.isOpen())
                  .map(task -> task.details().dueAt());
        };
    return date.map(instant -> moved(instant, trigger.businessDays()));
  }

  private Instant moved(Instant date, int businessDays) {
    if (businessDays >= 0) {
      return calendar.plusBusinessDays(date, businessDays);
    }
    LocalDate day = date.atZone(calendar.zone()).toLocalDate();
    for (int counted = 0; counted < -businessDays; ) {
      day = day.minusDays(1);
      counted += calendar.isWorkingDay(day) ? 1 : 0;
    }
    return calendar.nextWorkingTime(day.atStartOfDay(calendar.zone()).toInstant());
  }
}
