package io.crmkit.core.message.internal;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.spi.MessageGateway;
import io.crmkit.core.spi.UserDirectory;

/**
 * What the host gives a CRM for its messages: the gateway they leave through and the directory of
 * its users that owner merge fields are read from.
 *
 * @param gateway where messages are sent
 * @param users who the host's users are
 */
public record Messaging(MessageGateway gateway, UserDirectory users) {

  public Messaging {
    requireNonNull(gateway, "gateway");
    requireNonNull(users, "users");
  }
}
