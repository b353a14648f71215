package io.crmkit.core.commerce;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.ExternalId;
import io.crmkit.core.company.CompanyId;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.internal.Quoted;
import io.crmkit.core.internal.TextPolicy;
import io.crmkit.core.money.Money;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What an order says: who bought (a contact, and the company they bought for), when, where, what
 * campaign brought it, its key in the e-commerce system it came from, and its lines in one
 * currency.
 *
 * @param contact the contact who placed it
 * @param company the company it was bought for, or null
 * @param channel where it was placed
 * @param campaign the code of the campaign it is attributed to, at most 100 characters, an
 *     identifier; empty when none
 * @param externalId its key in the shop or ERP it was imported from, or null for an order placed in
 *     the CRM
 * @param placedAt when the customer placed it
 * @param currency the currency of every line
 * @param lines 1 to {@value #MAX_LINES} lines, each product at most once, all in {@code currency}
 * @since 0.1
 */
public record OrderDetails(
    ContactId contact,
    @Nullable CompanyId company,
    OrderChannel channel,
    String campaign,
    @Nullable ExternalId externalId,
    Instant placedAt,
    Currency currency,
    List<OrderLine> lines) {

  /** The most lines an order may have. */
  public static final int MAX_LINES = 200;

  static final int MAX_CAMPAIGN = 100;

  /** Creates an {@code OrderDetails}, checking its components as the type's comment describes. */
  public OrderDetails {
    requireNonNull(contact, "contact");
    requireNonNull(channel, "channel");
    requireNonNull(campaign, "campaign");
    requireNonNull(placedAt, "placedAt");
    requireNonNull(currency, "currency");
    lines = List.copyOf(requireNonNull(lines, "lines"));
    checkArgument(
        !lines.isEmpty() && lines.size() <= MAX_LINES,
        "an order has 1 to %s lines: %s",
        MAX_LINES,
        lines.size());
    checkArgument(
        campaign.length() <= MAX_CAMPAIGN,
        "order campaign longer than %s characters: %s",
        MAX_CAMPAIGN,
        Quoted.of(campaign));
    if (!campaign.isEmpty()) {
      TextPolicy.check("order campaign", campaign, TextPolicy.Kind.IDENTIFIER);
    }
    for (OrderLine line : lines) {
      checkArgument(
          line.unitPrice().currency().equals(currency),
          "order line of product %s is in %s, not in the order's currency %s",
          line.product(),
          line.unitPrice().currency(),
          currency);
    }
    Set<ProductId> products = lines.stream().map(OrderLine::product).collect(Collectors.toSet());
    checkArgument(
        products.size() == lines.size(), "an order names each product on one line only: %s", lines);
  }

  /**
   * Returns an order of {@code contact} placed at {@code placedAt} on the web shop, with no
   * company, campaign or external id.
   */
  public static OrderDetails of(
      ContactId contact, Instant placedAt, Currency currency, List<OrderLine> lines) {
    return new OrderDetails(
        contact, null, OrderChannel.WEB_SHOP, "", null, placedAt, currency, lines);
  }

  /** Returns a copy bought for {@code newCompany} (null: none). */
  public OrderDetails withCompany(@Nullable CompanyId newCompany) {
    return new OrderDetails(
        contact, newCompany, channel, campaign, externalId, placedAt, currency, lines);
  }

  /** Returns a copy placed through {@code newChannel}. */
  public OrderDetails withChannel(OrderChannel newChannel) {
    return new OrderDetails(
        contact, company, newChannel, campaign, externalId, placedAt, currency, lines);
  }

  /** Returns a copy attributed to the campaign {@code code} (empty: none). */
  public OrderDetails withCampaign(String code) {
    return new OrderDetails(contact, company, channel, code, externalId, placedAt, currency, lines);
  }

  /** Returns a copy keyed {@code key} in the system it comes from (null: none). */
  public OrderDetails withExternalId(@Nullable ExternalId key) {
    return new OrderDetails(contact, company, channel, campaign, key, placedAt, currency, lines);
  }

  /** Returns a copy with the contact {@code newContact}. */
  public OrderDetails withContact(ContactId newContact) {
    return new OrderDetails(
        newContact, company, channel, campaign, externalId, placedAt, currency, lines);
  }

  /** Returns the company it was bought for, if any. */
  public Optional<CompanyId> companyId() {
    return Optional.ofNullable(company);
  }

  /** Returns its key in the system it came from, if it came from one. */
  public Optional<ExternalId> externalKey() {
    return Optional.ofNullable(externalId);
  }

  /** Returns the sum of its lines. */
  public Money total() {
    return Money.sum(lines.stream().map(OrderLine::total).toList(), currency);
  }
}
