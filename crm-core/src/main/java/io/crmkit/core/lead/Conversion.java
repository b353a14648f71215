package io.crmkit.core.lead;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.UserId;
import io.crmkit.core.company.CompanyId;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.deal.DealId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What a lead became: the contact (found by email or created), the company (found by domain or
 * name, or created) and the deal, kept on the converted lead as links.
 *
 * @param contact the contact; never null
 * @param contactCreated whether the conversion created the contact (false when one matched)
 * @param company the company, or null when the lead named none and none matched its email domain
 * @param companyCreated whether the conversion created the company
 * @param deal the deal opened by the conversion, or null when none was asked for
 * @param at when; never null
 * @param by who converted it; never null
 * @since 0.1
 */
public record Conversion(
    ContactId contact,
    boolean contactCreated,
    @Nullable CompanyId company,
    boolean companyCreated,
    @Nullable DealId deal,
    Instant at,
    UserId by) {

  /** Creates a {@code Conversion}, checking its components as the type's comment describes. */
  public Conversion {
    requireNonNull(contact, "contact");
    requireNonNull(at, "at");
    requireNonNull(by, "by");
    if (companyCreated && company == null) {
      throw new IllegalArgumentException("a created company needs its id");
    }
  }
}
