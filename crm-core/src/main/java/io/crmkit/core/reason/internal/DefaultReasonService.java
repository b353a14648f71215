package io.crmkit.core.reason.internal;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.CrmContext;
import io.crmkit.core.reason.Reason;
import io.crmkit.core.reason.ReasonCatalogue;
import io.crmkit.core.reason.ReasonService;
import io.crmkit.core.reason.UnknownReasonException;
import io.crmkit.core.spi.ReasonRepository;
import java.util.List;

/**
 * The {@link ReasonService} of an opened CRM, over its storage and context; built by {@code Crm}
 * only.
 */
public final class DefaultReasonService implements ReasonService {

  private final CrmContext context;
  private final ReasonRepository repository;

  /**
   * @param context the opened CRM's context
   * @param repository where the catalogues are kept
   */
  public DefaultReasonService(CrmContext context, ReasonRepository repository) {
    this.context = requireNonNull(context, "context");
    this.repository = requireNonNull(repository, "repository");
  }

  @Override
  public Reason define(ReasonCatalogue catalogue, Reason reason) {
    requireNonNull(catalogue, "catalogue");
    requireNonNull(reason, "reason");
    return context
        .transactions()
        .write(
            events -> {
              repository.save(context.tenant(), catalogue, reason);
              return reason;
            });
  }

  @Override
  public boolean remove(ReasonCatalogue catalogue, String code) {
    requireNonNull(catalogue, "catalogue");
    Reason.checkCode(code);
    return context
        .transactions()
        .write(events -> repository.remove(context.tenant(), catalogue, code));
  }

  @Override
  public List<Reason> list(ReasonCatalogue catalogue) {
    return repository.findAll(context.tenant(), requireNonNull(catalogue, "catalogue"));
  }

  @Override
  public Reason get(ReasonCatalogue catalogue, String code) {
    requireNonNull(catalogue, "catalogue");
    Reason.checkCode(code);
    return repository
        .find(context.tenant(), catalogue, code)
        .orElseThrow(
            () ->
                new UnknownReasonException(
                    catalogue, code, list(catalogue).stream().map(Reason::code).toList()));
  }
}
