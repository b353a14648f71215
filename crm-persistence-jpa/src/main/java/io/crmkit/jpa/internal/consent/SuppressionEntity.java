package io.crmkit.jpa.internal.consent;

import io.crmkit.core.consent.SuppressionKind;
import io.crmkit.core.consent.SuppressionReason;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An entry of a tenant's suppression list: the normalised address itself, with no link to a
 * contact, so that it outlives the contact's erasure.
 */
@Entity(name = "CrmSuppression")
@Table(name = "crm_suppression")
@IdClass(SuppressionKey.class)
class SuppressionEntity {

  @Id
  @Column(name = "tenant_id", length = 64, nullable = false)
  String tenant = "";

  @Id
  @Enumerated(EnumType.STRING)
  @Column(name = "kind", length = 16, nullable = false)
  SuppressionKind kind = SuppressionKind.EMAIL;

  @Id
  @Column(name = "address", length = 320, nullable = false)
  String address = "";

  @Enumerated(EnumType.STRING)
  @Column(name = "reason", length = 32, nullable = false)
  SuppressionReason reason = SuppressionReason.MANUAL;

  @Column(name = "suppressed_at", nullable = false)
  Instant at = Instant.EPOCH;

  @Column(name = "suppressed_by", length = 128, nullable = false)
  String by = "";

  /** For the persistence provider. */
  protected SuppressionEntity() {}
}
