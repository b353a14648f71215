package io.crmkit.jpa.internal.segment;

import io.crmkit.core.NotFoundException;
import io.crmkit.core.TenantId;
import io.crmkit.core.contact.ContactId;
import io.crmkit.jpa.internal.SearchKeys;
import io.crmkit.scoring.audience.internal.SegmentCatalog;
import io.crmkit.scoring.segment.ComparisonOperator;
import io.crmkit.scoring.segment.FieldType;
import io.crmkit.scoring.segment.Literal;
import io.crmkit.scoring.segment.SegmentExpression;
import io.crmkit.scoring.segment.SegmentExpression.And;
import io.crmkit.scoring.segment.SegmentExpression.Between;
import io.crmkit.scoring.segment.SegmentExpression.Comparison;
import io.crmkit.scoring.segment.SegmentExpression.Engaged;
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
import io.crmkit.scoring.segment.SegmentSchema;
import io.crmkit.scoring.segment.StaticList;
import io.crmkit.scoring.segment.TextOperator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Translates a segment expression into a Criteria predicate over one contact row, with the
 * in-memory three-valued logic made explicit: {@code not} is pushed down to the conditions, and
 * each condition is asked either "is it true?" or "is it false?". A condition on a missing value is
 * neither, so a contact without a value is selected by neither {@code x = 1} nor {@code not (x =
 * 1)}, exactly as {@link SegmentFilter} decides, without relying on how a database treats {@code
 * NULL} under {@code NOT}.
 *
 * <p>Every predicate it returns is true or false for every contact, never SQL's {@code NULL}: a
 * condition's test of its value is guarded by "has a value" wherever the test alone could be {@code
 * NULL}. That is what lets {@code in segment} negate the true-condition of the segment it names:
 * membership is never unknown.
 */
public final class SegmentTranslation {

  private final CriteriaBuilder cb;
  private final ContactTables tables;
  private final QueryParameters parameters;
  private final ContactFields fields;
  private final CampaignEngagements engagements;
  private final SegmentSchema schema;
  private final @Nullable SegmentCatalog segments;
  private final Instant now;
  private final ZoneId zone;
  private final LocalDate today;

  private SegmentTranslation(
      CriteriaBuilder cb,
      ContactTables tables,
      QueryParameters parameters,
      CampaignEngagements engagements,
      SegmentSchema schema,
      @Nullable SegmentCatalog segments,
      Clock clock) {
    this.cb = cb;
    this.engagements = engagements;
    this.tables = tables;
    this.parameters = parameters;
    this.fields = new ContactFields(cb, tables, parameters, schema);
    this.schema = schema;
    this.segments = segments;
    this.now = clock.instant();
    this.zone = clock.getZone();
    this.today = LocalDate.ofInstant(now, zone);
  }

