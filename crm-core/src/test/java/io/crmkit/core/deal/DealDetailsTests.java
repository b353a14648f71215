package io.crmkit.core.deal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.FieldError;
import io.crmkit.core.ValidationException;
import io.crmkit.core.money.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DealDetailsTests {

  @Test
  void refusesAnAmountWithAHugeExponentAsAFieldError() {
    // amount(BigDecimal, String) wrote the amount out in plain digits before checking it
    assertThatThrownBy(
            () ->
                DealDetails.builder()
                    .name("Renewal")
                    .amount(new BigDecimal("1E+999999999"), "EUR")
                    .build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            refusal -> {
              assertThat(refusal.errors()).extracting(FieldError::field).containsExactly("amount");
              assertThat(refusal.getMessage()).hasSizeLessThan(300);
            });
  }

  @Test
  void readsAnAmountFromADecimalAndACurrencyCode() {
    DealDetails details =
        DealDetails.builder().name("Renewal").amount(new BigDecimal("1200.5"), "EUR").build();

    assertThat(details.amount()).isEqualTo(Money.of("1200.50", "EUR"));
  }
}
