package io.crmkit.scoring.value;

import io.crmkit.core.CrmException;

/**
 * A customer value model that cannot be fitted to a tenant's customers: there are none (or no
 * repeat buyers, for the spend model), or their histories give the likelihood no finite maximum, as
 * when every customer bought exactly once.
 *
 * @since 0.1
 */
public final class ModelFitException extends CrmException {

  private static final long serialVersionUID = 1L;

  /** The name of the model that could not be fitted. */
  private final String model;

  /** How many customers it was given. */
  private final int customers;

  /**
   * @param model the model that was being fitted, for example {@code BG/NBD}
   * @param customers how many customers it was fitted to
   * @param reason why the fit failed
   */
  public ModelFitException(String model, int customers, String reason) {
    super("cannot fit the " + model + " model to " + customers + " customers: " + reason);
    this.model = model;
    this.customers = customers;
  }

  /** Returns the model that was being fitted, for example {@code BG/NBD}. */
  public String model() {
    return model;
  }

  /** Returns how many customers it was fitted to. */
  public int customers() {
    return customers;
  }
}
