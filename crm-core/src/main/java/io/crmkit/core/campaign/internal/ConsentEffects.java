package io.crmkit.core.campaign.internal;

import io.crmkit.core.campaign.Campaign;
import io.crmkit.core.campaign.EngagementKind;
import io.crmkit.core.campaign.Recipient;

/** What a recipient's engagement changes in consent: suppression, withdrawal, or nothing. */
interface ConsentEffects {

  /** Applies what {@code kind}, newly recorded for {@code recipient}, means for consent. */
  void engaged(Campaign campaign, Recipient recipient, EngagementKind kind);
}
