package io.crmkit.core.message.internal;

import static java.util.Objects.requireNonNull;

import java.util.Set;

/**
 * The merge fields crmkit can fill for a tenant: the fixed ones and one per custom field the tenant
 * defined for contacts and companies.
 *
 * @param contactCustom the keys of the tenant's contact custom fields
 * @param companyCustom the keys of the tenant's company custom fields
 */
record KnownFields(Set<String> contactCustom, Set<String> companyCustom) {

  static final String CONTACT_CUSTOM = "contact.custom.";
  static final String COMPANY_CUSTOM = "company.custom.";
  static final String UNSUBSCRIBE_URL = "unsubscribe.url";

  /** The fields every tenant has. */
  static final Set<String> FIXED =
      Set.of(
          "contact.firstName",
          "contact.lastName",
          "contact.name",
          "contact.email",
          "contact.phone",
          "contact.jobTitle",
          "company.name",
          "company.domain",
          "company.industry",
          "owner.id",
          "owner.name",
          "owner.email",
          UNSUBSCRIBE_URL);

  KnownFields {
    contactCustom = Set.copyOf(requireNonNull(contactCustom, "contactCustom"));
    companyCustom = Set.copyOf(requireNonNull(companyCustom, "companyCustom"));
  }

  /** Returns whether crmkit can fill field {@code name}. */
  boolean knows(String name) {
    if (FIXED.contains(name)) {
      return true;
    }
    if (name.startsWith(CONTACT_CUSTOM)) {
      return contactCustom.contains(name.substring(CONTACT_CUSTOM.length()));
    }
    return name.startsWith(COMPANY_CUSTOM)
        && companyCustom.contains(name.substring(COMPANY_CUSTOM.length()));
  }
}
