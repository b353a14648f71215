package io.crmkit.jpa.segment;

import io.crmkit.core.NotFoundException;
import io.crmkit.core.TenantId;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.party.LifecycleStage;
import io.crmkit.jpa.internal.SearchKeys;
import io.crmkit.scoring.audience.ContactSegmentSchema;
import io.crmkit.scoring.audience.SegmentCycleException;
import io.crmkit.scoring.audience.SegmentDefinition;
import io.crmkit.scoring.segment.ComparisonOperator;
import io.crmkit.scoring.segment.FieldDefinition;
import io.crmkit.scoring.segment.FieldType;
import io.crmkit.scoring.segment.Literal;
import io.crmkit.scoring.segment.SegmentExpression;
import io.crmkit.scoring.segment.SegmentExpression.And;
import io.crmkit.scoring.segment.SegmentExpression.Between;
import io.crmkit.scoring.segment.SegmentExpression.Comparison;
import io.crmkit.scoring.segment.SegmentExpression.HasActivity;
import io.crmkit.scoring.segment.SegmentExpression.HasActivityWithin;
import io.crmkit.scoring.segment.SegmentExpression.HasTag;
import io.crmkit.scoring.segment.SegmentExpression.InList;
import io.crmkit.scoring.segment.SegmentExpression.InSegment;
import io.crmkit.scoring.segment.SegmentExpression.IsEmpty;
import io.crmkit.scoring.segment.SegmentExpression.Not;
import io.crmkit.scoring.segment.SegmentExpression.Or;
import io.crmkit.scoring.segment.SegmentExpression.TextMatch;
import io.crmkit.scoring.segment.SegmentExpression.WithinLast;
import io.crmkit.scoring.segment.SegmentFilter;
import io.crmkit.scoring.segment.SegmentParser;
import io.crmkit.scoring.segment.SegmentSchema;
import io.crmkit.scoring.segment.StaticList;
import io.crmkit.scoring.segment.TextOperator;
import io.crmkit.scoring.spi.SegmentRepository;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Translates a segment expression into a Criteria predicate over one contact row, with the
 * in-memory three-valued logic made explicit: {@code not} is pushed down to the conditions, and
 * each condition is asked either "is it true?" or "is it false?". A condition on a missing value is
 * neither, so a contact without a value is selected by neither {@code x = 1} nor {@code not (x =
 * 1)}, exactly as {@link SegmentFilter} decides, without relying on how a database treats {@code
 * NULL} under {@code NOT}.
 */
final class SegmentTranslation {

  private final CriteriaBuilder cb;
  private final ContactTables tables;
  private final QueryParameters parameters;
  private final SegmentSchema schema;
  private final TenantId tenant;
  private final @Nullable SegmentRepository segments;
  private final Instant now;
  private final ZoneId zone;
  private final LocalDate today;
  private final List<String> inProgress = new ArrayList<>();

  SegmentTranslation(
      CriteriaBuilder cb,
      ContactTables tables,
      QueryParameters parameters,
      SegmentSchema schema,
      TenantId tenant,
      @Nullable SegmentRepository segments,
      Instant now,
      ZoneId zone) {
    this.cb = cb;
    this.tables = tables;
    this.parameters = parameters;
    this.schema = schema;
    this.tenant = tenant;
    this.segments = segments;
    this.now = now;
    this.zone = zone;
    this.today = LocalDate.ofInstant(now, zone);
  }

  /** Returns the condition that the expression is true for the contact. */
  Predicate isTrue(SegmentExpression expression) {
    // the in-memory compiler checks types and shapes, so that both sides reject the same input
    SegmentFilter.compile(expression, schema);
    return expression.accept(new Polarity(true));
  }

  /** A condition's answer split into "has a value" and "the value meets the condition". */
  private record Outcome(
      @Nullable Supplier<Predicate> present, Predicate holds, boolean holdsNeedsValue) {}

  private Predicate answer(Outcome outcome, boolean truth) {
    // built only where used: a predicate built and dropped would leave an unused parameter
    Predicate present =
        outcome.holdsNeedsValue() && truth || outcome.present() == null
            ? null
            : outcome.present().get();
    if (truth) {
      return present == null ? outcome.holds() : and(present, outcome.holds());
    }
    Predicate fails = cb.not(outcome.holds());
    return present == null ? fails : and(present, fails);
  }

