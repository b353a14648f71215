package io.crmkit.core.campaign;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.consent.Purpose;
import io.crmkit.core.contactpoint.EmailAddress;
import io.crmkit.core.internal.FieldErrors;
import io.crmkit.core.internal.TextPolicy;
import io.crmkit.core.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * What a campaign sends, to whom and how fast: its name, channel, template, audience, the consent
 * purpose every recipient must have granted, the most messages it sends per hour and what it cost.
 *
 * @param name the name the team and segments know it by ({@code opened campaign "Spring sale"}),
 *     unique in the tenant; 1 to 200 characters, one line
 * @param channel the medium its messages travel by; never null
 * @param template the key of the message template it renders for each recipient; 1 to 100
 *     characters, an identifier
 * @param sender who its messages come from: an email address (in normal form) for email, a sender
 *     id of 1 to 32 characters for SMS
 * @param senderName the sender's display name for email, up to 200 characters, one line, possibly
 *     empty; empty for SMS
 * @param audience who it is for; never null
 * @param purpose the consent purpose (the tenant's subscription type) a recipient must have granted
 *     on {@code channel}; never null
 * @param throttlePerHour the most messages it hands to the gateway in any hour, 1 to 1,000,000
 * @param cost what it cost, for its return on investment; null when not known
 * @since 0.1
 */
public record CampaignDetails(
    String name,
    CampaignChannel channel,
    String template,
    String sender,
    String senderName,
    Audience audience,
    Purpose purpose,
    int throttlePerHour,
    @Nullable Money cost) {

  /** The longest campaign name. */
  public static final int MAX_NAME_LENGTH = 200;

  /** The longest template key. */
  public static final int MAX_KEY_LENGTH = 100;

  /** The longest SMS sender id. */
  public static final int MAX_SMS_SENDER_LENGTH = 32;

  /** The highest throttle. */
  public static final int MAX_THROTTLE_PER_HOUR = 1_000_000;

  /**
   * Creates {@code CampaignDetails}, checking its components as the type's comment describes.
   *
   * @throws io.crmkit.core.ValidationException naming every bad component with its value
   */
  public CampaignDetails {
    requireNonNull(channel, "channel");
    requireNonNull(audience, "audience");
    requireNonNull(purpose, "purpose");
    FieldErrors errors = new FieldErrors();
    text(errors, "name", name, MAX_NAME_LENGTH, TextPolicy.Kind.LINE);
    text(errors, "template", template, MAX_KEY_LENGTH, TextPolicy.Kind.IDENTIFIER);
    sender = checkSender(errors, channel, sender);
    errors.require(senderName != null, "senderName", null, "is required");
    if (senderName != null) {
      errors.require(
          senderName.length() <= MAX_NAME_LENGTH,
          "senderName",
          senderName,
          "must be at most " + MAX_NAME_LENGTH + " characters");
      errors.require(
          channel == CampaignChannel.EMAIL || senderName.isEmpty(),
          "senderName",
          senderName,
          "an SMS has no sender name");
      errors.requireText("senderName", senderName, TextPolicy.Kind.LINE);
    }
    errors.require(
        throttlePerHour >= 1 && throttlePerHour <= MAX_THROTTLE_PER_HOUR,
        "throttlePerHour",
        throttlePerHour,
        "must be 1 to " + MAX_THROTTLE_PER_HOUR);
    errors.require(cost == null || !cost.isNegative(), "cost", cost, "must not be negative");
    errors.throwIfAny("campaign");
  }

  /**
   * Returns details for an email campaign from {@code from}, with no sender name and no known cost.
   *
   * @param throttlePerHour the most messages per hour, 1 to 1,000,000
   */
  public static CampaignDetails email(
      String name,
      String template,
      EmailAddress from,
      Audience audience,
      Purpose purpose,
      int throttlePerHour) {
    return new CampaignDetails(
        name,
        CampaignChannel.EMAIL,
        template,
        from.value(),
        "",
        audience,
        purpose,
        throttlePerHour,
        null);
  }

  /** Returns these details with another cost; null when not known. */
  public CampaignDetails withCost(@Nullable Money newCost) {
    return new CampaignDetails(
        name, channel, template, sender, senderName, audience, purpose, throttlePerHour, newCost);
  }

  /** Returns these details with another audience. */
  public CampaignDetails withAudience(Audience newAudience) {
    return new CampaignDetails(
        name, channel, template, sender, senderName, newAudience, purpose, throttlePerHour, cost);
  }

  /** Returns these details with another sender display name (email only). */
  public CampaignDetails withSenderName(String newSenderName) {
    return new CampaignDetails(
        name, channel, template, sender, newSenderName, audience, purpose, throttlePerHour, cost);
  }

  private static @Nullable String checkSender(
      FieldErrors errors, CampaignChannel channel, @Nullable String sender) {
    if (sender == null) {
      errors.require(false, "sender", null, "is required");
      return null;
    }
    if (channel == CampaignChannel.EMAIL) {
      EmailAddress email = errors.attempt("sender", sender, () -> EmailAddress.of(sender));
      return email == null ? sender : email.value();
    }
    text(errors, "sender", sender, MAX_SMS_SENDER_LENGTH, TextPolicy.Kind.IDENTIFIER);
    return sender;
  }

  private static void text(
      FieldErrors errors, String field, @Nullable String text, int max, TextPolicy.Kind kind) {
    errors.require(text != null, field, null, "is required");
    if (text != null) {
      errors.require(
          !text.isBlank() && text.length() <= max,
          field,
          text,
          "must be 1 to " + max + " characters and not blank");
      errors.requireText(field, text, kind);
    }
  }
}