  /**
   * Returns the query of the ids of a tenant's contacts that are not archived and meet the
   * expression, after {@code after} in id order when it is given, with every parameter set.
   *
   * @param segments where {@code in segment} finds segments and lists, or null when every name is
   *     unknown
   * @throws IllegalArgumentException when the expression does not fit the schema or uses a field
   *     the database does not hold
   */
  public static TypedQuery<UUID> query(
      EntityManager em,
      TenantId tenant,
      SegmentSchema schema,
      @Nullable SegmentCatalog segments,
      SegmentExpression expression,
      Clock clock,
      @Nullable UUID after) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<UUID> select = cb.createQuery(UUID.class);
    Root<?> contact = select.from(ContactTables.entity(em.getMetamodel(), ContactTables.CONTACT));
    QueryParameters parameters = new QueryParameters(cb);
    ContactTables tables = new ContactTables(cb, em.getMetamodel(), select, contact, parameters);
    CampaignEngagements engagements =
        new CampaignEngagements(cb, em.getMetamodel(), select, contact, parameters);
    SegmentTranslation translation =
        new SegmentTranslation(cb, tables, parameters, engagements, schema, segments, clock);
    List<Predicate> where = new ArrayList<>();
    where.add(cb.equal(contact.get("tenant"), parameters.bind(String.class, tenant.value())));
    where.add(cb.not(contact.get("archived")));
    if (after != null) {
      where.add(cb.greaterThan(contact.<UUID>get("id"), parameters.bind(UUID.class, after)));
    }
    where.add(translation.isTrue(expression));
    select
        .select(contact.get("id"))
        .where(where.toArray(Predicate[]::new))
        .orderBy(cb.asc(contact.get("id")));
    TypedQuery<UUID> query = em.createQuery(select);
    parameters.applyTo(query);
    return query;
  }

  /** Returns the condition that the expression is true for the contact. */
  private Predicate isTrue(SegmentExpression expression) {
    // the in-memory compiler checks types and shapes and the catalog references, so that both
    // sides reject the same input, and inlined segments stay within the limits
    SegmentFilter.compile(expression, schema);
    if (segments != null) {
      segments.check(expression);
    }
    return expression.accept(new Polarity(true));
  }

  private Predicate answer(FieldTarget.Outcome outcome, boolean truth) {
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
      FieldTarget target = fields.of(comparison.field());
      Expression<?> value = target.parameter(comparison.value());
      return answer(target.test(column -> compare(column, comparison.operator(), value)), truth);
    }

    @Override
    public Predicate visitInList(InList inList) {
      FieldTarget target = fields.of(inList.field());
      List<Expression<?>> values = inList.values().stream().map(target::parameter).toList();
      Function<Expression<?>, Predicate> listed =
          column -> {
            if (isText(values.get(0))) {
              return ExactText.in(cb, text(column), values.stream().map(v -> text(v)).toList());
            }
            CriteriaBuilder.In<Object> in = cb.in(cast(column));
            values.forEach(in::value);
            return in;
          };
      if (!inList.negated()) {
        return answer(target.test(listed), truth);
      }
      // "not in": no element listed, which on a multi-valued field is not "some element unlisted"
      FieldTarget.Outcome anyListed = target.test(listed);
      return answer(
          new FieldTarget.Outcome(target::present, cb.not(anyListed.holds()), false), truth);
    }

    @Override
    public Predicate visitBetween(Between between) {
      FieldTarget target = fields.of(between.field());
      return inRange(target, target.parameter(between.low()), target.parameter(between.high()));
    }

    @Override
    public Predicate visitTextMatch(TextMatch textMatch) {
      FieldTarget target = fields.of(textMatch.field());
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
      Predicate present = fields.of(isEmpty.field()).present();
      Predicate has = present == null ? cb.conjunction() : present;
      return isEmpty.negated() == truth ? has : cb.not(has);
    }

    @Override
    public Predicate visitWithinLast(WithinLast withinLast) {
      FieldTarget target = fields.of(withinLast.field());
      if (target.type() == FieldType.DATE) {
        return inRange(
            target,
            parameters.bind(LocalDate.class, withinLast.window().startDate(today)),
            parameters.bind(LocalDate.class, today));
      }
      return inRange(
          target,
          parameters.bind(Instant.class, withinLast.window().start(now, zone)),
          parameters.bind(Instant.class, now));
    }

    /** The value lies between two bounds, both inclusive. */
    private Predicate inRange(FieldTarget target, Expression<?> low, Expression<?> high) {
      return answer(
          target.test(
              column ->
                  cb.and(
                      compare(column, ComparisonOperator.GREATER_OR_EQUAL, low),
                      compare(column, ComparisonOperator.LESS_OR_EQUAL, high))),
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
      Predicate had = tables.hasActivity(t -> ExactText.equal(cb, t.activity().get("type"), type));
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
                      ExactText.equal(cb, t.activity().get("type"), type),
                      cb.between(t.occurredAt(), start, end)));
      return truth ? had : cb.not(had);
    }

    @Override
    public Predicate visitEngaged(Engaged engaged) {
      Predicate had =
          engagements.engaged(
              engaged, engaged.within().map(window -> window.start(now, zone)).orElse(null));
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
   * translated in place. A contact for which that condition is unknown is no member, so "not a
   * member" is the negation of "the condition is true", not the condition asked for false.
   */
  private Predicate membership(String name, boolean truth) {
    if (segments == null) {
      throw new NotFoundException("segment", name);
    }
    SegmentCatalog.Reference reference = segments.resolve(name);
    Predicate member =
        reference instanceof SegmentCatalog.ListReference list
            ? listMember(list.list())
            : ((SegmentCatalog.SegmentReference) reference).condition().accept(new Polarity(true));
    return truth ? member : cb.not(member);
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
    if (isText(value) && operator == ComparisonOperator.EQUAL) {
      return ExactText.equal(cb, text(column), text(value));
    }
    if (isText(value) && operator == ComparisonOperator.NOT_EQUAL) {
      return cb.not(ExactText.equal(cb, text(column), text(value)));
    }
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

  private static boolean isText(Expression<?> value) {
    return value.getJavaType() == String.class;
  }

  /** Returns a column or parameter that holds strings, as {@link #isText} found. */
  @SuppressWarnings("unchecked")
  private static Expression<String> text(Expression<?> expression) {
    return (Expression<String>) expression;
  }
}
