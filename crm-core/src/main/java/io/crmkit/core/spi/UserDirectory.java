package io.crmkit.core.spi;

import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.message.UserProfile;
import java.util.Optional;

/**
 * The port through which crmkit asks the host about its users: crmkit does not manage users, but a
 * message signed by a contact's owner needs the owner's name and address. Set it with {@code
 * CrmBuilder.userDirectory}; without one, the owner merge fields take their fallbacks.
 *
 * <p>Implementations are thread-safe.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface UserDirectory {

  /** A directory that knows nobody. */
  UserDirectory NONE = (tenant, user) -> Optional.empty();

  /** Returns what the host knows of user {@code user} of tenant {@code tenant}, if anything. */
  Optional<UserProfile> find(TenantId tenant, UserId user);
}
