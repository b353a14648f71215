package io.crmkit.core.reason;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.CrmException;
import java.util.List;

/**
 * A decision recorded with a reason code that the tenant's catalogue does not hold, such as losing
 * a deal for {@code weather} when the lost-deal catalogue knows only {@code price} and {@code
 * competitor}.
 *
 * @since 0.1
 */
public final class UnknownReasonException extends CrmException {

  private static final long serialVersionUID = 1L;

  /** The catalogue searched. */
  private final ReasonCatalogue catalogue;

  /** The code it does not hold. */
  private final String code;

  /** The codes it holds. */
  private final List<String> knownCodes;

  /**
   * @param catalogue the catalogue that was searched; never null
   * @param code the unknown code; never null
   * @param knownCodes the codes the catalogue holds; never null
   */
  public UnknownReasonException(ReasonCatalogue catalogue, String code, List<String> knownCodes) {
    super(
        "no reason '"
            + requireNonNull(code, "code")
            + "' in catalogue "
            + requireNonNull(catalogue, "catalogue")
            + " (known: "
            + (knownCodes.isEmpty() ? "none" : String.join(", ", knownCodes))
            + ")");
    this.catalogue = catalogue;
    this.code = code;
    this.knownCodes = List.copyOf(knownCodes);
  }

  /** Returns the catalogue that was searched. */
  public ReasonCatalogue catalogue() {
    return catalogue;
  }

  /** Returns the unknown code. */
  public String code() {
    return code;
  }

  /** Returns the codes the catalogue holds, by code. */
  public List<String> knownCodes() {
    return knownCodes;
  }
}
