package io.crmkit.scoring.audience.internal;

import io.crmkit.core.FieldError;
import io.crmkit.core.NotFoundException;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.contact.ContactId;
import io.crmkit.scoring.audience.ContactSubject;
import io.crmkit.scoring.audience.SegmentCycleException;
import io.crmkit.scoring.audience.SegmentDefinition;
import io.crmkit.scoring.segment.EvaluationContext;
import io.crmkit.scoring.segment.SegmentFilter;
import io.crmkit.scoring.segment.SegmentParseException;
import io.crmkit.scoring.segment.SegmentResolver;
import io.crmkit.scoring.segment.SegmentSchema;
import io.crmkit.scoring.segment.SegmentSubject;
import io.crmkit.scoring.segment.StaticList;
import io.crmkit.scoring.spi.SegmentRepository;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One evaluation of a tenant's segments over its contacts at one instant: it compiles each dynamic
 * segment once, answers {@code in segment} from the stored lists and the other definitions, and
 * refuses a loop of references with a {@link SegmentCycleException}. Not thread-safe: one
 * evaluation per call.
 */
final class Evaluation implements SegmentResolver {

  private final TenantId tenant;
  private final SegmentRepository repository;
  private final SegmentSchema schema;
  private final EvaluationContext context;
  private final Map<String, Predicate<SegmentSubject>> matchers = new HashMap<>();
  private final Map<String, StaticList<ContactId>> lists = new HashMap<>();
  private final List<String> inProgress = new ArrayList<>();

  Evaluation(TenantId tenant, SegmentRepository repository, SegmentSchema schema, Clock clock) {
    this.tenant = tenant;
    this.repository = repository;
    this.schema = schema;
    this.context = EvaluationContext.from(clock, this);
  }

  /** Returns the subjects that belong to segment or list {@code name}, in the given order. */
  Set<ContactId> members(String name, List<ContactSubject> subjects) {
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
    Optional<StaticList<ContactId>> list = list(segment);
    if (list.isPresent()) {
      return list.get().contains(contact.id());
    }
    if (inProgress.contains(segment)) {
      List<String> cycle =
          new ArrayList<>(inProgress.subList(inProgress.indexOf(segment), inProgress.size()));
      cycle.add(segment);
      throw new SegmentCycleException(cycle);
    }
    Predicate<SegmentSubject> matcher = matcher(segment);
    inProgress.add(segment);
    try {
      return matcher.test(subject);
    } finally {
      inProgress.remove(inProgress.size() - 1);
    }
  }

  private Optional<StaticList<ContactId>> list(String name) {
    StaticList<ContactId> cached = lists.get(name);
    if (cached != null) {
      return Optional.of(cached);
    }
    Optional<StaticList<ContactId>> found = repository.findList(tenant, name);
    found.ifPresent(list -> lists.put(name, list));
    return found;
  }

  private Predicate<SegmentSubject> matcher(String name) {
    Predicate<SegmentSubject> cached = matchers.get(name);
    if (cached != null) {
      return cached;
    }
    SegmentDefinition definition =
        repository
            .findDefinition(tenant, name)
            .orElseThrow(() -> new NotFoundException("segment", name));
    Predicate<SegmentSubject> matcher = compile(definition, schema).matcher(context);
    matchers.put(name, matcher);
    return matcher;
  }

  /**
   * Compiles a definition against the schema; a text that no longer fits it (a custom field was
   * removed) is a {@link ValidationException} naming the segment.
   */
  static SegmentFilter compile(SegmentDefinition definition, SegmentSchema schema) {
    try {
      return SegmentFilter.parse(definition.text(), schema);
    } catch (SegmentParseException e) {
      throw new ValidationException(
          "segment '" + definition.name() + "'",
          List.of(FieldError.of("text", definition.text(), e.getMessage())));
    }
  }
}
