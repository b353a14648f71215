package io.crmkit.scoring.matching.internal;

import io.crmkit.scoring.matching.Comparison;
import io.crmkit.scoring.matching.FieldComparison;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.jspecify.annotations.Nullable;

/**
 * The prepared values of one compared field for a growing set of rows: the normal form, and what
 * its comparison needs besides (Double Metaphone codes, an email's parts, a date's day number), so
 * that each value is prepared once and not once per pair. Equal strings are shared.
 */
final class Column {

  static final int NO_DAY = Integer.MIN_VALUE;

  private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();

  final FieldComparison comparison;
  @Nullable String[] text;
  @Nullable String[] first;
  @Nullable String[] second;
  int[] day;
  double[] quantity;
  private final @Nullable ConcurrentHashMap<String, String> shared;

  Column(FieldComparison comparison, int capacity, boolean sharing) {
    this.comparison = comparison;
    this.shared = sharing ? new ConcurrentHashMap<>() : null;
    this.text = new String[capacity];
    this.first = new String[hasParts(comparison) ? capacity : 0];
    this.second = new String[hasParts(comparison) ? capacity : 0];
    this.day = new int[comparison.comparison() == Comparison.DATE ? capacity : 0];
    this.quantity = new double[comparison.comparison() == Comparison.NUMBER ? capacity : 0];
  }

  /** Whether the comparison keeps two parts besides the normal form: codes, local part, domain. */
  private static boolean hasParts(FieldComparison comparison) {
    return switch (comparison.comparison()) {
      case PERSON_NAME, EMAIL, WEB_DOMAIN -> true;
      default -> false;
    };
  }

  void grow(int capacity) {
    text = Arrays.copyOf(text, capacity);
    if (first.length > 0) {
      first = Arrays.copyOf(first, capacity);
      second = Arrays.copyOf(second, capacity);
    }
    if (day.length > 0) {
      day = Arrays.copyOf(day, capacity);
    }
    if (quantity.length > 0) {
      quantity = Arrays.copyOf(quantity, capacity);
    }
  }

  /** Prepares {@code raw} into {@code row}; a null or unusable value leaves the row missing. */
  void set(int row, @Nullable String raw) {
    String normal = normalise(raw);
    text[row] = share(normal);
    if (first.length > 0) {
      first[row] = null;
      second[row] = null;
    }
    if (day.length > 0) {
      day[row] = NO_DAY;
    }
    if (quantity.length > 0) {
      quantity[row] = Double.NaN;
    }
    if (normal == null) {
      return;
    }
    switch (comparison.comparison()) {
      case PERSON_NAME -> {
        first[row] = share(METAPHONE.doubleMetaphone(normal, false));
        second[row] = share(METAPHONE.doubleMetaphone(normal, true));
      }
      case EMAIL -> {
        int at = normal.lastIndexOf('@');
        first[row] = share(normal.substring(0, at));
        second[row] = share(normal.substring(at + 1));
      }
      case WEB_DOMAIN -> first[row] = share(Normalise.domainName(normal));
      case DATE -> day[row] = epochDay(normal);
      case NUMBER -> quantity[row] = Double.parseDouble(normal);
      default -> {}
    }
  }

  void clear(int row) {
    set(row, null);
  }

  /** Returns the normal form {@code raw} has in this column, null when it has none. */
  @Nullable String normalise(@Nullable String raw) {
    return switch (comparison.comparison()) {
      case PERSON_NAME, TEXT -> Normalise.text(raw);
      case ADDRESS -> Normalise.address(raw);
      case CODE -> Normalise.code(raw);
      case DATE -> Normalise.date(raw);
      case NUMBER -> number(raw);
      case EMAIL -> Normalise.email(raw);
      case PHONE -> Normalise.digits(raw);
      case ORGANISATION_NAME -> Normalise.organisation(raw);
      case WEB_DOMAIN -> Normalise.webDomain(raw);
    };
  }

  /** Returns the primary Double Metaphone code of the first word of {@code row}'s value. */
  @Nullable String phoneticKey(int row) {
    String value = text[row];
    if (value == null) {
      return null;
    }
    if (comparison.comparison() == Comparison.PERSON_NAME && value.indexOf(' ') < 0) {
      return first[row];
    }
    int space = value.indexOf(' ');
    String word = space < 0 ? value : value.substring(0, space);
    String code = METAPHONE.doubleMetaphone(word, false);
    return code == null || code.isEmpty() ? null : code;
  }

  private @Nullable String share(@Nullable String value) {
    if (value == null || shared == null) {
      return value;
    }
    String known = shared.putIfAbsent(value, value);
    return known == null ? value : known;
  }

  private static @Nullable String number(@Nullable String raw) {
    if (raw == null) {
      return null;
    }
    try {
      double value = Double.parseDouble(raw.strip().replace(",", ""));
      return Double.isFinite(value) ? Double.toString(value) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static int epochDay(String digits) {
    try {
      return (int)
          LocalDate.of(
                  Integer.parseInt(digits.substring(0, 4)),
                  Integer.parseInt(digits.substring(4, 6)),
                  Integer.parseInt(digits.substring(6, 8)))
              .toEpochDay();
    } catch (DateTimeException e) {
      return NO_DAY;
    }
  }
}
