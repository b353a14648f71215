package io.crmkit.jpa;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * Counts what a data source's statements send to the database: rows added to JDBC batches, batches
 * executed, statements executed one by one, and statements prepared but not yet closed; and keeps,
 * per thread, the SQL text of the statements prepared or executed. It wraps the JDBC objects
 * themselves, so it sees what any persistence provider does.
 */
final class JdbcCalls {

  private static final Set<String> SINGLE_EXECUTIONS =
      Set.of("execute", "executeUpdate", "executeLargeUpdate", "executeQuery");

  final AtomicLong batchedRows = new AtomicLong();
  final AtomicLong batches = new AtomicLong();
  final AtomicLong singleStatements = new AtomicLong();

  /** The statements executed one by one before the first batch, or -1 while no batch ran. */
  final AtomicLong singleStatementsBeforeFirstBatch = new AtomicLong(-1);

  /** The statements handed out by connections and not closed since. */
  final AtomicLong openStatements = new AtomicLong();

  /** The SQL text of the statements prepared or executed on each thread. */
  final ThreadLocal<List<String>> sql = ThreadLocal.withInitial(ArrayList::new);

  /** Returns {@code source} with every statement it hands out counted here. */
  DataSource counting(DataSource source) {
    return proxy(DataSource.class, source);
  }

  /** Forgets every count so far. */
  void reset() {
    batchedRows.set(0);
    batches.set(0);
    singleStatements.set(0);
    singleStatementsBeforeFirstBatch.set(-1);
  }

  /** Returns the database round trips: batches plus statements executed one by one. */
  long roundTrips() {
    return batches.get() + singleStatements.get();
  }

  private <T> T proxy(Class<T> type, T target) {
    InvocationHandler handler =
        (self, method, args) -> {
          String name = method.getName();
          if (args != null
              && args.length > 0
              && args[0] instanceof String text
              && sendsSql(target, name)) {
            sql.get().add(text);
          }
          if (target instanceof Statement) {
            if (name.equals("addBatch")) {
              batchedRows.incrementAndGet();
            } else if (name.equals("executeBatch") || name.equals("executeLargeBatch")) {
              batches.incrementAndGet();
              singleStatementsBeforeFirstBatch.compareAndSet(-1, singleStatements.get());
            } else if (SINGLE_EXECUTIONS.contains(name)) {
              singleStatements.incrementAndGet();
            } else if (name.equals("close") && !((Statement) target).isClosed()) {
              openStatements.decrementAndGet();
            }
          }
          Object result;
          try {
            result = method.invoke(target, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
          if (result instanceof Connection connection) {
            return proxy(Connection.class, connection);
          }
          if (result instanceof Statement && target instanceof Connection) {
            openStatements.incrementAndGet();
          }
          if (result instanceof PreparedStatement statement) {
            return proxy(PreparedStatement.class, statement);
          }
          if (result instanceof Statement statement) {
            return proxy(Statement.class, statement);
          }
          return result;
        };
    return type.cast(
        Proxy.newProxyInstance(JdbcCalls.class.getClassLoader(), new Class<?>[] {type}, handler));
  }

  private static boolean sendsSql(Object target, String method) {
    if (target instanceof Connection) {
      return method.equals("prepareStatement") || method.equals("prepareCall");
    }
    return target instanceof Statement && method.startsWith("execute");
  }
}
