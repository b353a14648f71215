package io.crmkit.core.contact;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.company.CompanyId;
import io.crmkit.core.internal.Quoted;
import io.crmkit.core.internal.TextPolicy;

/**
 * A contact's association with a company: the role the person has there (employee, buyer,
 * consultant...) and whether it is their primary company.
 *
 * @param company the company
 * @param role the role, 1 to 100 characters of one line (well-formed, no control characters);
 *     {@code member} when nothing better is known
 * @param primary whether this is the contact's primary company (at most one is)
 * @since 0.1
 */
public record CompanyLink(CompanyId company, String role, boolean primary) {

  /** Creates a {@code CompanyLink}, checking its components as the type's comment describes. */
  public CompanyLink {
    requireNonNull(company, "company");
    requireNonNull(role, "role");
    role = role.strip();
    checkArgument(
        !role.isEmpty() && role.length() <= 100,
        "company role must be 1 to 100 characters: %s",
        Quoted.of(role));
    TextPolicy.check("company role", role, TextPolicy.Kind.LINE);
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
