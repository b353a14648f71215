package io.crmkit.jpa.internal.consent;

import io.crmkit.core.consent.Channel;
import io.crmkit.core.consent.ConsentSource;
import io.crmkit.core.consent.ConsentStatus;
import io.crmkit.core.consent.LegalBasis;
import io.crmkit.jpa.internal.TenantScopedId;
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

/** One entry of the consent ledger: written once, read many times, deleted only by erasure. */
@Entity(name = "CrmConsentEntry")
@Table(name = "crm_consent_entry")
@IdClass(TenantScopedId.class)
class ConsentEntryEntity {

  @Id
  @Column(name = "tenant_id", length = 64, nullable = false)
  String tenant = "";

  @Id
  @Column(name = "id", nullable = false)
  UUID id = new UUID(0, 0);

  @Column(name = "contact_id", nullable = false)
  UUID contact = new UUID(0, 0);

  @Enumerated(EnumType.STRING)
  @Column(name = "channel", length = 16, nullable = false)
  Channel channel = Channel.EMAIL;

  @Column(name = "purpose", length = 64, nullable = false)
  String purpose = "";

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 32, nullable = false)
  ConsentStatus status = ConsentStatus.WITHDRAWN;

  @Enumerated(EnumType.STRING)
  @Column(name = "legal_basis", length = 32, nullable = false)
  LegalBasis basis = LegalBasis.CONSENT;

  @Enumerated(EnumType.STRING)
  @Column(name = "source", length = 16, nullable = false)
  ConsentSource source = ConsentSource.API;

  @Column(name = "wording", length = 4000, nullable = false)
  String wording = "";

  @Column(name = "form", length = 500, nullable = false)
  String form = "";

  @Column(name = "ip_address", length = 64)
  @Nullable String ipAddress;

  @Column(name = "recorded_at", nullable = false)
  Instant at = Instant.EPOCH;

  @Column(name = "recorded_by", length = 128, nullable = false)
  String by = "";

  /** For the persistence provider. */
  protected ConsentEntryEntity() {}
}
