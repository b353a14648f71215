package io.crmkit.scoring.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.FieldError;
import io.crmkit.core.ValidationException;
import io.crmkit.scoring.rfm.Purchase;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerSummaryTests {

  @Test
  void acceptsAConsistentHistory() {
    CustomerSummary<String> summary = CustomerSummary.of("ana", 2, 30.43, 38.86, 22.35);

    assertThat(summary.repeatBuyer()).isTrue();
    assertThat(CustomerSummary.of("bo", 0, 0, 38.86).repeatBuyer()).isFalse();
  }

  @Test
  void namesEveryInconsistentFieldAtOnce() {
    assertThatThrownBy(() -> CustomerSummary.of("ana", -1, 40, 38.86, -5))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactly("frequency", "recency", "meanRepeatSpend"))
        .hasMessageContaining("customer ana")
        .hasMessageContaining("cannot come after the age 38.86");
  }

  @Test
  void refusesRecencyOrSpendWithoutRepeatPurchases() {
    assertThatThrownBy(() -> CustomerSummary.of("ana", 0, 3, 38.86, 10))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactly("recency", "meanRepeatSpend"));
  }

  @Test
  void refusesRepeatPurchasesWithoutRecency() {
    assertThatThrownBy(() -> CustomerSummary.of("ana", 2, 0, 38.86))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("repeat purchases come after the first one");
  }

  @Test
  void refusesNonFiniteTimes() {
    assertThatThrownBy(() -> CustomerSummary.of("ana", 1, Double.NaN, Double.POSITIVE_INFINITY))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors()).extracting(FieldError::field).contains("age", "recency"));
  }

  @Test
  void mergesPurchasesOfOneDayAndMeasuresFromTheFirstDay() {
    List<Purchase<String>> purchases =
        List.of(
            purchase("ana", "1997-01-01T10:00:00Z", "10.00"),
            purchase("ana", "1997-01-01T18:00:00Z", "5.00"),
            purchase("ana", "1997-01-15T09:00:00Z", "20.00"),
            purchase("ana", "1997-01-15T23:00:00Z", "4.00"),
            purchase("ana", "1997-01-29T12:00:00Z", "30.00"),
            purchase("bo", "1997-01-08T12:00:00Z", "7.00"),
            purchase("bo", "1997-03-01T12:00:00Z", "99.00"));

    List<CustomerSummary<String>> summaries =
        CustomerSummaries.of(
            purchases, LocalDate.of(1997, 1, 29), ZoneOffset.UTC, Duration.ofDays(7));

    assertThat(summaries)
        .containsExactly(
            CustomerSummary.of("ana", 2, 4, 4, 27), CustomerSummary.of("bo", 0, 0, 3, 0));
  }

  @Test
  void assignsPurchasesToTheDayOfTheGivenZone() {
    // 23:30 UTC on the 1st is already the 2nd in Berlin: two days there, one in UTC
    List<Purchase<String>> purchases =
        List.of(
            purchase("ana", "1997-01-01T12:00:00Z", "10.00"),
            purchase("ana", "1997-01-01T23:30:00Z", "6.00"));

    assertThat(
            CustomerSummaries.of(
                purchases, LocalDate.of(1997, 1, 8), ZoneOffset.UTC, Duration.ofDays(1)))
        .containsExactly(CustomerSummary.of("ana", 0, 0, 7, 0));
    assertThat(
            CustomerSummaries.of(
                purchases,
                LocalDate.of(1997, 1, 8),
                ZoneId.of("Europe/Berlin"),
                Duration.ofDays(1)))
        .containsExactly(CustomerSummary.of("ana", 1, 1, 7, 6));
  }

  @Test
  void refusesATimeUnitOfPartDays() {
    assertThatThrownBy(
            () ->
                CustomerSummaries.of(
                    List.<Purchase<String>>of(),
                    LocalDate.of(1997, 1, 8),
                    ZoneOffset.UTC,
                    Duration.ofHours(36)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("whole number of days: PT36H");
  }

  private static Purchase<String> purchase(String customer, String at, String amount) {
    return Purchase.of(customer, Instant.parse(at), new BigDecimal(amount));
  }
}
