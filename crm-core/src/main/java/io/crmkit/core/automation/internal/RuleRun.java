package io.crmkit.core.automation.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.RecordRef;
import io.crmkit.core.RecordType;
import java.util.Locale;
import java.util.Optional;

/**
 * The subject of a workflow rule's due item: the record it looks at (none for a rule on a
 * schedule), the rule, how deep in a chain of rules triggering rules it runs, and the index of the
 * first action to run (past 0 after a wait). Written as {@code deal:<id> <rule> <depth> <from>},
 * the record first so that a record's log is a search by prefix.
 *
 * @param record the record, or empty
 * @param rule the rule's name
 * @param depth 1 for a rule triggered by a person's change, one more for each rule before it
 * @param from the index of the first action to run
 */
record RuleRun(Optional<RecordRef> record, String rule, int depth, int from) {

  private static final String NO_RECORD = "-";

  RuleRun {
    requireNonNull(record, "record");
    requireNonNull(rule, "rule");
  }

  /** Returns the subject prefix of every rule run on {@code record}. */
  static String prefix(RecordRef record) {
    return record.type().name().toLowerCase(Locale.ROOT) + ":" + record.id() + " ";
  }

  /** Returns the run that a subject describes. */
  static RuleRun parse(String subject) {
    String[] parts = subject.split(" ");
    checkArgument(parts.length == 4, "not a workflow rule run: %s", subject);
    Optional<RecordRef> record = Optional.empty();
    if (!parts[0].equals(NO_RECORD)) {
      int colon = parts[0].indexOf(':');
      record =
          Optional.of(
              new RecordRef(
                  RecordType.valueOf(parts[0].substring(0, colon).toUpperCase(Locale.ROOT)),
                  parts[0].substring(colon + 1)));
    }
    return new RuleRun(record, parts[1], Integer.parseInt(parts[2]), Integer.parseInt(parts[3]));
  }

  /** Returns this run as a due item's subject. */
  String subject() {
    return record.map(RuleRun::prefix).orElse(NO_RECORD + " ") + rule + " " + depth + " " + from;
  }

  /** Returns the same run resumed at action {@code index}. */
  RuleRun resumedAt(int index) {
    return new RuleRun(record, rule, depth, index);
  }
}
