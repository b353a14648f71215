package io.crmkit.core.campaign;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.FieldErrors;
import io.crmkit.core.internal.TextPolicy;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What a message provider reports about a message it was handed (a webhook's delivery, bounce,
 * open, click, reply, unsubscribe or complaint), which the host feeds back with {@link
 * CampaignService#record(ProviderEvent)}: the provider's message id says whose message it was.
 *
 * @param providerMessageId the id the gateway returned when the message was sent; 1 to 500
 *     characters, an identifier
 * @param kind what happened; never null
 * @param at when it happened, by the provider; never null
 * @param link the link followed: required for a click, 1 to 2,000 characters, and null otherwise
 * @since 0.1
 */
public record ProviderEvent(
    String providerMessageId, EngagementKind kind, Instant at, @Nullable String link) {

  /** The longest provider message id. */
  public static final int MAX_ID_LENGTH = 500;

  /** The longest link. */
  public static final int MAX_LINK_LENGTH = 2_000;

  /**
   * Creates a {@code ProviderEvent}, checking its components as the type's comment describes.
   *
   * @throws io.crmkit.core.ValidationException naming every bad component with its value
   */
  public ProviderEvent {
    requireNonNull(kind, "kind");
    requireNonNull(at, "at");
    FieldErrors errors = new FieldErrors();
    errors.require(providerMessageId != null, "providerMessageId", null, "is required");
    if (providerMessageId != null) {
      errors.require(
          !providerMessageId.isBlank() && providerMessageId.length() <= MAX_ID_LENGTH,
          "providerMessageId",
          providerMessageId,
          "must be 1 to " + MAX_ID_LENGTH + " characters and not blank");
      errors.requireText("providerMessageId", providerMessageId, TextPolicy.Kind.IDENTIFIER);
    }
    if (kind == EngagementKind.CLICKED) {
      errors.require(
          link != null && !link.isBlank() && link.length() <= MAX_LINK_LENGTH,
          "link",
          link,
          "a click needs the link, 1 to " + MAX_LINK_LENGTH + " characters");
      errors.requireText("link", link, TextPolicy.Kind.IDENTIFIER);
    } else {
      errors.require(link == null, "link", link, "only a click has a link");
    }
    errors.throwIfAny("provider event");
  }

  /** Returns a report of {@code kind} without a link. */
  public static ProviderEvent of(String providerMessageId, EngagementKind kind, Instant at) {
    return new ProviderEvent(providerMessageId, kind, at, null);
  }

  /** Returns a report that {@code link} was followed. */
  public static ProviderEvent click(String providerMessageId, String link, Instant at) {
    return new ProviderEvent(providerMessageId, EngagementKind.CLICKED, at, link);
  }

  /** Returns the engagement it records. */
  public Engagement engagement() {
    return new Engagement(kind, at, link);
  }
}
