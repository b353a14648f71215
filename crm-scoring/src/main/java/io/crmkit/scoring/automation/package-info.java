/**
 * Workflow rule conditions written in the segment filter language: {@link
 * io.crmkit.scoring.automation.RecordConditions} parses a text such as {@code status = "open" and
 * amount > 10000} against the fields of one record type into a {@link
 * io.crmkit.core.automation.RuleCondition}.
 *
 * @since 0.1
 */
@NullMarked
package io.crmkit.scoring.automation;

import org.jspecify.annotations.NullMarked;
