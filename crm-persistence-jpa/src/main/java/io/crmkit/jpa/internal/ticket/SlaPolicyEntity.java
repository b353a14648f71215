package io.crmkit.jpa.internal.ticket;

import io.crmkit.jpa.internal.Json;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * One SLA policy of a tenant: its place in the order the policies are tried, its name, and the
 * policy itself as a JSON document. A tenant's policies are replaced together, never one by one.
 */
@Entity(name = "CrmSlaPolicy")
@Table(name = "crm_sla_policy")
@IdClass(SlaPolicyKey.class)
class SlaPolicyEntity {

  @Id
  @Column(name = "tenant_id", length = 64, nullable = false)
  String tenant = "";

  @Id
  @Column(name = "position", nullable = false)
  int position;

  @Column(name = "name", length = 100, nullable = false)
  String name = "";

  @Column(name = "policy", length = 1_000_000, nullable = false, columnDefinition = Json.COLUMN)
  String policy = "{}";

  /** For the persistence provider. */
  protected SlaPolicyEntity() {}

  SlaPolicyEntity(String tenant, int position, String name, String policy) {
    this.tenant = tenant;
    this.position = position;
    this.name = name;
    this.policy = policy;
  }
}
