package io.crmkit.core.spi;

import io.crmkit.core.DomainEvent;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What a module that extends the CRM, such as crm-scoring, needs of an opened CRM to act as one of
 * its features: the storage's instances of the module's own ports, and units of work that join the
 * CRM's, keep their events in the storage's journal and publish them through the CRM's publisher
 * once committed, as the core's own commands do.
 *
 * <p>Obtained from {@link io.crmkit.core.Crm#moduleContext()}; hosts do not need it. The tenant,
 * actor and clock are the {@link io.crmkit.core.Crm}'s.
 *
 * <pre>{@code
 * ModuleContext module = crm.moduleContext();
 * ScoreRepository scores = module.port(ScoringPorts.SCORES);
 * module.write(events -> {
 *   scores.save(crm.tenant(), score);
 *   events.accept(new ScoreChanged(...));
 *   return score;
 * });
 * }</pre>
 *
 * @since 0.1
 */
public interface ModuleContext {

  /**
   * Returns the storage's instance of {@code port}.
   *
   * @throws UnsupportedOperationException if the storage does not keep it
   */
  <P> P port(StoragePort<P> port);

  /**
   * Runs {@code work} in a unit of work of the CRM and returns its result. The events {@code work}
   * hands to the consumer it is given are recorded in the storage's journal inside the unit and
   * published after it commits; when {@code work} throws, its writes are undone (those the storage
   * covers) and nothing is recorded or published. Inside another unit (a core command, {@link
   * io.crmkit.core.Crm#atomically}, another write) it joins that unit.
   */
  <T> T write(Function<Consumer<DomainEvent>, T> work);

  /** Runs {@code query}, which only reads, so that it sees one consistent state. */
  <T> T read(Supplier<T> query);
}
