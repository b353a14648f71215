package io.crmkit.core.reason;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.CrmContext;
import io.crmkit.core.spi.ReasonRepository;
import java.util.List;

/**
 * Keeps the tenant's reason catalogues and resolves the codes that deals and leads are closed with.
 *
 * @since 0.1
 */
public final class ReasonService {

  private final CrmContext context;
  private final ReasonRepository repository;

  /**
   * @param context the opened CRM's context
   * @param repository where the catalogues are kept
   */
  public ReasonService(CrmContext context, ReasonRepository repository) {
    this.context = requireNonNull(context, "context");
    this.repository = requireNonNull(repository, "repository");
  }

  /** Adds {@code reason} to {@code catalogue}, or relabels the one with its code. */
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

  /**
   * Removes reason {@code code} from {@code catalogue}; records closed with it keep the code.
   *
   * @return whether there was such a reason
   */
  public boolean remove(ReasonCatalogue catalogue, String code) {
    requireNonNull(catalogue, "catalogue");
    Reason.checkCode(code);
    return context
        .transactions()
        .write(events -> repository.remove(context.tenant(), catalogue, code));
  }

  /** Returns the reasons of {@code catalogue}, by code. */
  public List<Reason> list(ReasonCatalogue catalogue) {
    return repository.findAll(context.tenant(), requireNonNull(catalogue, "catalogue"));
  }

  /**
   * Returns reason {@code code} of {@code catalogue}.
   *
   * @throws IllegalArgumentException if {@code code} is not a well-formed code
   * @throws UnknownReasonException if the catalogue does not hold it
   */
  public Reason require(ReasonCatalogue catalogue, String code) {
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
