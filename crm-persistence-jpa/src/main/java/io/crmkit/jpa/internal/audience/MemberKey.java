package io.crmkit.jpa.internal.audience;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The primary key of a member row: tenant, whether of a segment or a list, its name, contact. */
final class MemberKey implements Serializable {

  private static final long serialVersionUID = 1L;

  private @Nullable String tenant;
  private @Nullable String kind;
  private @Nullable String setName;
  private @Nullable UUID contact;

  /** For the persistence provider. */
  MemberKey() {}

  MemberKey(String tenant, String kind, String setName, UUID contact) {
    this.tenant = tenant;
    this.kind = kind;
    this.setName = setName;
    this.contact = contact;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof MemberKey that
        && Objects.equals(tenant, that.tenant)
        && Objects.equals(kind, that.kind)
        && Objects.equals(setName, that.setName)
        && Objects.equals(contact, that.contact);
  }

  @Override
  public int hashCode() {
    return Objects.hash(tenant, kind, setName, contact);
  }
}
