package io.crmkit.jpa.internal.consent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** One of a tenant's subscription types, by its purpose key. */
@Entity(name = "CrmSubscriptionType")
@Table(name = "crm_subscription_type")
@IdClass(NamedKey.class)
class SubscriptionTypeEntity {

  @Id
  @Column(name = "tenant_id", length = 64, nullable = false)
  String tenant = "";

  @Id
  @Column(name = "purpose", length = 64, nullable = false)
  String name = "";

  @Column(name = "display_name", length = 200, nullable = false)
  String displayName = "";

  /** For the persistence provider. */
  protected SubscriptionTypeEntity() {}

  SubscriptionTypeEntity(String tenant, String purpose, String displayName) {
    this.tenant = tenant;
    this.name = purpose;
    this.displayName = displayName;
  }
}
