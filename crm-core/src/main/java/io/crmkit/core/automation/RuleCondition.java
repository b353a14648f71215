package io.crmkit.core.automation;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.RecordType;
import io.crmkit.core.internal.Quoted;

/**
 * The test a workflow rule's triggering record (or an assignment rule's record) must pass, on the
 * record's {@link RecordFacts}. A host writes its own as it needs; the two built here cover the
 * common cases.
 *
 * @since 0.1
 */
public interface RuleCondition {

  /** Returns whether the record described by {@code facts} passes. */
  boolean test(RecordFacts facts);

  /** Returns the condition as a person reads it, quoted in the execution log when it fails. */
  String text();

  /**
   * Returns whether the condition can be asked about records of {@code type}; a rule whose trigger
   * looks at records of a type its condition does not apply to is refused when it is defined. Every
   * type, unless the condition says otherwise.
   */
  default boolean appliesTo(RecordType type) {
    return true;
  }

  /** Returns the condition every record passes. */
  static RuleCondition always() {
    return new RuleCondition() {
      @Override
      public boolean test(RecordFacts facts) {
        return true;
      }

      @Override
      public String text() {
        return "always";
      }
    };
  }

  /** Returns the condition that {@code field} holds {@code value} (compared as text). */
  static RuleCondition fieldIs(String field, String value) {
    requireNonNull(field, "field");
    requireNonNull(value, "value");
    return new RuleCondition() {
      @Override
      public boolean test(RecordFacts facts) {
        return facts.value(field).map(String::valueOf).filter(value::equals).isPresent();
      }

      @Override
      public String text() {
        return field + " = " + Quoted.of(value);
      }
    };
  }
}
