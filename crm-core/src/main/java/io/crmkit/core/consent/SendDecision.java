package io.crmkit.core.consent;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The answer to "may this contact be sent this message on this channel for this purpose, now?": yes
 * only for {@link SendReason#GRANTED}, with the reason either way.
 *
 * @param subscription the contact, channel and purpose asked about; never null
 * @param reason why the answer is what it is; never null
 * @param address the address the message would go to (the primary email address, the primary phone
 *     number in E.164 form, or the first postal address's one-line form); null for {@link
 *     SendReason#NO_ADDRESS}
 * @param since when the ledger entry that decides took effect (the grant, the withdrawal, the
 *     request for confirmation); null when no entry decides (never asked, suppressed, no address)
 * @since 0.1
 */
public record SendDecision(
    Subscription subscription,
    SendReason reason,
    @Nullable String address,
    @Nullable Instant since) {

  /** Creates a decision, checking that a yes carries its address and grant instant. */
  public SendDecision {
    requireNonNull(subscription, "subscription");
    requireNonNull(reason, "reason");
    checkArgument(
        reason != SendReason.GRANTED || (address != null && since != null),
        "a granted decision names the address and the instant of the grant");
    checkArgument(
        (reason == SendReason.NO_ADDRESS) == (address == null),
        "a decision names an address unless the contact has none");
  }

  /** Returns whether the message may be sent. */
  public boolean allowed() {
    return reason == SendReason.GRANTED;
  }

  /** Returns the address the message would go to, if the contact has one for the channel. */
  public Optional<String> to() {
    return Optional.ofNullable(address);
  }

  /** Returns when the deciding ledger entry took effect, if an entry decides. */
  public Optional<Instant> decidedAt() {
    return Optional.ofNullable(since);
  }
}
