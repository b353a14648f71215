package io.crmkit.core.company;

import io.crmkit.core.CrmException;

/**
 * A parent company that would make a company its own ancestor.
 *
 * @since 0.1
 */
public final class CompanyHierarchyException extends CrmException {

  private static final long serialVersionUID = 1L;

  /**
   * @param company the company whose parent was being set
   * @param parent the parent that would close a cycle
   */
  public CompanyHierarchyException(CompanyId company, CompanyId parent) {
    super(
        "company "
            + parent
            + " cannot be the parent of company "
            + company
            + ": it would become its own ancestor");
  }
}
