package io.crmkit.core.internal;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.DomainEvent;
import io.crmkit.core.spi.CrmStorage;
import io.crmkit.core.spi.ModuleContext;
import io.crmkit.core.spi.StoragePort;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The {@link ModuleContext} of an opened CRM: its storage's ports and its transactions.
 *
 * @param context the opened CRM's context
 * @param storage the CRM's storage
 */
public record CrmModuleContext(CrmContext context, CrmStorage storage) implements ModuleContext {

  public CrmModuleContext {
    requireNonNull(context, "context");
    requireNonNull(storage, "storage");
  }

  @Override
  public <P> P port(StoragePort<P> port) {
    return storage.port(requireNonNull(port, "port"));
  }

  @Override
  public <T> T write(Function<Consumer<DomainEvent>, T> work) {
    requireNonNull(work, "work");
    return context.transactions().write(events -> work.apply(events::add));
  }

  @Override
  public <T> T read(Supplier<T> query) {
    return context.transactions().unitOfWork().read(requireNonNull(query, "query"));
  }
}
