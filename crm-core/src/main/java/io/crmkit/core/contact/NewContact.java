package io.crmkit.core.contact;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.UserId;
import io.crmkit.core.party.LifecycleStage;

/**
 * A contact to create among many: what is known of the person, who owns the relationship and the
 * first lifecycle stage.
 *
 * @param details what is known of the person
 * @param owner who owns the relationship
 * @param stage the first lifecycle stage
 * @since 0.1
 */
public record NewContact(ContactDetails details, UserId owner, LifecycleStage stage) {

  /** Creates a {@code NewContact}, checking its components as the type's comment describes. */
  public NewContact {
    requireNonNull(details, "details");
    requireNonNull(owner, "owner");
    requireNonNull(stage, "stage");
  }

  /** Returns the contact with {@code details}, owned by {@code owner}, at stage {@code stage}. */
  public static NewContact of(ContactDetails details, UserId owner, LifecycleStage stage) {
    return new NewContact(details, owner, stage);
  }
}
