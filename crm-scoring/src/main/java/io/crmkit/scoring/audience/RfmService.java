package io.crmkit.scoring.audience;

import io.crmkit.core.contact.ContactId;
import io.crmkit.scoring.rfm.RfmAnalysis;
import java.util.Currency;

/**
 * The RFM analysis of a tenant's contacts: how recently, how often and how much each bought, from
 * the orders on their timelines, scored against the others.
 *
 * <pre>{@code
 * RfmAnalysis<ContactId> rfm = CrmAnalytics.on(crm).rfm().analyse(Currency.getInstance("EUR"));
 * }</pre>
 *
 * <p>Reached through {@code CrmAnalytics.on(crm).rfm()}.
 *
 * @since 0.1
 */
public interface RfmService {

  /**
   * Returns the RFM analysis of the tenant's contacts that are not archived and that the acting
   * user may read, now by the CRM clock, from the orders on their timelines in {@code currency};
   * orders in other currencies are left out, because crmkit never converts between currencies.
   *
   * @param currency the currency of the orders to analyse, never null
   */
  RfmAnalysis<ContactId> analyse(Currency currency);
}
