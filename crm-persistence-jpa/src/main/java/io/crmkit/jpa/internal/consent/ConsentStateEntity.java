package io.crmkit.jpa.internal.consent;

import io.crmkit.core.consent.Channel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * A subscription's current state: which ledger entry is its latest. One row per contact, channel
 * and purpose, so that an audience's current states are one indexed read, never a search for the
 * latest entry of each.
 */
@Entity(name = "CrmConsentState")
@Table(name = "crm_consent_state")
@IdClass(ConsentStateKey.class)
class ConsentStateEntity {

  @Id
  @Column(name = "tenant_id", length = 64, nullable = false)
  String tenant = "";

  @Id
  @Column(name = "contact_id", nullable = false)
  UUID contact = new UUID(0, 0);

  @Id
  @Enumerated(EnumType.STRING)
  @Column(name = "channel", length = 16, nullable = false)
  Channel channel = Channel.EMAIL;

  @Id
  @Column(name = "purpose", length = 64, nullable = false)
  String purpose = "";

  @Column(name = "entry_id", nullable = false)
  UUID entry = new UUID(0, 0);

  /** For the persistence provider. */
  protected ConsentStateEntity() {}

  ConsentStateEntity(String tenant, UUID contact, Channel channel, String purpose, UUID entry) {
    this.tenant = tenant;
    this.contact = contact;
    this.channel = channel;
    this.purpose = purpose;
    this.entry = entry;
  }
}
