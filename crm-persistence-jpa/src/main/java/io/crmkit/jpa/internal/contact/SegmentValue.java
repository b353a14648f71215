package io.crmkit.jpa.internal.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One value of a contact that segments filter on but the contact row keeps only in its JSON
 * document: the first address's country or city, or a custom field value. Exactly one typed column
 * holds the value (text in both {@code text_key}, its indexed equality form, and {@code
 * text_value}); the field is the segment field name, so that a segment condition is an indexed
 * {@code exists} over these rows.
 */
@Embeddable
class SegmentValue {

  @Column(name = "field", length = 80, nullable = false)
  String field = "";

  @Column(name = "text_key", length = 200)
  @Nullable String textKey;

  @Column(name = "text_value", length = 10_000)
  @Nullable String textValue;

  @Column(name = "number_value", precision = 76, scale = 38)
  @Nullable BigDecimal numberValue;

  @Column(name = "date_value")
  @Nullable LocalDate dateValue;

  @Column(name = "instant_value")
  @Nullable Instant instantValue;

  @Column(name = "bool_value")
  @Nullable Boolean boolValue;

  /** For the persistence provider. */
  protected SegmentValue() {}

  SegmentValue(String field) {
    this.field = field;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof SegmentValue that
        && field.equals(that.field)
        && Objects.equals(textValue, that.textValue)
        && Objects.equals(textKey, that.textKey)
        && (numberValue == null
            ? that.numberValue == null
            : that.numberValue != null && numberValue.compareTo(that.numberValue) == 0)
        && Objects.equals(dateValue, that.dateValue)
        && Objects.equals(instantValue, that.instantValue)
        && Objects.equals(boolValue, that.boolValue);
  }

  @Override
  public int hashCode() {
    return Objects.hash(field, textKey, dateValue, instantValue, boolValue);
  }

  @Override
  public String toString() {
    return field + "=" + (textValue != null ? textValue : numberValue);
  }
}
