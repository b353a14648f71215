package io.crmkit.jpa.internal.consent;

import io.crmkit.core.consent.Channel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A double opt-in's confirmation, by the SHA-256 digest of its token (never the token). */
@Entity(name = "CrmConsentConfirmation")
@Table(name = "crm_consent_confirmation")
@IdClass(NamedKey.class)
class ConfirmationEntity {

  @Id
  @Column(name = "tenant_id", length = 64, nullable = false)
  String tenant = "";

  @Id
  @Column(name = "token_digest", length = 64, nullable = false)
  String name = "";

  @Column(name = "contact_id", nullable = false)
  UUID contact = new UUID(0, 0);

  @Enumerated(EnumType.STRING)
  @Column(name = "channel", length = 16, nullable = false)
  Channel channel = Channel.EMAIL;

  @Column(name = "purpose", length = 64, nullable = false)
  String purpose = "";

  @Column(name = "pending_entry_id", nullable = false)
  UUID pending = new UUID(0, 0);

  @Column(name = "expires_at", nullable = false)
  Instant expiresAt = Instant.EPOCH;

  @Column(name = "used_at")
  @Nullable Instant usedAt;

  /** For the persistence provider. */
  protected ConfirmationEntity() {}
}