  private Predicate and(Predicate first, Predicate second) {
    return cb.and(first, second);
  }

  /** Asks every node whether it is true ({@code truth}) or false ({@code !truth}). */
  private final class Polarity implements SegmentExpression.Visitor<Predicate> {

    private final boolean truth;

    Polarity(boolean truth) {
      this.truth = truth;
    }

    @Override
    public Predicate visitAnd(And and) {
      Predicate[] parts = parts(and.operands());
      return truth ? cb.and(parts) : cb.or(parts);
    }

    @Override
    public Predicate visitOr(Or or) {
      Predicate[] parts = parts(or.operands());
      return truth ? cb.or(parts) : cb.and(parts);
    }

    @Override
    public Predicate visitNot(Not not) {
      return not.operand().accept(new Polarity(!truth));
    }

    @Override
    public Predicate visitComparison(Comparison comparison) {
      Target target = target(comparison.field());
      Expression<?> value = target.parameter(comparison.value());
      return answer(target.test(column -> compare(column, comparison.operator(), value)), truth);
    }

    @Override
    public Predicate visitInList(InList inList) {
      Target target = target(inList.field());
      List<Expression<?>> values = inList.values().stream().map(target::parameter).toList();
      Function<Expression<?>, Predicate> listed =
          column -> {
            CriteriaBuilder.In<Object> in = cb.in(cast(column));
            values.forEach(in::value);
            return in;
          };
      if (!inList.negated()) {
        return answer(target.test(listed), truth);
      }
      // "not in": no element listed, which on a multi-valued field is not "some element unlisted"
      Outcome anyListed = target.test(listed);
      return answer(new Outcome(target::present, cb.not(anyListed.holds()), false), truth);
    }

    @Override
    public Predicate visitBetween(Between between) {
      Target target = target(between.field());
      Expression<?> low = target.parameter(between.low());
      Expression<?> high = target.parameter(between.high());
      return answer(
          target.test(
              column ->
                  cb.and(
                      compare(column, ComparisonOperator.GREATER_OR_EQUAL, low),
                      compare(column, ComparisonOperator.LESS_OR_EQUAL, high))),
          truth);
    }

    @Override
    public Predicate visitTextMatch(TextMatch textMatch) {
      Target target = target(textMatch.field());
      if (target.type() == FieldType.TEXT_SET) {
        Expression<?> element = target.parameter(Literal.of(textMatch.text()));
        return answer(
            target.test(column -> compare(column, ComparisonOperator.EQUAL, element)), truth);
      }
      String escaped = SearchKeys.likePrefix(textMatch.text());
      String pattern = textMatch.operator() == TextOperator.CONTAINS ? "%" + escaped : escaped;
      Expression<String> parameter = parameters.bind(String.class, pattern);
      return answer(target.testText(text -> cb.like(text, parameter, '\\')), truth);
    }

    @Override
    public Predicate visitIsEmpty(IsEmpty isEmpty) {
      Predicate present = target(isEmpty.field()).present();
      Predicate has = present == null ? cb.conjunction() : present;
      return isEmpty.negated() == truth ? has : cb.not(has);
    }

    @Override
    public Predicate visitWithinLast(WithinLast withinLast) {
      Target target = target(withinLast.field());
      Expression<?> start;
      Expression<?> end;
      if (target.type() == FieldType.DATE) {
        start = parameters.bind(LocalDate.class, withinLast.window().startDate(today));
        end = parameters.bind(LocalDate.class, today);
      } else {
        start = parameters.bind(Instant.class, withinLast.window().start(now, zone));
        end = parameters.bind(Instant.class, now);
      }
      return answer(
          target.test(
              column ->
                  cb.and(
                      compare(column, ComparisonOperator.GREATER_OR_EQUAL, start),
                      compare(column, ComparisonOperator.LESS_OR_EQUAL, end))),
          truth);
    }

    @Override
    public Predicate visitHasTag(HasTag hasTag) {
      Predicate tagged = tables.hasKey(ContactTables.TAG_KEY, SearchKeys.exact(hasTag.tag()));
      return truth ? tagged : cb.not(tagged);
    }

    @Override
    public Predicate visitHasActivity(HasActivity hasActivity) {
      Expression<String> type = parameters.bind(String.class, hasActivity.type());
      Predicate had = tables.hasActivity(t -> cb.equal(t.activity().get("type"), type));
      return truth ? had : cb.not(had);
    }

