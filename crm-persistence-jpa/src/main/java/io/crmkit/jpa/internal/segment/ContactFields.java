package io.crmkit.jpa.internal.segment;

import io.crmkit.core.party.LifecycleStage;
import io.crmkit.jpa.internal.SearchKeys;
import io.crmkit.jpa.internal.segment.FieldTarget.Outcome;
import io.crmkit.scoring.audience.ContactSegmentSchema;
import io.crmkit.scoring.segment.FieldDefinition;
import io.crmkit.scoring.segment.FieldType;
import io.crmkit.scoring.segment.Literal;
import io.crmkit.scoring.segment.SegmentSchema;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Where each field of {@link ContactSegmentSchema} lives in the contact tables: a column of the
 * contact row, a column of its primary company, a value computed from its timeline, or a row of its
 * segment values (country, city, custom fields); and how a missing value shows in each.
 */
final class ContactFields {

  private final CriteriaBuilder cb;
  private final ContactTables tables;
  private final QueryParameters parameters;
  private final SegmentSchema schema;

  ContactFields(
      CriteriaBuilder cb, ContactTables tables, QueryParameters parameters, SegmentSchema schema) {
    this.cb = cb;
    this.tables = tables;
    this.parameters = parameters;
    this.schema = schema;
  }

  /** Returns where the named field of the schema lives. */
  FieldTarget of(String name) {
    FieldDefinition field =
        schema
            .field(name)
            .orElseThrow(() -> new IllegalArgumentException("unknown field '" + name + "'"));
    FieldType type = field.type();
    return switch (name) {
      case ContactSegmentSchema.EMAIL -> column(type, "primaryEmail", Missing.NULL);
      case ContactSegmentSchema.GIVEN_NAME -> column(type, "givenName", Missing.BLANK);
      case ContactSegmentSchema.FAMILY_NAME -> column(type, "familyName", Missing.BLANK);
      case ContactSegmentSchema.JOB_TITLE -> column(type, "jobTitle", Missing.BLANK);
      case ContactSegmentSchema.OWNER -> column(type, "owner", Missing.NEVER);
      case ContactSegmentSchema.LIFECYCLE_STAGE -> column(type, "lifecycleStage", Missing.NEVER);
      case ContactSegmentSchema.CREATED_AT -> column(type, "createdAt", Missing.NEVER);
      case ContactSegmentSchema.UPDATED_AT -> column(type, "updatedAt", Missing.NEVER);
      case ContactSegmentSchema.COMPANY_NAME -> company(type, "name");
      case ContactSegmentSchema.COMPANY_DOMAIN -> company(type, "domain");
      case ContactSegmentSchema.ACTIVITY_COUNT ->
          computed(
              type,
              () -> tables.timeline(Long.class, t -> cb.count(t.activity()), t -> cb.conjunction()),
              null);
      case ContactSegmentSchema.ORDER_COUNT ->
          computed(
              type,
              () -> tables.timeline(Long.class, t -> cb.count(t.activity()), tables::isOrder),
              null);
      case ContactSegmentSchema.LAST_ACTIVITY_AT ->
          computed(
              type,
              () ->
                  tables.timeline(
                      Instant.class, t -> cb.greatest(t.occurredAt()), t -> cb.conjunction()),
              () -> tables.hasActivity(t -> cb.conjunction()));
      case ContactSegmentSchema.ORDER_VALUE -> orderValue(type);
      case ContactSegmentSchema.SCORE, ContactSegmentSchema.GRADE ->
          throw new IllegalArgumentException(
              "segment field '"
                  + name
                  + "' comes from a score source, which the database does not hold:"
                  + " evaluate segments on scores in memory");
      default -> stored(type, name);
    };
  }

  /** How a column of the contact row holds a missing value. */
  private enum Missing {
    NEVER,
    NULL,
    /** The column is never null and holds "" instead, which segments read as missing. */
    BLANK
  }

  private FieldTarget column(FieldType type, String attribute, Missing missing) {
    Path<?> path = tables.column(attribute);
    return new FieldTarget(type) {
      @Override
      @Nullable Predicate present() {
        return switch (missing) {
          case NEVER -> null;
          case NULL -> cb.isNotNull(path);
          case BLANK -> cb.notEqual(path, parameters.bind(String.class, ""));
        };
      }

      @Override
      Outcome test(Function<Expression<?>, Predicate> condition) {
        return new Outcome(
            missing == Missing.NEVER ? null : this::present, condition.apply(path), false);
      }

      @Override
      Expression<?> parameter(Literal literal) {
        Object value = literal.javaValue();
        if (type == FieldType.CHOICE) {
          return parameters.bind(LifecycleStage.class, LifecycleStage.valueOf((String) value));
        }
        return bindValue(value);
      }
    };
  }

