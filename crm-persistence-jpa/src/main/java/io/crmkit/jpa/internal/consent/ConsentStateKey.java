package io.crmkit.jpa.internal.consent;

import io.crmkit.core.consent.Channel;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The primary key of a subscription's current state: tenant, contact, channel and purpose. */
final class ConsentStateKey implements Serializable {

  private static final long serialVersionUID = 1L;

  private @Nullable String tenant;
  private @Nullable UUID contact;
  private @Nullable Channel channel;
  private @Nullable String purpose;

  /** For the persistence provider. */
  ConsentStateKey() {}

  ConsentStateKey(String tenant, UUID contact, Channel channel, String purpose) {
    this.tenant = tenant;
    this.contact = contact;
    this.channel = channel;
    this.purpose = purpose;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ConsentStateKey that
        && Objects.equals(tenant, that.tenant)
        && Objects.equals(contact, that.contact)
        && channel == that.channel
        && Objects.equals(purpose, that.purpose);
  }

  @Override
  public int hashCode() {
    return Objects.hash(tenant, contact, channel, purpose);
  }
}
