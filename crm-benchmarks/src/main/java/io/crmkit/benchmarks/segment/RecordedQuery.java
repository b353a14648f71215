package io.crmkit.benchmarks.segment;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * The last query a persistence provider prepared through a data source, with the parameter values
 * it bound: the SQL Hibernate generates for a segment, replayed under {@code EXPLAIN} with exactly
 * the values it ran with. Statements are recorded through JDK proxies of the JDBC interfaces, so no
 * driver or provider hook is needed.
 */
public final class RecordedQuery {

  /** One call that bound a parameter, such as {@code setString(3, "DE")}. */
  private record Binding(Method method, @Nullable Object[] arguments) {}

  private @Nullable String sql;
  private List<Binding> bindings = List.of();

  /** Returns a data source that hands out {@code target}'s connections and records into this. */
  public DataSource recording(DataSource target) {
    return proxy(
        DataSource.class,
        target,
        (method, result) ->
            method.getName().equals("getConnection") ? connection((Connection) result) : result);
  }

  private Connection connection(Connection target) {
    return proxy(
        Connection.class,
        target,
        (method, result) ->
            result instanceof PreparedStatement statement
                    && method.getName().equals("prepareStatement")
                ? statement(statement, (String) lastArguments.get()[0])
                : result);
  }

  // the arguments of the call being wrapped, read by the wrapper of its result on the same thread
  private final ThreadLocal<@Nullable Object[]> lastArguments = new ThreadLocal<>();

  private PreparedStatement statement(PreparedStatement target, String statementSql) {
    List<Binding> calls = new ArrayList<>();
    return proxy(
        PreparedStatement.class,
        target,
        (method, result) -> {
          if (method.getName().startsWith("set")
              && method.getParameterCount() >= 2
              && method.getParameterTypes()[0] == int.class) {
            calls.add(new Binding(method, lastArguments.get().clone()));
          } else if (method.getName().equals("executeQuery")) {
            record(statementSql, calls);
          }
          return result;
        });
  }

  private synchronized void record(String statementSql, List<Binding> calls) {
    sql = statementSql;
    bindings = List.copyOf(calls);
  }

  /** Returns the SQL of the last query executed, with {@code ?} for its parameters. */
  public synchronized String sql() {
    if (sql == null) {
      throw new IllegalStateException("no query was executed through the recording data source");
    }
    return sql;
  }

  /** Returns the bound values of the last query, in the order they were bound. */
  public synchronized List<@Nullable Object> values() {
    List<@Nullable Object> values = new ArrayList<>();
    for (Binding binding : bindings) {
      values.add(binding.arguments()[1]);
    }
    return values;
  }

  /**
   * Runs the last query on {@code connection} under {@code EXPLAIN (ANALYZE, BUFFERS)} with the
   * same bound values, and returns the plan PostgreSQL reports, one line per row.
   */
  public synchronized String explain(Connection connection) throws SQLException {
    try (PreparedStatement explain =
        connection.prepareStatement("explain (analyze, buffers) " + sql())) {
      for (Binding binding : bindings) {
        try {
          binding.method().invoke(explain, binding.arguments());
        } catch (IllegalAccessException | InvocationTargetException e) {
          throw new SQLException("could not bind " + binding.method().getName(), e);
        }
      }
      StringJoiner plan = new StringJoiner("\n");
      try (ResultSet rows = explain.executeQuery()) {
        while (rows.next()) {
          plan.add(rows.getString(1));
        }
      }
      return plan.toString();
    }
  }

  /** What a proxy does with the result of a call on its target. */
  private interface AfterCall {
    @Nullable Object apply(Method method, @Nullable Object result) throws SQLException;
  }

  private <T> T proxy(Class<T> type, T target, AfterCall after) {
    InvocationHandler handler =
        (proxy, method, arguments) -> {
          Object result;
          try {
            result = method.invoke(target, arguments);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
          lastArguments.set(arguments == null ? new Object[0] : arguments);
          try {
            return after.apply(method, result);
          } finally {
            lastArguments.remove();
          }
        };
    return type.cast(
        Proxy.newProxyInstance(
            RecordedQuery.class.getClassLoader(), new Class<?>[] {type}, handler));
  }
}
