package io.crmkit.core.message;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.contactpoint.EmailAddress;
import io.crmkit.core.internal.Quoted;
import io.crmkit.core.internal.TextPolicy;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the host tells crmkit about one of its users for merging into messages: the name and email
 * address a contact's owner signs with ({@code {{owner.name}}}, {@code {{owner.email}}}).
 *
 * @param name the user's display name: at most {@value #MAX_NAME} characters of one line, may be
 *     empty
 * @param email the user's email address, or null for none
 * @since 0.1
 */
public record UserProfile(String name, @Nullable EmailAddress email) {

  /** The longest name. */
  public static final int MAX_NAME = 200;

  public UserProfile {
    requireNonNull(name, "name");
    checkArgument(
        name.length() <= MAX_NAME,
        "user name longer than %s characters: %s",
        MAX_NAME,
        Quoted.of(name));
    TextPolicy.check("user name", name, TextPolicy.Kind.LINE);
  }

  /** Returns the email address, if the user has one. */
  public Optional<EmailAddress> emailAddress() {
    return Optional.ofNullable(email);
  }
}
