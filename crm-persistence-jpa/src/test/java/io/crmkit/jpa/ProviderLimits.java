package io.crmkit.jpa;

import static org.junit.jupiter.api.extension.ConditionEvaluationResult.disabled;
import static org.junit.jupiter.api.extension.ConditionEvaluationResult.enabled;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Disables, on this run's provider, the few tests that check what that provider cannot do, each
 * with its reason: the "Providers" section of docs/embedding-jpa.md lists the same limits. A test
 * class opts in with {@code @ExtendWith(ProviderLimits.class)}; every other test runs on every
 * provider.
 */
final class ProviderLimits implements ExecutionCondition {

  /** The test methods whose names end in {@code method} cannot pass on {@code provider}: why. */
  private record Limit(TestProvider provider, String method, String reason) {}

  private static final List<Limit> LIMITS =
      List.of(
          new Limit(
              TestProvider.ECLIPSELINK,
              "writesAThousandContactsInFullJdbcBatchesWhateverTheHostsOrdering",
              "writes each new contact's row with a statement of its own and batches only its key"
                  + " rows (1,000 contacts: 1,000 statements and 1,000 batches of 4 rows)"),
          new Limit(
              TestProvider.ECLIPSELINK,
              "readsTheTimelinesOfManyContactsWithOneStatementPerChunk",
              "loads each activity's link rows with a statement of its own while many timelines"
                  + " are read"),
          new Limit(
              TestProvider.ECLIPSELINK,
              "mergesSeveralRecordsAtOnceAndUndoesEveryLink",
              "gives a contact that an unmerge restores at version 1 a higher version (6 here) by"
                  + " the end of the unmerge"),
          new Limit(
              TestProvider.ECLIPSELINK,
              "aLongUnitSeesAndCommitsEveryWriteAcrossClears",
              "refuses, as a concurrent update, the change of a contact created earlier in the"
                  + " same unit of work"),
          new Limit(
              TestProvider.ECLIPSELINK,
              "SelectsWhatTheInMemoryEvaluationSelects",
              "fails inside its Criteria implementation on about one generated segment in eight"
                  + " (ClassCastException FunctionExpressionImpl to SubQueryImpl, or 'No parameter"
                  + " with name null')"),
          castFailure("treatsMultiValuedFieldsAsSets"),
          castFailure("comparesCoreTextColumnsAndTreatsBlankAsMissing"),
          castFailure("comparesTextsExactlyWithTrailingSpacesSignificant"),
          castFailure("comparesStoredValuesOfAddressesAndCustomFields"),
          new Limit(
              TestProvider.ECLIPSELINK,
              "bindsEveryValueAsAParameterSoHostileTextIsJustAValue",
              "puts the hostile text of a segment into the SQL text of a statement on H2 instead"
                  + " of binding it"),
          new Limit(
              TestProvider.ECLIPSELINK,
              "translatesExpressionsAtTheLimits",
              "overflows its stack on H2 building the queries of segment expressions at the"
                  + " input limits"));

  private static Limit castFailure(String method) {
    return new Limit(
        TestProvider.ECLIPSELINK,
        method,
        "cannot build these segments' Criteria queries (ClassCastException FunctionExpressionImpl"
            + " to SubQueryImpl inside EclipseLink)");
  }

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    Optional<String> method = context.getTestMethod().map(Method::getName);
    if (method.isEmpty()) {
      return enabled("not a test method");
    }
    return LIMITS.stream()
        .filter(limit -> limit.provider() == TestProvider.CURRENT)
        .filter(limit -> method.get().endsWith(limit.method()))
        .findFirst()
        .map(limit -> disabled(limit.provider() + " " + limit.reason()))
        .orElse(enabled("no known limit of " + TestProvider.CURRENT));
  }
}
