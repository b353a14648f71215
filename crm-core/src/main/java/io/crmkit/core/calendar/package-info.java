/**
 * Business calendars: when a team works (time zone, working days and hours, holidays), so that due
 * dates and service levels can be counted in business time.
 *
 * @since 0.1
 */
@NullMarked
package io.crmkit.core.calendar;

import org.jspecify.annotations.NullMarked;
