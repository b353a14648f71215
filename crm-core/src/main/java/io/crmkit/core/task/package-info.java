/**
 * Tasks and reminders: follow-up work assigned to users, due at an instant (often "within n
 * business days" on the team's business calendar), with the agenda of due and overdue work and the
 * reminders to fire.
 *
 * @since 0.1
 */
@NullMarked
package io.crmkit.core.task;

import org.jspecify.annotations.NullMarked;
