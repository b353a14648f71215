package io.crmkit.core.message.internal;

import io.crmkit.core.message.RenderedMessage;
import io.crmkit.core.message.UnsubscribeLink;
import java.util.Map;

/**
 * The unsubscribe link added to the body of a marketing message whose template does not place it
 * itself: a last line of the text, and a last paragraph of the HTML body (rendered by Mustache, so
 * that the address is escaped).
 */
final class UnsubscribeFooter {

  private static final String TEXT = "\n\nUnsubscribe: ";
  private static final String BODY_END = "</body";

  private final MustachePart html =
      MustachePart.compile(
          "unsubscribe footer",
          "<p style=\"font-size:small\"><a href=\"{{url}}\">Unsubscribe</a></p>",
          true);

  /** Returns {@code message} with {@code link}'s web address at the end of its body parts. */
  RenderedMessage appendTo(RenderedMessage message, UnsubscribeLink link) {
    String url = link.web().toASCIIString();
    String body = message.html();
    return new RenderedMessage(
        message.subject(),
        body == null ? null : beforeBodyEnd(body, html.render(Map.of("url", url))),
        message.text().stripTrailing() + TEXT + url);
  }

  /** Returns {@code html} with {@code footer} before its last {@code </body>}, or at its end. */
  private static String beforeBodyEnd(String html, String footer) {
    for (int end = html.length() - BODY_END.length(); end >= 0; end--) {
      if (html.regionMatches(true, end, BODY_END, 0, BODY_END.length())) {
        return html.substring(0, end) + footer + html.substring(end);
      }
    }
    return html + footer;
  }
}
