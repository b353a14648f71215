package io.crmkit.core.spi;

import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.TenantId;
import io.crmkit.core.campaign.CampaignId;
import io.crmkit.core.campaign.Recipient;
import io.crmkit.core.campaign.RecipientId;
import io.crmkit.core.contact.ContactId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The port that stores the recipients of campaigns. Every method is confined to one tenant; a
 * contact is a recipient of a campaign at most once, and a provider message id names at most one
 * recipient.
 *
 * <p>{@link #claim} is how host instances share the sending: a recipient it returns is claimed by
 * the caller's unit of work alone, even while another instance claims recipients of the same
 * campaign (a database adapter locks the rows and skips those locked by others, {@code SELECT ...
 * FOR UPDATE SKIP LOCKED}).
 *
 * <p>Adapters pass the contract suite {@code RecipientRepositoryContract} of the crm-core test-jar.
 *
 * @since 0.1
 */
public interface RecipientRepository {

  /** Returns the recipient {@code id} of {@code tenant}. */
  Optional<Recipient> find(TenantId tenant, RecipientId id);

  /** Returns the recipient of {@code tenant} whose message the provider knows as {@code id}. */
  Optional<Recipient> findByProviderMessageId(TenantId tenant, String id);

  /** Returns a page of the recipients of {@code campaign}, in id order. */
  Page<Recipient> ofCampaign(TenantId tenant, CampaignId campaign, PageRequest page);

  /** Returns every recipient that is {@code contact}, in any campaign, in id order. */
  List<Recipient> ofContact(TenantId tenant, ContactId contact);

  /**
   * Claims up to {@code limit} queued recipients of {@code campaign}, in id order, skipping those
   * another unit of work holds: stores each as {@link Recipient#claim claimed} at {@code at} and
   * returns them.
   */
  List<Recipient> claim(TenantId tenant, CampaignId campaign, Instant at, int limit);

  /**
   * Returns how many recipients of {@code campaign} were claimed after {@code since} (not at it):
   * those within a throttle's window that ends now.
   */
  long claimedAfter(TenantId tenant, CampaignId campaign, Instant since);

  /**
   * Returns up to {@code limit} recipients of {@code campaign} still claimed (status sending) whose
   * claim was made before {@code before}, in id order: those a stopped instance left behind.
   */
  List<Recipient> claimedBefore(TenantId tenant, CampaignId campaign, Instant before, int limit);

  /** Returns how many recipients of {@code campaign} are still queued or claimed. */
  long open(TenantId tenant, CampaignId campaign);

  /**
   * Stores new recipients.
   *
   * @throws io.crmkit.core.DuplicateException if an id is taken or a contact is already a recipient
   *     of the campaign; none is stored
   */
  void insertAll(List<Recipient> recipients);

  /**
   * Replaces the stored version {@code expectedVersion} by {@code recipient}.
   *
   * @throws io.crmkit.core.NotFoundException if the recipient does not exist
   * @throws io.crmkit.core.ConcurrentUpdateException if the stored version differs
   * @throws io.crmkit.core.DuplicateException if its provider message id names another recipient
   */
  void update(Recipient recipient, long expectedVersion);
}
