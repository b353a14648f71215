package io.crmkit.core.spi;

import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.TenantId;
import io.crmkit.core.consent.Channel;
import io.crmkit.core.consent.ConsentConfirmation;
import io.crmkit.core.consent.ConsentEntry;
import io.crmkit.core.consent.ConsentEntryId;
import io.crmkit.core.consent.Purpose;
import io.crmkit.core.consent.Subscription;
import io.crmkit.core.consent.SubscriptionType;
import io.crmkit.core.contact.ContactId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The port that keeps the consent ledger: entries appended, never changed, with each subscription's
 * latest entry at hand as its current state; the double opt-in confirmations (token digests only);
 * and the tenant's subscription types. Every method is confined to one tenant.
 *
 * <p>Adapters pass the contract suite {@code ConsentRepositoryContract} of the crm-core test-jar.
 *
 * @since 0.1
 */
public interface ConsentRepository {

  /**
   * Appends an entry to the ledger; it becomes its subscription's current state.
   *
   * @throws io.crmkit.core.DuplicateException if its id is taken
   */
  void append(ConsentEntry entry);

  /** Returns the latest entry of {@code subscription} in {@code tenant}. */
  Optional<ConsentEntry> current(TenantId tenant, Subscription subscription);

  /** Returns the latest entry of each subscription of {@code contact}, in subscription order. */
  List<ConsentEntry> current(TenantId tenant, ContactId contact);

  /**
   * Returns the latest entry on {@code channel} for {@code purpose} of each of {@code contacts}
   * that has one, by contact: one reading for the whole collection, which holds at most {@link
   * PageRequest#MAX_SIZE} ids.
   */
  Map<ContactId, ConsentEntry> current(
      TenantId tenant, Collection<ContactId> contacts, Channel channel, Purpose purpose);

  /** Returns a page of the ledger of {@code contact}, newest entry first (by id). */
  Page<ConsentEntry> history(TenantId tenant, ContactId contact, PageRequest page);

  /**
   * Deletes every entry and confirmation of {@code contact}, for an erasure.
   *
   * @return the ids of the entries deleted, oldest first
   */
  List<ConsentEntryId> deleteAll(TenantId tenant, ContactId contact);

  /**
   * Stores a new confirmation.
   *
   * @throws io.crmkit.core.DuplicateException if its token digest is taken
   */
  void insert(ConsentConfirmation confirmation);

  /** Returns the confirmation of {@code tenant} whose token has the digest {@code tokenDigest}. */
  Optional<ConsentConfirmation> findConfirmation(TenantId tenant, String tokenDigest);

  /**
   * Marks the confirmation with the digest {@code tokenDigest} used at {@code at}, unless it was
   * used already: of two callers at once, one wins.
   *
   * @return whether this call marked it
   */
  boolean markUsed(TenantId tenant, String tokenDigest, Instant at);

  /** Returns the subscription types of {@code tenant}, in purpose order. */
  List<SubscriptionType> types(TenantId tenant);

  /** Stores a subscription type of {@code tenant}, replacing the one with the same purpose. */
  void save(TenantId tenant, SubscriptionType type);
}
