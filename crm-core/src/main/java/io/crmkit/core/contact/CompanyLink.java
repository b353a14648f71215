package io.crmkit.core.contact;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.company.CompanyId;

/**
 * A contact's association with a company: the role the person has there (employee, buyer,
 * consultant...) and whether it is their primary company.
 *
 * @param company the company
 * @param role the role, 1 to 100 printable characters; {@code member} when nothing better is known
 * @param primary whether this is the contact's primary company (at most one is)
 * @since 0.1
 */
public record CompanyLink(CompanyId company, String role, boolean primary) {

  public CompanyLink {
    requireNonNull(company, "company");
    requireNonNull(role, "role");
    role = role.strip();
    checkArgument(
        !role.isEmpty() && role.length() <= 100 && role.chars().noneMatch(Character::isISOControl),
        "company role must be 1 to 100 printable characters: '%s'",
        role);
  }

  /** Returns the contact's primary association with {@code company} in {@code role}. */
  public static CompanyLink primary(CompanyId company, String role) {
    return new CompanyLink(company, role, true);
  }

  /** Returns a secondary association with {@code company} in {@code role}. */
  public static CompanyLink secondary(CompanyId company, String role) {
    return new CompanyLink(company, role, false);
  }
}