  /** A column of the primary company row; missing without a company, or when null or "". */
  private FieldTarget company(FieldType type, String attribute) {
    Function<Path<?>, Predicate> filled =
        company ->
            cb.and(
                cb.isNotNull(company.get(attribute)),
                cb.notEqual(company.get(attribute), parameters.bind(String.class, "")));
    return new FieldTarget(type) {
      @Override
      Predicate present() {
        return tables.primaryCompany(filled);
      }

      @Override
      Outcome test(Function<Expression<?>, Predicate> condition) {
        return new Outcome(
            this::present,
            tables.primaryCompany(
                company -> cb.and(filled.apply(company), condition.apply(company.get(attribute)))),
            true);
      }

      @Override
      Expression<?> parameter(Literal literal) {
        return bindValue(literal.javaValue());
      }
    };
  }

  /** A value computed from the timeline by a scalar subquery. */
  private FieldTarget computed(
      FieldType type, Supplier<Expression<?>> value, @Nullable Supplier<Predicate> present) {
    return new FieldTarget(type) {
      @Override
      @Nullable Predicate present() {
        return present == null ? null : present.get();
      }

      @Override
      Outcome test(Function<Expression<?>, Predicate> condition) {
        // a comparison with a missing (null) maximum is null, not false: guard it by the value
        return new Outcome(present, condition.apply(value.get()), false);
      }

      @Override
      Expression<?> parameter(Literal literal) {
        Object value = literal.javaValue();
        if (type == FieldType.NUMBER) {
          return parameters.bind(Long.class, ((BigDecimal) value).longValueExact());
        }
        return bindValue(value);
      }
    };
  }

  /** The sum of the order totals, zero without orders, missing when their currencies differ. */
  private FieldTarget orderValue(FieldType type) {
    Supplier<Expression<?>> total =
        () ->
            tables.timeline(
                BigDecimal.class,
                t ->
                    cb.coalesce(
                        cb.sum(tables.amount(t)),
                        parameters.bind(BigDecimal.class, BigDecimal.ZERO)),
                tables::isOrder);
    return new FieldTarget(type) {
      @Override
      Predicate present() {
        Expression<Long> currencies =
            tables.timeline(
                Long.class, t -> cb.countDistinct(t.activity().get("currency")), tables::isOrder);
        return cb.le(currencies, parameters.bind(Long.class, 1L));
      }

      @Override
      Outcome test(Function<Expression<?>, Predicate> condition) {
        return new Outcome(this::present, condition.apply(total.get()), false);
      }

      @Override
      Expression<?> parameter(Literal literal) {
        return bindValue(literal.javaValue());
      }
    };
  }

  /** A value in the contact's segment value rows: country, city and custom fields. */
  private FieldTarget stored(FieldType type, String field) {
    String column =
        switch (type) {
          case TEXT, CHOICE, TEXT_SET -> "textKey";
          case NUMBER, DECIMAL -> "numberValue";
          case BOOLEAN -> "boolValue";
          case DATE -> "dateValue";
          case INSTANT -> "instantValue";
        };
    return new FieldTarget(type) {
      @Override
      Predicate present() {
        return tables.hasValue(field, row -> cb.conjunction());
      }

      @Override
      Outcome test(Function<Expression<?>, Predicate> condition) {
        return new Outcome(
            this::present, tables.hasValue(field, row -> condition.apply(row.get(column))), true);
      }

      @Override
      Outcome testText(Function<Expression<String>, Predicate> condition) {
        return new Outcome(
            this::present,
            tables.hasValue(field, row -> condition.apply(row.get("textValue"))),
            true);
      }

      @Override
      Expression<?> parameter(Literal literal) {
        Object value = literal.javaValue();
        if (value instanceof String text) {
          // rows keep long texts hashed in the indexed key column, as SearchKeys does everywhere
          return parameters.bind(String.class, SearchKeys.exact(text));
        }
        return bindValue(value);
      }
    };
  }

  private Expression<?> bindValue(Object value) {
    if (value instanceof String text) {
      return parameters.bind(String.class, text);
    }
    if (value instanceof BigDecimal number) {
      return parameters.bind(BigDecimal.class, number);
    }
    if (value instanceof Boolean bool) {
      return parameters.bind(Boolean.class, bool);
    }
    if (value instanceof LocalDate date) {
      return parameters.bind(LocalDate.class, date);
    }
    return parameters.bind(Instant.class, (Instant) value);
  }
}