    @Override
    public Predicate visitHasActivityWithin(HasActivityWithin hasActivityWithin) {
      Expression<String> type = parameters.bind(String.class, hasActivityWithin.type());
      Expression<Instant> start =
          parameters.bind(Instant.class, hasActivityWithin.window().start(now, zone));
      Expression<Instant> end = parameters.bind(Instant.class, now);
      Predicate had =
          tables.hasActivity(
              t ->
                  cb.and(
                      cb.equal(t.activity().get("type"), type),
                      cb.between(t.occurredAt(), start, end)));
      return truth ? had : cb.not(had);
    }

    @Override
    public Predicate visitInSegment(InSegment inSegment) {
      return membership(inSegment.name(), truth);
    }

    private Predicate[] parts(List<SegmentExpression> operands) {
      return operands.stream().map(operand -> operand.accept(this)).toArray(Predicate[]::new);
    }
  }

  /**
   * {@code in segment}: a static list is a list of ids; a dynamic segment is its own condition,
   * translated in place with the same polarity.
   */
  private Predicate membership(String name, boolean truth) {
    if (segments == null) {
      throw new NotFoundException("segment", name);
    }
    Optional<StaticList<ContactId>> list = segments.findList(tenant, name);
    if (list.isPresent()) {
      Predicate member = listMember(list.get());
      return truth ? member : cb.not(member);
    }
    SegmentDefinition definition =
        segments
            .findDefinition(tenant, name)
            .orElseThrow(() -> new NotFoundException("segment", name));
    if (inProgress.contains(name)) {
      List<String> cycle =
          new ArrayList<>(inProgress.subList(inProgress.indexOf(name), inProgress.size()));
      cycle.add(name);
      throw new SegmentCycleException(cycle);
    }
    inProgress.add(name);
    try {
      SegmentExpression expression = SegmentParser.parse(definition.text(), schema);
      return expression.accept(new Polarity(truth));
    } finally {
      inProgress.remove(inProgress.size() - 1);
    }
  }

