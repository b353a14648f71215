package io.crmkit.spring.boot.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/** The databases crmkit ships migrations for, each with its folder of Flyway scripts. */
public enum CrmDatabase {
  H2("h2"),
  POSTGRESQL("postgresql"),
  MARIADB("mariadb");

  private final String folder;

  CrmDatabase(String folder) {
    this.folder = folder;
  }

  /** Returns the class-path location of this database's migrations. */
  public String migrations() {
    return "classpath:db/migration/" + folder;
  }

  /**
   * Returns the database behind {@code dataSource}, by the product name its driver reports.
   *
   * @throws IllegalStateException when it is none of crmkit's databases, or cannot be reached
   */
  public static CrmDatabase of(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      return named(connection.getMetaData().getDatabaseProductName());
    } catch (SQLException failure) {
      throw new IllegalStateException("cannot read the database's product name", failure);
    }
  }

  /**
   * Returns the database of a driver's product name.
   *
   * @throws IllegalStateException when it is none of crmkit's databases
   */
  static CrmDatabase named(String productName) {
    String name = productName.toLowerCase(Locale.ROOT);
    if (name.contains("h2")) {
      return H2;
    }
    if (name.contains("postgresql")) {
      return POSTGRESQL;
    }
    if (name.contains("mariadb") || name.contains("mysql")) {
      return MARIADB;
    }
    throw new IllegalStateException(
        "crmkit ships migrations for H2, PostgreSQL and MariaDB, not for '" + productName + "'");
  }
}
