package io.crmkit.jpa.segment;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.NotFoundException;
import io.crmkit.core.Page;
import io.crmkit.core.PageCursor;
import io.crmkit.core.PageRequest;
import io.crmkit.core.TenantId;
import io.crmkit.core.contact.ContactId;
import io.crmkit.jpa.internal.Cursors;
import io.crmkit.jpa.internal.JpaSession;
import io.crmkit.jpa.internal.PersistenceErrors;
import io.crmkit.jpa.internal.segment.SegmentTranslation;
import io.crmkit.scoring.audience.SegmentCycleException;
import io.crmkit.scoring.audience.internal.SegmentCatalog;
import io.crmkit.scoring.segment.SegmentExpression;
import io.crmkit.scoring.segment.SegmentSchema;
import io.crmkit.scoring.spi.SegmentRepository;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A dynamic segment evaluated by the database: the contacts of a tenant that meet a segment
 * expression, found by one JPA Criteria query over the contact, company and timeline tables, paged
 * by contact id.
 *
 * <pre>{@code
 * JpaSegmentQuery segments = JpaSegmentQuery.builder(entityManagerFactory).segments(repository).build();
 * Page<ContactId> page =
 *     segments.members(tenant, schema, SegmentParser.parse(text, schema), clock, PageRequest.first(500));
 * }</pre>
 *
 * <p>It selects the same contacts as {@link io.crmkit.scoring.segment.SegmentFilter} over {@link
 * io.crmkit.scoring.audience.ContactSubject}s at the same instant: archived contacts are left out,
 * missing values follow the same three-valued logic, relative windows start where {@link
 * io.crmkit.scoring.segment.RelativeWindow} says, and text matching is case-sensitive. Every value
 * of the expression is a bound parameter; no SQL is built from text. The fields {@code score} and
 * {@code grade} come from a score source that the database does not hold, and are refused.
 *
 * <p>Thread-safe.
 *
 * @since 0.1
 */
public final class JpaSegmentQuery {

  private final JpaSession session;
  private final @Nullable SegmentRepository segments;

  private JpaSegmentQuery(JpaSession session, @Nullable SegmentRepository segments) {
    this.session = session;
    this.segments = segments;
  }

  /**
   * Returns a builder whose queries each run in a transaction of their own on {@code factory}'s
   * persistence unit, which must manage {@code JpaCrmStorage.MANAGED_CLASSES}.
   */
  public static Builder builder(EntityManagerFactory factory) {
    return new Builder(JpaSession.over(requireNonNull(factory, "factory"), errors()));
  }

  /**
   * Returns a builder whose queries join the host's active transaction on {@code entityManager}.
   */
  public static Builder builder(EntityManager entityManager) {
    return new Builder(JpaSession.within(requireNonNull(entityManager, "entityManager"), errors()));
  }

  private static PersistenceErrors errors() {
    return new PersistenceErrors(List.of());
  }

  /**
   * Returns one page of the contacts that meet {@code expression}, ordered by id.
   *
   * @param tenant the tenant whose contacts are searched, never null
   * @param schema the fields the expression may use, normally {@code
   *     ContactSegmentSchema.of(customFieldDefinitions)}, never null
   * @param expression the segment condition, never null
   * @param clock the instant relative windows end at and the zone of days and months, never null
   * @param page the page size and the cursor of the previous page, never null
   * @throws IllegalArgumentException when the expression does not fit the schema or uses {@code
   *     score} or {@code grade}
   * @throws NotFoundException when {@code in segment} names a segment or list that does not exist
   *     (every name, when the query was built without a segment repository)
   * @throws SegmentCycleException when segments refer to each other in a loop
   * @throws io.crmkit.core.ValidationException when a segment that {@code in segment} names no
   *     longer fits the schema, or the expression with the segments it names written out goes
   *     beyond the limits of {@link SegmentExpression}
   */
  public Page<ContactId> members(
      TenantId tenant,
      SegmentSchema schema,
      SegmentExpression expression,
      Clock clock,
      PageRequest page) {
    requireNonNull(tenant, "tenant");
    requireNonNull(schema, "schema");
    requireNonNull(expression, "segment expression");
    requireNonNull(clock, "clock");
    requireNonNull(page, "page");
    UUID after = page.cursor().map(Cursors::idAfter).orElse(null);
    List<UUID> ids = ids(tenant, schema, expression, clock, after, page.size() + 1);
    List<ContactId> items = ids.stream().limit(page.size()).map(ContactId::of).toList();
    PageCursor next =
        ids.size() > page.size() ? PageCursor.of(items.get(items.size() - 1).toString()) : null;
    return new Page<>(items, next);
  }

  /**
   * Returns every contact that meets {@code expression}, ordered by id, read by one evaluation of
   * the segment: a loop over {@link #members} pages would evaluate it once per page.
   *
   * @see #members
   */
  public List<ContactId> allMembers(
      TenantId tenant, SegmentSchema schema, SegmentExpression expression, Clock clock) {
    requireNonNull(tenant, "tenant");
    requireNonNull(schema, "schema");
    requireNonNull(expression, "segment expression");
    requireNonNull(clock, "clock");
    return ids(tenant, schema, expression, clock, null, Integer.MAX_VALUE).stream()
        .map(ContactId::of)
        .toList();
  }

  private List<UUID> ids(
      TenantId tenant,
      SegmentSchema schema,
      SegmentExpression expression,
      Clock clock,
      @Nullable UUID after,
      int limit) {
    return session.apply(
        em -> {
          TypedQuery<UUID> query =
              SegmentTranslation.query(
                  em,
                  tenant,
                  schema,
                  segments == null ? null : SegmentCatalog.of(tenant, segments, schema),
                  expression,
                  clock,
                  after);
          return (limit == Integer.MAX_VALUE ? query : query.setMaxResults(limit)).getResultList();
        });
  }

  /**
   * Chooses where {@code in segment} finds other segments. Not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder {

    private final JpaSession session;
    private @Nullable SegmentRepository segments;

    private Builder(JpaSession session) {
      this.session = session;
    }

    /**
     * Sets where {@code in segment "name"} finds static lists and dynamic segment definitions;
     * without it, every {@code in segment} is a {@link NotFoundException}.
     */
    public Builder segments(SegmentRepository repository) {
      segments = requireNonNull(repository, "segment repository");
      return this;
    }

    /** Returns the query. */
    public JpaSegmentQuery build() {
      return new JpaSegmentQuery(session, segments);
    }
  }
}
