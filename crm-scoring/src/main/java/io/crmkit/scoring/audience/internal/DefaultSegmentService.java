package io.crmkit.scoring.audience.internal;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import io.crmkit.core.Crm;
import io.crmkit.core.FieldError;
import io.crmkit.core.NotFoundException;
import io.crmkit.core.Tag;
import io.crmkit.core.ValidationException;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.internal.Quoted;
import io.crmkit.scoring.audience.ContactSubject;
import io.crmkit.scoring.audience.SegmentDefinition;
import io.crmkit.scoring.audience.SegmentService;
import io.crmkit.scoring.segment.MembershipDiff;
import io.crmkit.scoring.segment.SegmentExpression;
import io.crmkit.scoring.segment.SegmentFilter;
import io.crmkit.scoring.segment.SegmentPrinter;
import io.crmkit.scoring.segment.SegmentSchema;
import io.crmkit.scoring.segment.StaticList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The {@link SegmentService} of an opened CRM, over its storage; built by {@code CrmAnalytics}. */
public final class DefaultSegmentService implements SegmentService {

  private final Audience audience;

  /**
   * @param crm the CRM opened for the tenant and actor whose segments these are
   */
  public DefaultSegmentService(Crm crm) {
    this.audience = new Audience(crm);
  }

  @Override
  public SegmentSchema schema() {
    return audience.schema();
  }

  @Override
  public SegmentDefinition define(String name, String text) {
    SegmentDefinition given = SegmentDefinition.of(name, text);
    return audience.write(
        events -> {
          audience.refuseTaken(Audience.SEGMENT, name);
          SegmentSchema schema = schema();
          SegmentExpression expression = given.parse(schema);
          checkReferences(name, expression, schema);
          SegmentDefinition canonical =
              SegmentDefinition.of(name, SegmentPrinter.print(expression));
          audience.repository().saveDefinition(audience.tenant(), canonical);
          return canonical;
        });
  }

  @Override
  public Optional<SegmentDefinition> find(String name) {
    return audience
        .repository()
        .findDefinition(audience.tenant(), requireNonNull(name, "segment name"));
  }

  @Override
  public List<SegmentDefinition> list() {
    return audience.repository().findDefinitions(audience.tenant());
  }

  @Override
  public boolean remove(String name) {
    requireNonNull(name, "segment name");
    return audience.removeUnreferenced(name, audience.repository()::removeDefinition);
  }

  @Override
  public Set<ContactId> evaluate(String name) {
    requireNonNull(name, "segment name");
    Optional<StaticList<ContactId>> list = audience.repository().findList(audience.tenant(), name);
    if (list.isPresent()) {
      return list.get().members();
    }
    SegmentSchema schema = schema();
    requireDefinition(name);
    return ImmutableSet.copyOf(audience.evaluation(schema).members(name, audience.subjects()));
  }

  @Override
  public Set<ContactId> preview(String text) {
    SegmentSchema schema = schema();
    SegmentFilter filter = SegmentFilter.parse(text, schema);
    return ImmutableSet.copyOf(audience.evaluation(schema).matching(filter, audience.subjects()));
  }

  @Override
  public MembershipDiff<ContactId> reevaluate(String name) {
    requireNonNull(name, "segment name");
    SegmentSchema schema = schema();
    requireDefinition(name);
    return store(name, audience.evaluation(schema).members(name, audience.subjects()));
  }

  @Override
  public Map<String, MembershipDiff<ContactId>> reevaluateAll() {
    SegmentSchema schema = schema();
    List<ContactSubject> subjects = audience.subjects();
    Evaluation evaluation = audience.evaluation(schema);
    Map<String, MembershipDiff<ContactId>> changes = new LinkedHashMap<>();
    for (SegmentDefinition definition : list()) {
      changes.put(
          definition.name(),
          store(definition.name(), evaluation.members(definition.name(), subjects)));
    }
    return changes;
  }

  @Override
  public Map<String, Integer> sizes() {
    SegmentSchema schema = schema();
    List<ContactSubject> subjects = audience.subjects();
    Evaluation evaluation = audience.evaluation(schema);
    Map<String, Integer> sizes = new LinkedHashMap<>();
    for (SegmentDefinition definition : list()) {
      sizes.put(definition.name(), evaluation.members(definition.name(), subjects).size());
    }
    for (StaticList<ContactId> list : audience.repository().findLists(audience.tenant())) {
      sizes.put(list.name(), list.members().size());
    }
    return sizes;
  }

  /** Stores the members found and raises who entered and who left, in one unit of work. */
  private MembershipDiff<ContactId> store(String name, Set<ContactId> members) {
    return audience.write(
        events -> {
          MembershipDiff<ContactId> change =
              MembershipDiff.between(
                  audience.repository().findMembers(audience.tenant(), name), members);
          audience.repository().saveMembers(audience.tenant(), name, members);
          audience.raise(name, change, events);
          return change;
        });
  }

  private void checkReferences(String name, SegmentExpression expression, SegmentSchema schema) {
    SegmentReferences references = SegmentReferences.of(expression);
    List<FieldError> errors = new ArrayList<>();
    for (String tag : references.tags()) {
      String normal = normalTag(tag);
      if (!tag.equals(normal)) {
        errors.add(
            FieldError.of(
                "text",
                tag,
                normal.isEmpty()
                    ? "is not a valid tag"
                    : "tags are compared in their normal form: write " + Quoted.of(normal)));
      }
    }
    for (String segment : references.segments()) {
      if (!segment.equals(name)
          && audience.repository().findDefinition(audience.tenant(), segment).isEmpty()
          && audience.repository().findList(audience.tenant(), segment).isEmpty()) {
        errors.add(FieldError.of("text", segment, "no segment or list has this name"));
      }
    }
    for (String campaign : references.campaigns()) {
      if (audience.crm().campaigns().findByName(campaign).isEmpty()) {
        errors.add(FieldError.of("text", campaign, "no campaign has this name"));
      }
    }
    if (!errors.isEmpty()) {
      throw new ValidationException("segment " + Quoted.of(name), errors);
    }
    SegmentCatalog.of(audience.tenant(), audience.repository(), schema)
        .redefining(name, expression)
        .checkAllFrom(name);
  }

  private static String normalTag(String label) {
    try {
      return Tag.of(label).value();
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  private void requireDefinition(String name) {
    if (audience.repository().findDefinition(audience.tenant(), name).isEmpty()) {
      throw new NotFoundException(Audience.SEGMENT, name);
    }
  }
}
