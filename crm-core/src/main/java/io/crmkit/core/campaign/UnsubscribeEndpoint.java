package io.crmkit.core.campaign;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.contactpoint.EmailAddress;
import io.crmkit.core.internal.Quoted;
import io.crmkit.core.message.UnsubscribeLink;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Where the host takes unsubscribes from campaign messages: a page (its one-click endpoint, RFC
 * 8058) and a mailbox. Each recipient's link carries the consent ledger's signed token for the
 * contact, the channel and the campaign's purpose, which the host hands to {@code
 * crm.consent().unsubscribe(token)} without a login.
 *
 * @param page the https page; each link adds {@code token=...} to its query
 * @param mailbox the address unsubscribe mails go to; each link puts the token in the subject
 * @since 0.1
 */
public record UnsubscribeEndpoint(URI page, EmailAddress mailbox) {

  /** Creates an {@code UnsubscribeEndpoint}, checking it makes valid links. */
  public UnsubscribeEndpoint {
    requireNonNull(page, "page");
    requireNonNull(mailbox, "mailbox");
    checkArgument(
        page.getFragment() == null, "unsubscribe page has a fragment: %s", Quoted.of(page));
    linkOf(page, mailbox, "check");
  }

  /**
   * Returns the link that unsubscribes with {@code token}.
   *
   * @throws IllegalArgumentException if the link would be too long
   */
  public UnsubscribeLink link(String token) {
    return linkOf(page, mailbox, token);
  }

  private static UnsubscribeLink linkOf(URI page, EmailAddress mailbox, String token) {
    String encoded = URLEncoder.encode(requireNonNull(token, "token"), StandardCharsets.UTF_8);
    String query = page.getRawQuery() == null ? "" : page.getRawQuery() + "&";
    String base = page.toString();
    int cut = base.indexOf('?');
    URI web =
        URI.create((cut < 0 ? base : base.substring(0, cut)) + "?" + query + "token=" + encoded);
    URI mail = URI.create("mailto:" + mailbox.value() + "?subject=unsubscribe%20" + encoded);
    return new UnsubscribeLink(web, mail);
  }
}
