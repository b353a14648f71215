package io.crmkit.scoring.audience.internal;

import io.crmkit.core.TenantId;
import io.crmkit.core.contact.ContactId;
import io.crmkit.scoring.audience.ContactSubject;
import io.crmkit.scoring.audience.internal.SegmentCatalog.ListReference;
import io.crmkit.scoring.audience.internal.SegmentCatalog.Reference;
import io.crmkit.scoring.audience.internal.SegmentCatalog.SegmentReference;
import io.crmkit.scoring.segment.EvaluationContext;
import io.crmkit.scoring.segment.SegmentFilter;
import io.crmkit.scoring.segment.SegmentResolver;
import io.crmkit.scoring.segment.SegmentSchema;
import io.crmkit.scoring.segment.SegmentSubject;
import io.crmkit.scoring.spi.SegmentRepository;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One evaluation of a tenant's segments over its contacts at one instant: it compiles each dynamic
 * segment once and answers {@code in segment} from the {@link SegmentCatalog}, which checks every
 * condition with all it reaches before it is evaluated, so that references recurse no deeper than
 * the limits allow and never in a loop. Not thread-safe: one evaluation per call.
 */
final class Evaluation implements SegmentResolver {

  private final SegmentSchema schema;
  private final SegmentCatalog catalog;
  private final EvaluationContext context;
  private final Map<String, Predicate<SegmentSubject>> matchers = new HashMap<>();

  Evaluation(TenantId tenant, SegmentRepository repository, SegmentSchema schema, Clock clock) {
    this.schema = schema;
    this.catalog = SegmentCatalog.of(tenant, repository, schema);
    this.context = EvaluationContext.from(clock, this);
  }

  /** Returns the subjects that belong to segment or list {@code name}, in the given order. */
  Set<ContactId> members(String name, List<ContactSubject> subjects) {
    catalog.resolve(name);
    Set<ContactId> members = new LinkedHashSet<>();
    for (ContactSubject subject : subjects) {
      if (isMember(name, subject)) {
        members.add(subject.id());
      }
    }
    return members;
  }

  /** Returns the subjects that meet an ad-hoc filter, in the given order. */
  Set<ContactId> matching(SegmentFilter filter, List<ContactSubject> subjects) {
    catalog.check(filter.expression());
    Predicate<SegmentSubject> matcher = filter.matcher(context);
    Set<ContactId> members = new LinkedHashSet<>();
    for (ContactSubject subject : subjects) {
      if (matcher.test(subject)) {
        members.add(subject.id());
      }
    }
    return members;
  }

  @Override
  public boolean isMember(String segment, SegmentSubject subject) {
    if (!(subject instanceof ContactSubject contact)) {
      throw new IllegalArgumentException("not a contact subject: " + subject);
    }
    Reference reference = catalog.resolve(segment);
    if (reference instanceof ListReference list) {
      return list.list().contains(contact.id());
    }
    return matcher((SegmentReference) reference).test(subject);
  }

  private Predicate<SegmentSubject> matcher(SegmentReference segment) {
    return matchers.computeIfAbsent(
        segment.name(),
        name -> SegmentFilter.compile(segment.condition(), schema).matcher(context));
  }
}