  private Predicate listMember(StaticList<ContactId> list) {
    if (list.members().isEmpty()) {
      return cb.disjunction();
    }
    CriteriaBuilder.In<UUID> in = cb.in(tables.id());
    list.members().forEach(member -> in.value(parameters.bind(UUID.class, member.value())));
    return in;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private Predicate compare(
      Expression<?> column, ComparisonOperator operator, Expression<?> value) {
    Expression left = column;
    Expression right = value;
    return switch (operator) {
      case EQUAL -> cb.equal(left, right);
      case NOT_EQUAL -> cb.notEqual(left, right);
      case LESS -> cb.lessThan(left, right);
      case LESS_OR_EQUAL -> cb.lessThanOrEqualTo(left, right);
      case GREATER -> cb.greaterThan(left, right);
      case GREATER_OR_EQUAL -> cb.greaterThanOrEqualTo(left, right);
    };
  }

  @SuppressWarnings("unchecked")
  private static Expression<Object> cast(Expression<?> expression) {
    return (Expression<Object>) expression;
  }

  // ---- where each field lives ----

  /** Where a segment field's value is read and how its literals are bound. */
  private interface Target {
    FieldType type();

    /** "Has a value", or null when the field always has one. */
    @Nullable Predicate present();

    /** The outcome of a condition on the value column. */
    Outcome test(Function<Expression<?>, Predicate> condition);

    /**
     * The outcome of a condition on the full text, for {@code contains} and {@code starts with}.
     */
    @SuppressWarnings("unchecked")
    default Outcome testText(Function<Expression<String>, Predicate> condition) {
      // only text fields take contains and starts with, so the column holds strings
      return test(column -> condition.apply((Expression<String>) column));
    }

    /** Returns a parameter bound to the literal, converted to the column's Java type. */
    Expression<?> parameter(Literal literal);
  }

  private Target target(String name) {
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

  private Target column(FieldType type, String attribute, Missing missing) {
    Path<?> path = tables.column(attribute);
    return new Target() {
      @Override
      public FieldType type() {
        return type;
      }

      @Override
      public @Nullable Predicate present() {
        return switch (missing) {
          case NEVER -> null;
          case NULL -> cb.isNotNull(path);
          case BLANK -> cb.notEqual(path, parameters.bind(String.class, ""));
        };
      }

      @Override
      public Outcome test(Function<Expression<?>, Predicate> condition) {
        return new Outcome(
            missing == Missing.NEVER ? null : this::present, condition.apply(path), false);
      }

      @Override
      public Expression<?> parameter(Literal literal) {
        Object value = LiteralValues.of(literal);
        if (type == FieldType.CHOICE) {
          return parameters.bind(LifecycleStage.class, LifecycleStage.valueOf((String) value));
        }
        return bindValue(value);
      }
    };
  }

  /** A column of the primary company row; missing without a company, or when null or "". */
  private Target company(FieldType type, String attribute) {
    Function<Path<?>, Predicate> filled =
        company ->
            cb.and(
                cb.isNotNull(company.get(attribute)),
                cb.notEqual(company.get(attribute), parameters.bind(String.class, "")));
    return new Target() {
      @Override
      public FieldType type() {
        return type;
      }

      @Override
      public Predicate present() {
        return tables.primaryCompany(filled);
      }

      @Override
      public Outcome test(Function<Expression<?>, Predicate> condition) {
        return new Outcome(
            this::present,
            tables.primaryCompany(
                company -> cb.and(filled.apply(company), condition.apply(company.get(attribute)))),
            true);
      }

      @Override
      public Expression<?> parameter(Literal literal) {
        return bindValue(LiteralValues.of(literal));
      }
    };
  }

  /** A value computed from the timeline by a scalar subquery. */
  private Target computed(
      FieldType type, Supplier<Expression<?>> value, @Nullable Supplier<Predicate> present) {
    return new Target() {
      @Override
      public FieldType type() {
        return type;
      }

      @Override
      public @Nullable Predicate present() {
        return present == null ? null : present.get();
      }

      @Override
      public Outcome test(Function<Expression<?>, Predicate> condition) {
        // a comparison with a missing (null) maximum is never true, so it implies the value
        return new Outcome(present, condition.apply(value.get()), true);
      }

      @Override
      public Expression<?> parameter(Literal literal) {
        Object value = LiteralValues.of(literal);
        if (type == FieldType.NUMBER) {
          return parameters.bind(Long.class, ((BigDecimal) value).longValueExact());
        }
        return bindValue(value);
      }
    };
  }

  /** The sum of the order totals, zero without orders, missing when their currencies differ. */
  private Target orderValue(FieldType type) {
    Supplier<Expression<?>> total =
        () ->
            tables.timeline(
                BigDecimal.class,
                t ->
                    cb.coalesce(
                        cb.sum(tables.amount(t)),
                        parameters.bind(BigDecimal.class, BigDecimal.ZERO)),
                tables::isOrder);
    return new Target() {
      @Override
      public FieldType type() {
        return type;
      }

      @Override
      public Predicate present() {
        Expression<Long> currencies =
            tables.timeline(
                Long.class, t -> cb.countDistinct(t.activity().get("currency")), tables::isOrder);
        return cb.le(currencies, parameters.bind(Long.class, 1L));
      }

      @Override
      public Outcome test(Function<Expression<?>, Predicate> condition) {
        return new Outcome(this::present, condition.apply(total.get()), false);
      }

      @Override
      public Expression<?> parameter(Literal literal) {
        return bindValue(LiteralValues.of(literal));
      }
    };
  }

  /** A value in the contact's segment value rows: country, city and custom fields. */
  private Target stored(FieldType type, String field) {
    String column =
        switch (type) {
          case TEXT, CHOICE, TEXT_SET -> "textKey";
          case NUMBER, DECIMAL -> "numberValue";
          case BOOLEAN -> "boolValue";
          case DATE -> "dateValue";
          case INSTANT -> "instantValue";
        };
    return new Target() {
      @Override
      public FieldType type() {
        return type;
      }

      @Override
      public Predicate present() {
        return tables.hasValue(field, row -> cb.conjunction());
      }

      @Override
      public Outcome test(Function<Expression<?>, Predicate> condition) {
        return new Outcome(
            this::present, tables.hasValue(field, row -> condition.apply(row.get(column))), true);
      }

      @Override
      public Outcome testText(Function<Expression<String>, Predicate> condition) {
        return new Outcome(
            this::present,
            tables.hasValue(field, row -> condition.apply(row.get("textValue"))),
            true);
      }

      @Override
      public Expression<?> parameter(Literal literal) {
        Object value = LiteralValues.of(literal);
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
