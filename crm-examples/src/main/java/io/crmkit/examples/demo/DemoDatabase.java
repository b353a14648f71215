package io.crmkit.examples.demo;

import static java.util.Objects.requireNonNull;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.crmkit.examples.EmbeddedH2;
import io.crmkit.jpa.JpaCrmStorage;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The demo's database: an embedded H2 database in a file, created empty for each run, migrated with
 * the adapter's Flyway scripts and reached through {@link JpaCrmStorage} on Hibernate, opened by
 * {@link EmbeddedH2#open} the way README.md's "Embedding in your persistence unit" tells a host to.
 * Closing it closes the persistence unit and the pool, which lets H2 close the file.
 */
final class DemoDatabase implements AutoCloseable {

  /** The database's files: {@code crm.mv.db} (and a {@code crm.trace.db} on errors) in here. */
  static final Path DEFAULT_DIRECTORY = Path.of("target", "crmkit-demo");

  private static final String NAME = "crm";

  private final Path file;
  private final HikariDataSource dataSource;
  private final EntityManagerFactory factory;
  private final JpaCrmStorage storage;

  private DemoDatabase(Path file, HikariDataSource dataSource, EntityManagerFactory factory) {
    this.file = file;
    this.dataSource = dataSource;
    this.factory = factory;
    this.storage = JpaCrmStorage.create(factory);
  }

  /**
   * Creates an empty database in {@code directory}, deleting the files a previous run left there,
   * and migrates it.
   */
  static DemoDatabase create(Path directory) {
    requireNonNull(directory, "directory");
    Path base = directory.toAbsolutePath().resolve(NAME);
    deletePreviousRun(directory);
    HikariConfig pool = new HikariConfig();
    // one writer at a time: the simulation runs on one thread, the pool only keeps the file open.
    // H2 keeps the parsed form of 8 statements per session by default; the adapter's repositories
    // use a few dozen, so at 8 nearly every statement was parsed again (133 of 2,773 JFR samples
    // of the run) and at 64 nearly none is (21 samples)
    pool.setJdbcUrl(
        "jdbc:h2:file:" + base + ";DB_CLOSE_ON_EXIT=FALSE;CACHE_SIZE=262144;QUERY_CACHE_SIZE=64");
    pool.setUsername("sa");
    pool.setPassword("");
    pool.setMaximumPoolSize(2);
    pool.setPoolName("crmkit-demo");
    HikariDataSource dataSource = new HikariDataSource(pool);
    try {
      return new DemoDatabase(
          Path.of(base + ".mv.db"), dataSource, EmbeddedH2.open(dataSource, "crmkit-demo"));
    } catch (RuntimeException e) {
      dataSource.close();
      throw e;
    }
  }

  private static void deletePreviousRun(Path directory) {
    try {
      Files.createDirectories(directory);
      try (Stream<Path> files = Files.list(directory)) {
        for (Path old : files.filter(path -> isDatabaseFile(path)).toList()) {
          Files.delete(old);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare the database directory " + directory, e);
    }
  }

  /** Only H2's own files are deleted, in case the directory was given by hand. */
  private static boolean isDatabaseFile(Path path) {
    String name = path.getFileName().toString();
    return name.startsWith(NAME + ".") && (name.endsWith(".db") || name.endsWith(".tmp"));
  }

  /** Returns the CRM's storage in this database. */
  JpaCrmStorage storage() {
    return storage;
  }

  /** Returns the database's main file. */
  Path file() {
    return file;
  }

  @Override
  public void close() {
    try {
      factory.close();
    } finally {
      dataSource.close();
    }
  }
}
