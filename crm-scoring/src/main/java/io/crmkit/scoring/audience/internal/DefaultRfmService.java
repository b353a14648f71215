package io.crmkit.scoring.audience.internal;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.Crm;
import io.crmkit.core.contact.ContactId;
import io.crmkit.scoring.audience.RfmService;
import io.crmkit.scoring.audience.ScoreSource;
import io.crmkit.scoring.rfm.RfmAnalysis;
import java.util.Currency;

/** The {@link RfmService} of an opened CRM; built by {@code CrmAnalytics}. */
public final class DefaultRfmService implements RfmService {

  private final Crm crm;

  /**
   * @param crm the CRM opened for the tenant and actor whose contacts are analysed
   */
  public DefaultRfmService(Crm crm) {
    this.crm = requireNonNull(crm, "crm");
  }

  @Override
  public RfmAnalysis<ContactId> analyse(Currency currency) {
    requireNonNull(currency, "currency");
    return RfmAnalysis.of(
        new AudienceLoader(crm, ScoreSource.none()).purchases(currency), crm.clock().instant());
  }
}
