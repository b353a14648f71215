package io.crmkit.core.message;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * A template's parts once rendered for one recipient: what a preview shows and what a composed
 * message carries.
 *
 * @param subject the subject; empty for an SMS
 * @param html the HTML part, with every merged value escaped; null when the template has none
 * @param text the plain-text part (the text of an SMS), merged values as they are
 * @since 0.1
 */
public record RenderedMessage(String subject, @Nullable String html, String text) {

  public RenderedMessage {
    requireNonNull(subject, "subject");
    requireNonNull(text, "text");
  }
}
