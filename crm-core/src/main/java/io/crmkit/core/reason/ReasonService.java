package io.crmkit.core.reason;

import java.util.List;

/**
 * The reason catalogues of one opened CRM, as a service: it keeps the tenant's reason catalogues
 * and resolves the codes that deals and leads are closed with.
 *
 * <pre>{@code
 * crm.reasons().define(ReasonCatalogue.LOST_DEAL, Reason.of("price", "Too expensive"));
 * Reason price = crm.reasons().get(ReasonCatalogue.LOST_DEAL, "price");
 * }</pre>
 *
 * <p>Reached through {@link io.crmkit.core.Crm#reasons()}.
 *
 * @since 0.1
 */
public interface ReasonService {

  /** Adds {@code reason} to {@code catalogue}, or relabels the one with its code. */
  Reason define(ReasonCatalogue catalogue, Reason reason);

  /**
   * Removes reason {@code code} from {@code catalogue}; records closed with it keep the code.
   *
   * @return whether there was such a reason
   */
  boolean remove(ReasonCatalogue catalogue, String code);

  /** Returns the reasons of {@code catalogue}, by code. */
  List<Reason> list(ReasonCatalogue catalogue);

  /**
   * Returns reason {@code code} of {@code catalogue}.
   *
   * @throws IllegalArgumentException if {@code code} is not a well-formed code
   * @throws UnknownReasonException if the catalogue does not hold it
   */
  Reason get(ReasonCatalogue catalogue, String code);
}
