package io.crmkit.core.deal;

/**
 * A field of a deal that a stage can require before a deal enters it, such as an amount before
 * "Proposal".
 *
 * @since 0.1
 */
public enum DealField {
  /** The deal's amount. */
  AMOUNT("amount"),
  /** The date the deal is expected to close. */
  EXPECTED_CLOSE_DATE("expected close date"),
  /** At least one contact with a role. */
  CONTACT("contact"),
  /** The company the deal is with. */
  COMPANY("company");

  private final String label;

  DealField(String label) {
    this.label = label;
  }

  /** Returns the field's name as messages show it. */
  public String label() {
    return label;
  }

  /** Returns whether {@code details} fill this field. */
  public boolean isFilledIn(DealDetails details) {
    return switch (this) {
      case AMOUNT -> details.amount() != null;
      case EXPECTED_CLOSE_DATE -> details.expectedCloseDate() != null;
      case CONTACT -> !details.contacts().isEmpty();
      case COMPANY -> details.company() != null;
    };
  }
}
