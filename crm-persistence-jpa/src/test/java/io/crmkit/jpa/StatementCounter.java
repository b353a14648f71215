package io.crmkit.jpa;

import java.util.ArrayList;
import java.util.List;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Records the SQL statements Hibernate prepares on the current thread, for tests that count them.
 */
public final class StatementCounter implements StatementInspector {

  private static final long serialVersionUID = 1L;
  private static final ThreadLocal<List<String>> RECORDED = ThreadLocal.withInitial(ArrayList::new);

  @Override
  public String inspect(String sql) {
    RECORDED.get().add(sql);
    return sql;
  }

  /** Forgets the statements recorded so far on this thread. */
  static void reset() {
    RECORDED.get().clear();
  }

  /** Returns the statements recorded on this thread since the last reset. */
  static List<String> statements() {
    return List.copyOf(RECORDED.get());
  }
}
