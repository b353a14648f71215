package io.crmkit.core.commerce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.crmkit.core.CrmException;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.fixtures.Ids;
import io.crmkit.core.fixtures.TestClock;
import io.crmkit.core.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Random sequences of order commands (actions and refunds of any size): whatever happens, the net
 * amount is the total less refunds and never negative, an order is refunded exactly when all of it
 * was paid back, its history ends in its status, and a refused command leaves it as it was.
 */
class OrderProperties {

  private static final Instant T0 = TestClock.START;
  private static final UserId BY = UserId.of("alice");
  private static final Currency EUR = Currency.getInstance("EUR");

  @Test
  void keepsItsFiguresAfterAnySequenceOfCommands() {
    qt().withExamples(300)
        .forAll(lists().of(integers().between(0, 4 * 300 - 1)).ofSizeBetween(1, 20))
        .checkAssert(this::run);
  }

  private void run(List<Integer> commands) {
    OrderDetails details =
        OrderDetails.of(
            ContactId.of(Ids.next()),
            T0,
            EUR,
            List.of(OrderLine.of(ProductId.of(Ids.next()), 3, Money.of("50", "EUR"))));
    Order order =
        Order.place(OrderId.of(Ids.next()), TenantId.of("acme"), details, null, T0, BY).state();
    for (int command : commands) {
      Order before = order;
      try {
        order =
            switch (command % 4) {
              case 0 -> order.move(OrderAction.values()[command / 4 % 4], T0, BY).state();
              case 1 ->
                  order
                      .refund(Money.of(BigDecimal.valueOf(command / 4 % 160), EUR), T0, BY)
                      .state();
              case 2 ->
                  order
                      .advanceTo(
                          OrderStatus.values()[command / 4 % 5],
                          Money.of(BigDecimal.valueOf(command / 4 % 151), EUR),
                          T0,
                          BY)
                      .state();
              default -> order.revise(details.withCampaign("c" + command), T0, BY).state();
            };
      } catch (CrmException | IllegalArgumentException refused) {
        assertThat(order).isSameAs(before);
      }
      assertThat(order.net())
          .isEqualTo(
              order.status() == OrderStatus.CANCELLED
                  ? Money.zero(EUR)
                  : order.total().minus(order.refunded()));
      assertThat(order.net().isNegative()).isFalse();
      assertThat(order.status() == OrderStatus.REFUNDED)
          .isEqualTo(order.refunded().equals(order.total()));
      OrderStatus last =
          order.history().isEmpty()
              ? OrderStatus.PLACED
              : order.history().get(order.history().size() - 1).to();
      assertThat(last).isEqualTo(order.status());
      assertThat(order.version()).isGreaterThanOrEqualTo(before.version());
    }
  }
}
