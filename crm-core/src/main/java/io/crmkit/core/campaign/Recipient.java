package io.crmkit.core.campaign;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.Aggregate;
import io.crmkit.core.Revision;
import io.crmkit.core.TenantId;
import io.crmkit.core.contact.ContactId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One contact's place in one campaign: queued when sending starts, claimed by one host instance,
 * then sent (with the address it went to and the provider's message id) or skipped, and from then
 * on what the provider reports: delivery, bounces, opens, clicks, replies, unsubscribes and
 * complaints.
 *
 * <p>Immutable; each step returns the next version. Its status only moves forward ({@link
 * RecipientStatus#rank()}); the same provider event twice records nothing new.
 *
 * @since 0.1
 */
public final class Recipient implements Aggregate<RecipientId> {

  /** The longest note kept of why a recipient was not sent; a longer reason is cut. */
  public static final int MAX_NOTE_LENGTH = 500;

  /** The most engagements one recipient keeps; later ones beyond it are dropped. */
  public static final int MAX_ENGAGEMENTS = 200;

  private final RecipientId id;
  private final TenantId tenant;
  private final Revision revision;
  private final CampaignId campaign;
  private final ContactId contact;
  private final RecipientStatus status;
  private final @Nullable Instant claimedAt;
  private final @Nullable Instant sentAt;
  private final String address;
  private final @Nullable String providerMessageId;
  private final String note;
  private final List<Engagement> engagements;

  private Recipient(
      RecipientId id,
      TenantId tenant,
      Revision revision,
      CampaignId campaign,
      ContactId contact,
      RecipientStatus status,
      @Nullable Instant claimedAt,
      @Nullable Instant sentAt,
      String address,
      @Nullable String providerMessageId,
      String note,
      List<Engagement> engagements) {
    this.id = requireNonNull(id, "id");
    this.tenant = requireNonNull(tenant, "tenant");
    this.revision = requireNonNull(revision, "revision");
    this.campaign = requireNonNull(campaign, "campaign");
    this.contact = requireNonNull(contact, "contact");
    this.status = requireNonNull(status, "status");
    this.claimedAt = claimedAt;
    this.sentAt = sentAt;
    this.address = requireNonNull(address, "address");
    this.providerMessageId = providerMessageId;
    this.note = requireNonNull(note, "note");
    this.engagements = List.copyOf(engagements);
    checkArgument(
        status != RecipientStatus.SENDING || claimedAt != null,
        "recipient %s is claimed without a claim instant",
        id);
    checkArgument(
        (sentAt == null) == (providerMessageId == null),
        "recipient %s: a sent message has both a send instant and a provider id",
        id);
    checkArgument(
        status.rank() < RecipientStatus.SENT.rank() || sentAt != null,
        "recipient %s is %s but was never sent",
        id,
        status);
  }

  /** Returns a recipient queued for {@code campaign} when its sending starts at {@code at}. */
  public static Recipient queue(
      RecipientId id, TenantId tenant, CampaignId campaign, ContactId contact, Instant at) {
    return new Recipient(
        id,
        tenant,
        Revision.first(at),
        campaign,
        contact,
        RecipientStatus.QUEUED,
        null,
        null,
        "",
        null,
        "",
        List.of());
  }

  /**
   * Rebuilds a recipient from storage; for persistence adapters.
   *
   * @param address the address its message went to; empty before sending and once erased
   * @param note why it was skipped or failed; empty otherwise
   * @param engagements the provider's events, in the order they were recorded
   */
  public static Recipient restore(
      RecipientId id,
      TenantId tenant,
      Revision revision,
      CampaignId campaign,
      ContactId contact,
      RecipientStatus status,
      @Nullable Instant claimedAt,
      @Nullable Instant sentAt,
      String address,
      @Nullable String providerMessageId,
      String note,
      List<Engagement> engagements) {
    return new Recipient(
        id,
        tenant,
        revision,
        campaign,
        contact,
        status,
        claimedAt,
        sentAt,
        address,
        providerMessageId,
        note,
        engagements);
  }

  /** Returns it claimed at {@code at} by a host instance that is about to send it. */
  public Recipient claim(Instant at) {
    checkArgument(status == RecipientStatus.QUEUED, "recipient %s is %s, not queued", id, status);
    return copy(at, RecipientStatus.SENDING).claimedAt(at).build();
  }

  /** Returns it sent to {@code to} at {@code at}, as message {@code messageId} of the provider. */
  public Recipient sent(String to, String messageId, Instant at) {
    requireNonNull(to, "address");
    requireNonNull(messageId, "provider message id");
    checkArgument(status == RecipientStatus.SENDING, "recipient %s is %s, not claimed", id, status);
    return copy(at, RecipientStatus.SENT).sent(at, to, messageId).build();
  }

  /**
   * Returns it not sent: {@link RecipientStatus#SKIPPED} or {@link RecipientStatus#FAILED}, for
   * {@code reason}.
   */
  public Recipient notSent(RecipientStatus outcome, String reason, Instant at) {
    checkArgument(
        outcome == RecipientStatus.SKIPPED || outcome == RecipientStatus.FAILED,
        "a recipient not sent is skipped or failed, not %s",
        outcome);
    requireNonNull(reason, "reason");
    checkArgument(status.isOpen(), "recipient %s was handled already: %s", id, status);
    String note = reason.length() > MAX_NOTE_LENGTH ? reason.substring(0, MAX_NOTE_LENGTH) : reason;
    return copy(at, outcome).note(note).build();
  }

  /**
   * Returns it with {@code engagement} recorded, or itself when that engagement was recorded
   * already (a provider that reports an event twice) or the list is full.
   *
   * @throws IllegalArgumentException if it was never sent
   */
  public Recipient engage(Engagement engagement, Instant at) {
    requireNonNull(engagement, "engagement");
    checkArgument(sentAt != null, "recipient %s was never sent: %s", id, status);
    if (engagements.contains(engagement) || engagements.size() >= MAX_ENGAGEMENTS) {
      return this;
    }
    List<Engagement> longer = new ArrayList<>(engagements);
    longer.add(engagement);
    RecipientStatus reached = engagement.kind().status();
    RecipientStatus next = reached.rank() > status.rank() ? reached : status;
    return copy(at, next).engagements(longer).build();
  }

  /**
   * Returns it erased for an erasure of its contact: without the address its message went to, and
   * standing for {@code standIn}, an id no contact has, instead of the contact; the next version.
   */
  public Recipient erased(ContactId standIn, Instant at) {
    requireNonNull(standIn, "standIn");
    return new Recipient(
        id,
        tenant,
        revision.next(at),
        campaign,
        standIn,
        status,
        claimedAt,
        sentAt,
        "",
        providerMessageId,
        note,
        engagements);
  }

  private Copy copy(Instant at, RecipientStatus newStatus) {
    return new Copy(revision.next(at), newStatus);
  }

  /** The fields a step may change, starting from this recipient's. */
  private final class Copy {
    private final Revision revision;
    private final RecipientStatus status;
    private @Nullable Instant claimedAt = Recipient.this.claimedAt;
    private @Nullable Instant sentAt = Recipient.this.sentAt;
    private String address = Recipient.this.address;
    private @Nullable String providerMessageId = Recipient.this.providerMessageId;
    private String note = Recipient.this.note;
    private List<Engagement> engagements = Recipient.this.engagements;

    private Copy(Revision revision, RecipientStatus status) {
      this.revision = revision;
      this.status = status;
    }

    Copy claimedAt(Instant value) {
      claimedAt = value;
      return this;
    }

    Copy sent(Instant at, String to, String messageId) {
      sentAt = at;
      address = to;
      providerMessageId = messageId;
      return this;
    }

    Copy address(String value) {
      address = value;
      return this;
    }

    Copy note(String value) {
      note = value;
      return this;
    }

    Copy engagements(List<Engagement> value) {
      engagements = value;
      return this;
    }

    Recipient build() {
      return new Recipient(
          id,
          tenant,
          revision,
          campaign,
          contact,
          status,
          claimedAt,
          sentAt,
          address,
          providerMessageId,
          note,
          engagements);
    }
  }

  @Override
  public RecipientId id() {
    return id;
  }

  @Override
  public TenantId tenant() {
    return tenant;
  }

  @Override
  public long version() {
    return revision.version();
  }

  /** Returns its version and when it was queued and last changed. */
  public Revision revision() {
    return revision;
  }

  /** Returns its campaign. */
  public CampaignId campaign() {
    return campaign;
  }

  /** Returns the contact it is. */
  public ContactId contact() {
    return contact;
  }

  /** Returns its status: the furthest it got. */
  public RecipientStatus status() {
    return status;
  }

  /** Returns when a host instance claimed it for sending, once claimed. */
  public Optional<Instant> claimedAt() {
    return Optional.ofNullable(claimedAt);
  }

  /** Returns when its message was handed to the gateway, once sent. */
  public Optional<Instant> sentAt() {
    return Optional.ofNullable(sentAt);
  }

  /** Returns the address its message went to; empty before sending and once erased. */
  public String address() {
    return address;
  }

  /** Returns the provider's id of its message, once sent. */
  public Optional<String> providerMessageId() {
    return Optional.ofNullable(providerMessageId);
  }

  /** Returns why it was skipped or failed; empty otherwise. */
  public String note() {
    return note;
  }

  /** Returns what the provider reported, in the order it was recorded; immutable. */
  public List<Engagement> engagements() {
    return engagements;
  }

  /** Returns whether the provider reported an engagement of {@code kind}. */
  public boolean has(EngagementKind kind) {
    return engagements.stream().anyMatch(engagement -> engagement.kind() == kind);
  }

  /** Returns whether the provider's events show the message reached the mailbox. */
  public boolean isDelivered() {
    return engagements.stream().anyMatch(engagement -> engagement.kind().showsDelivery());
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Recipient that
        && id.equals(that.id)
        && tenant.equals(that.tenant)
        && revision.equals(that.revision)
        && campaign.equals(that.campaign)
        && contact.equals(that.contact)
        && status == that.status
        && Objects.equals(claimedAt, that.claimedAt)
        && Objects.equals(sentAt, that.sentAt)
        && address.equals(that.address)
        && Objects.equals(providerMessageId, that.providerMessageId)
        && note.equals(that.note)
        && engagements.equals(that.engagements);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, tenant, revision.version());
  }

  @Override
  public String toString() {
    return "Recipient[" + id + " of campaign " + campaign + " " + status + "]";
  }
}
