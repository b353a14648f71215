package io.crmkit.jpa.internal.audience;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * One member of a segment's last evaluation or of a static list, with its position: a list keeps
 * its members in the order they were added.
 */
@Entity(name = "CrmSegmentMember")
@Table(name = "crm_segment_member")
@IdClass(MemberKey.class)
class MemberEntity {

  /** The kind of a segment's member rows. */
  static final String SEGMENT = "SEGMENT";

  /** The kind of a static list's member rows. */
  static final String LIST = "LIST";

  @Id
  @Column(name = "tenant_id", length = 64, nullable = false)
  String tenant = "";

  @Id
  @Column(name = "kind", length = 8, nullable = false)
  String kind = SEGMENT;

  @Id
  @Column(name = "set_name", length = 200, nullable = false)
  String setName = "";

  @Id
  @Column(name = "contact_id", nullable = false)
  UUID contact = new UUID(0, 0);

  @Column(name = "member_position", nullable = false)
  int position;

  /** For the persistence provider. */
  protected MemberEntity() {}

  MemberEntity(String tenant, String kind, String setName, UUID contact, int position) {
    this.tenant = tenant;
    this.kind = kind;
    this.setName = setName;
    this.contact = contact;
    this.position = position;
  }
}
