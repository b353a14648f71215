package io.crmkit.core.commerce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.fixtures.Ids;
import io.crmkit.core.fixtures.TestClock;
import io.crmkit.core.money.Money;
import io.crmkit.core.statemachine.IllegalTransitionException;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderTests {

  private static final TenantId TENANT = TenantId.of("acme");
  private static final UserId BY = UserId.of("alice");
  private static final Instant T0 = TestClock.START;
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final ProductId SEAT = ProductId.of(Ids.next());
  private static final ProductId DESK = ProductId.of(Ids.next());

  private final OrderDetails details =
      OrderDetails.of(
          ContactId.of(Ids.next()),
          T0,
          EUR,
          List.of(
              OrderLine.of(SEAT, 3, eur("40")).withDiscount(eur("10")),
              OrderLine.of(DESK, 1, eur("300"))));

  private Order placed() {
    return Order.place(OrderId.of(Ids.next()), TENANT, details, null, T0, BY).state();
  }

  @Test
  void totalsItsLinesLessTheirDiscounts() {
    assertThat(placed().total()).isEqualTo(eur("410"));
    assertThat(placed().net()).isEqualTo(eur("410"));
  }

  @Test
  void nettesPartialRefundsAndIsRefundedWhenTheLastIsPaidBack() {
    Order paid = placed().move(OrderAction.PAY, T0, BY).state();

    Order partly = paid.refund(eur("110"), T0, BY).state();
    Order whole = partly.refund(eur("300"), T0, BY).state();

    assertThat(partly.status()).isEqualTo(OrderStatus.PAID);
    assertThat(partly.net()).isEqualTo(eur("300"));
    assertThat(whole.status()).isEqualTo(OrderStatus.REFUNDED);
    assertThat(whole.net()).isEqualTo(eur("0"));
    assertThat(whole.version()).isEqualTo(4);
  }

  @Test
  void refusesARefundOfMoreThanIsLeft() {
    Order paid = placed().move(OrderAction.PAY, T0, BY).state().refund(eur("400"), T0, BY).state();

    assertThatThrownBy(() -> paid.refund(eur("10.01"), T0, BY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the 10.00 EUR left to pay back");
    assertThatThrownBy(() -> paid.refund(Money.of("1", "USD"), T0, BY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("USD");
    assertThatThrownBy(() -> paid.refund(eur("0"), T0, BY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("positive");
  }

  @Test
  void refusesARefundOfAnUnpaidOrderAndAnyMoveOfACancelledOne() {
    Order cancelled = placed().move(OrderAction.CANCEL, T0, BY).state();

    assertThatThrownBy(() -> placed().refund(eur("1"), T0, BY))
        .isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> cancelled.move(OrderAction.PAY, T0, BY))
        .isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> cancelled.revise(details.withCampaign("late"), T0, BY))
        .isInstanceOf(IllegalTransitionException.class);
    assertThat(cancelled.net()).isEqualTo(eur("0"));
  }

  @Test
  void advancesThroughTheActionsThatLeadToAReportedStatus() {
    Order refunded = placed().advanceTo(OrderStatus.REFUNDED, eur("0"), T0, BY).state();
    Order fulfilled = placed().advanceTo(OrderStatus.FULFILLED, eur("10"), T0, BY).state();

    assertThat(refunded.history())
        .extracting(move -> move.event())
        .containsExactly(OrderAction.PAY, OrderAction.REFUND);
    assertThat(refunded.version()).isEqualTo(2);
    assertThat(refunded.refunded()).isEqualTo(eur("410"));
    assertThat(fulfilled.status()).isEqualTo(OrderStatus.FULFILLED);
    assertThat(fulfilled.net()).isEqualTo(eur("400"));
    assertThatThrownBy(() -> fulfilled.advanceTo(OrderStatus.PLACED, eur("10"), T0, BY))
        .isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> fulfilled.advanceTo(OrderStatus.CANCELLED, eur("10"), T0, BY))
        .isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void refusesARevisionThatChangesTheBuyerOrTotalsLessThanWasRefunded() {
    Order paid = placed().move(OrderAction.PAY, T0, BY).state().refund(eur("350"), T0, BY).state();

    assertThatThrownBy(() -> paid.revise(details.withContact(ContactId.of(Ids.next())), T0, BY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("contact cannot change");
    OrderDetails smaller =
        OrderDetails.of(details.contact(), T0, EUR, List.of(OrderLine.of(DESK, 1, eur("300"))));
    assertThatThrownBy(() -> paid.revise(smaller, T0, BY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("less than the 350.00 EUR refunded");
  }

  @Test
  void refusesBadLinesNamingTheValue() {
    assertThatThrownBy(() -> OrderLine.of(SEAT, 0, eur("1")))
        .hasMessage("order line quantity must be 1 to 1000000000: 0");
    assertThatThrownBy(() -> OrderLine.of(SEAT, 1, eur("5")).withDiscount(eur("6")))
        .hasMessageContaining("more than the line's");
    assertThatThrownBy(
            () ->
                OrderDetails.of(
                    details.contact(),
                    T0,
                    EUR,
                    List.of(OrderLine.of(SEAT, 1, Money.of("1", "USD")))))
        .hasMessageContaining("not in the order's currency EUR");
    assertThatThrownBy(
            () ->
                OrderDetails.of(
                    details.contact(),
                    T0,
                    EUR,
                    List.of(OrderLine.of(SEAT, 1, eur("1")), OrderLine.of(SEAT, 2, eur("1")))))
        .hasMessageContaining("each product on one line");
    assertThatThrownBy(() -> details.withCampaign(" spring"))
        .hasMessageContaining("order campaign");
    assertThatThrownBy(() -> ProductDetails.of(" SKU", "Seat", eur("1")))
        .hasMessageContaining("product sku");
    assertThatThrownBy(() -> ProductDetails.of("SKU", "Seat", eur("-1")))
        .hasMessageContaining("must not be negative");
  }

  private static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }
}
