package io.crmkit.core.spi;

import static java.util.Objects.requireNonNull;

import java.util.function.Supplier;

/**
 * A port that a module outside crm-core defines and a {@link CrmStorage} keeps for it, such as
 * crm-scoring's score repository: its type, a name, and how a storage that keeps it in memory makes
 * one.
 *
 * <p>A module declares one constant per port; a storage's {@link CrmStorage#port(StoragePort)}
 * returns its one instance of it. Two ports are equal only if they are the same constant.
 *
 * <pre>{@code
 * public static final StoragePort<ScoreRepository> SCORES =
 *     StoragePort.of(ScoreRepository.class, "lead scores", InMemoryScoreRepository::new);
 * }</pre>
 *
 * @param <P> the port's type
 * @since 0.1
 */
public final class StoragePort<P> {

  private final Class<P> type;
  private final String name;
  private final Supplier<? extends P> inMemory;

  private StoragePort(Class<P> type, String name, Supplier<? extends P> inMemory) {
    this.type = requireNonNull(type, "type");
    this.name = requireNonNull(name, "name");
    this.inMemory = requireNonNull(inMemory, "inMemory");
  }

  /**
   * Returns a port of {@code type}.
   *
   * @param type the interface a storage implements for the module, never null
   * @param name what the port keeps, in a few words, for error messages; never null
   * @param inMemory makes a new, empty, thread-safe instance that keeps everything in memory; never
   *     null
   */
  public static <P> StoragePort<P> of(Class<P> type, String name, Supplier<? extends P> inMemory) {
    return new StoragePort<>(type, name, inMemory);
  }

  /** Returns the interface a storage implements for the module. */
  public Class<P> type() {
    return type;
  }

  /** Returns what the port keeps, in a few words. */
  public String name() {
    return name;
  }

  /**
   * Returns a new, empty instance that keeps everything in memory; a storage calls it once and
   * keeps the instance.
   */
  public P newInMemory() {
    return type.cast(requireNonNull(inMemory.get(), "in-memory " + name));
  }

  @Override
  public String toString() {
    return name + " (" + type.getSimpleName() + ")";
  }
}
