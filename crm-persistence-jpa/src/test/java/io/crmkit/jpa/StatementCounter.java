package io.crmkit.jpa;

import java.util.List;
import javax.sql.DataSource;

/**
 * Records the SQL statements the test databases' connections prepare or execute on the current
 * thread, for tests that count them, whatever the provider.
 */
final class StatementCounter {

  private static final JdbcCalls CALLS = new JdbcCalls();

  private StatementCounter() {}

  /** Returns {@code source} with the statements of its connections recorded here. */
  static DataSource recording(DataSource source) {
    return CALLS.counting(source);
  }

  /** Forgets the statements recorded so far on this thread. */
  static void reset() {
    CALLS.sql.get().clear();
  }

  /** Returns the statements recorded on this thread since the last reset. */
  static List<String> statements() {
    return List.copyOf(CALLS.sql.get());
  }
}
