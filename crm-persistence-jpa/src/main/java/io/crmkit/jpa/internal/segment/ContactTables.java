package io.crmkit.jpa.internal.segment;

import io.crmkit.jpa.internal.AggregateRow;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.Metamodel;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;

/**
 * The contact, company and activity tables as the translation reads them. The entities stay
 * package-private in their features, so they are reached by entity and attribute name through the
 * metamodel; the adapter's tests run every name against the migrated schema.
 */
final class ContactTables {

  static final String CONTACT = "CrmContact";
  static final String COMPANY = "CrmCompany";
  static final String ACTIVITY = "CrmActivity";

  /** The search-key field under which a contact's tags are stored. */
  static final String TAG_KEY = "tag";

  /** The activity type of orders, whose totals fill the amount and currency columns. */
  static final String ORDER_TYPE = "order";

  private final CriteriaBuilder cb;
  private final AbstractQuery<?> query;
  private final Root<?> contact;
  private final QueryParameters parameters;
  private final EntityType<?> companies;
  private final EntityType<?> activities;

  ContactTables(
      CriteriaBuilder cb,
      Metamodel metamodel,
      AbstractQuery<?> query,
      Root<?> contact,
      QueryParameters parameters) {
    this.cb = cb;
    this.query = query;
    this.contact = contact;
    this.parameters = parameters;
    this.companies = entity(metamodel, COMPANY);
    this.activities = entity(metamodel, ACTIVITY);
  }

  /**
   * Returns the entity named {@code name}. It compares the names the entity classes declare rather
   * than calling {@code Metamodel.entity(String)}, which EclipseLink 5.0 answers by class name.
   */
  static EntityType<?> entity(Metamodel metamodel, String name) {
    return metamodel.getEntities().stream()
        .filter(type -> AggregateRow.entityName(type.getJavaType()).equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no entity named " + name + " is managed"));
  }

  /** Returns a column of the contact row. */
  <T> Path<T> column(String attribute) {
    return contact.get(attribute);
  }

  /** Returns the contact's id. */
  Path<UUID> id() {
    return contact.get("id");
  }

  /** Whether the contact has a search key {@code field} with exactly the stored value. */
  Predicate hasKey(String field, String storedValue) {
    Subquery<Integer> sub = query.subquery(Integer.class);
    Join<?, ?> key = sub.correlate(contact).join("keys");
    sub.select(cb.literal(1))
        .where(
            cb.equal(key.get("field"), parameters.bind(String.class, field)),
            ExactText.equal(cb, key.get("value"), parameters.bind(String.class, storedValue)));
    return cb.exists(sub);
  }

  /**
   * Whether the contact has a segment value row of {@code field} on which {@code condition} holds;
   * the condition gets the row.
   */
  Predicate hasValue(String field, Function<Path<?>, Predicate> condition) {
    Subquery<Integer> sub = query.subquery(Integer.class);
    Join<?, ?> value = sub.correlate(contact).join("segmentValues");
    sub.select(cb.literal(1))
        .where(
            cb.equal(value.get("field"), parameters.bind(String.class, field)),
            condition.apply(value));
    return cb.exists(sub);
  }

  /**
   * Whether the contact's primary company exists and {@code condition} holds on it; the condition
   * gets the company row.
   */
  Predicate primaryCompany(Function<Path<?>, Predicate> condition) {
    Subquery<Integer> sub = query.subquery(Integer.class);
    Root<?> company = sub.from(companies);
    sub.select(cb.literal(1))
        .where(
            cb.equal(company.get("tenant"), contact.get("tenant")),
            cb.equal(company.get("id"), contact.get("primaryCompany")),
            condition.apply(company));
    return cb.exists(sub);
  }

  /** The timeline of the contact: its activities joined with their link to the contact. */
  interface Timeline {
    Path<?> activity();

    Path<Instant> occurredAt();
  }

  /**
   * Returns a subquery over the contact's timeline; {@code select} chooses what it returns and
   * {@code filter} which activities count.
   */
  <T> Subquery<T> timeline(
      Class<T> type,
      Function<Timeline, Expression<T>> select,
      Function<Timeline, Predicate> filter) {
    Subquery<T> sub = query.subquery(type);
    Root<?> activity = sub.from(activities);
    Join<?, ?> link = activity.join("links");
    Timeline timeline =
        new Timeline() {
          @Override
          public Path<?> activity() {
            return activity;
          }

          @Override
          public Path<Instant> occurredAt() {
            return link.get("occurredAt");
          }
        };
    sub.select(select.apply(timeline))
        .where(
            cb.equal(activity.get("tenant"), contact.get("tenant")),
            // the link target is the contact's timeline key, as the timeline adapter writes it
            cb.equal(
                link.get("target"),
                cb.concat(cb.literal("contact:"), contact.get("id").as(String.class))),
            filter.apply(timeline));
    return sub;
  }

  /** Whether the contact has any activity that {@code filter} accepts. */
  Predicate hasActivity(Function<Timeline, Predicate> filter) {
    return cb.exists(timeline(Integer.class, timeline -> cb.literal(1), filter));
  }

  /** Whether an activity is an order with a total. */
  Predicate isOrder(Timeline timeline) {
    return cb.isNotNull(timeline.activity().get("currency"));
  }

  /** Returns the amount column of an activity. */
  Path<BigDecimal> amount(Timeline timeline) {
    return timeline.activity().get("amount");
  }
}
