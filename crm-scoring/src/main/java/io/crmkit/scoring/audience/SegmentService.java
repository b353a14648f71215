package io.crmkit.scoring.audience;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import io.crmkit.core.Crm;
import io.crmkit.core.DomainEvent;
import io.crmkit.core.DuplicateException;
import io.crmkit.core.EventPublisher;
import io.crmkit.core.FieldError;
import io.crmkit.core.NotFoundException;
import io.crmkit.core.RecordType;
import io.crmkit.core.Tag;
import io.crmkit.core.ValidationException;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.internal.Quoted;
import io.crmkit.scoring.audience.SegmentEvent.ContactEnteredSegment;
import io.crmkit.scoring.audience.SegmentEvent.ContactLeftSegment;
import io.crmkit.scoring.rfm.RfmAnalysis;
import io.crmkit.scoring.segment.MembershipDiff;
import io.crmkit.scoring.segment.SegmentExpression;
import io.crmkit.scoring.segment.SegmentFilter;
import io.crmkit.scoring.segment.SegmentParseException;
import io.crmkit.scoring.segment.SegmentPrinter;
import io.crmkit.scoring.segment.SegmentSchema;
import io.crmkit.scoring.segment.StaticList;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A tenant's audiences: named dynamic segments over its contacts, static lists, their evaluation,
 * and the membership changes that re-evaluation and list edits publish as {@link SegmentEvent}s.
 *
 * <pre>{@code
 * SegmentService segments = SegmentService.builder(crm).eventPublisher(host::publish).build();
 * segments.define("vip buyers", "has tag \"vip\" and orderCount >= 3");
 * MembershipDiff<ContactId> change = segments.reevaluate("vip buyers");
 * }</pre>
 *
 * <p>Dynamic segments and static lists share one namespace, so that {@code in segment "x"} names
 * either. Evaluation reads every contact that is not archived (and that the acting user may read),
 * with its timeline and primary company, at the CRM clock's instant and in its zone. Thread-safe;
 * two re-evaluations of the same segment at once may both report the same change.
 *
 * @since 0.1
 */
public final class SegmentService {

  private final Crm crm;
  private final SegmentRepository repository;
  private final ScoreSource scores;
  private final EventPublisher publisher;

  private SegmentService(Builder builder) {
    this.crm = builder.crm;
    this.repository = builder.repository;
    this.scores = builder.scores;
    this.publisher = builder.publisher;
  }

  /** Returns the service for the CRM's tenant with segments in memory, no scores, no listener. */
  public static SegmentService on(Crm crm) {
    return builder(crm).build();
  }

  /** Returns a builder to choose the repository, the score source and the event listener. */
  public static Builder builder(Crm crm) {
    return new Builder(crm);
  }

  /** Returns the schema segments are checked against: the standard fields and custom fields. */
  public SegmentSchema schema() {
    return ContactSegmentSchema.of(crm.customFields().definitions(RecordType.CONTACT));
  }

  /**
   * Defines or redefines dynamic segment {@code name}, stored in canonical text.
   *
   * @param name 1 to 200 characters, not blank
   * @param text the condition, checked against {@link #schema()}
   * @return the stored definition
   * @throws IllegalArgumentException when the name or text is null, blank or too long
   * @throws ValidationException naming the segment, when the text does not parse, names a segment
   *     or list that does not exist, or a tag not in its normal (lower-case) form; or naming a
   *     segment that would reach beyond the limits of {@link SegmentExpression} with the segments
   *     it names written out: this one, or one that refers to it
   * @throws SegmentCycleException when the segment would refer to itself through others
   * @throws DuplicateException when a static list has the name
   */
  public SegmentDefinition define(String name, String text) {
    SegmentDefinition given = SegmentDefinition.of(name, text);
    repository
        .findList(crm.tenant(), name)
        .ifPresent(
            list -> {
              throw new DuplicateException(
                  "segment", "name", name, "static list " + Quoted.of(name));
            });
    SegmentSchema schema = schema();
    SegmentExpression expression = given.parse(schema);
    checkReferences(name, expression, schema);
    SegmentDefinition canonical = SegmentDefinition.of(name, SegmentPrinter.print(expression));
    repository.saveDefinition(crm.tenant(), canonical);
    return canonical;
  }

  /** Finds dynamic segment {@code name}. */
  public Optional<SegmentDefinition> definition(String name) {
    return repository.findDefinition(crm.tenant(), requireNonNull(name, "segment name"));
  }

  /** Returns every dynamic segment of the tenant, ordered by name. */
  public List<SegmentDefinition> definitions() {
    return repository.definitions(crm.tenant());
  }

  /**
   * Removes dynamic segment {@code name} and its stored membership; returns whether it existed.
   *
   * @throws ValidationException when another segment refers to it
   */
  public boolean remove(String name) {
    requireNonNull(name, "segment name");
    refuseIfReferenced(name);
    return repository.removeDefinition(crm.tenant(), name);
  }

  /**
   * Returns the current members of dynamic segment or static list {@code name}, in contact creation
   * order for a segment and insertion order for a list; stores nothing, publishes nothing.
   *
   * @throws NotFoundException when there is no such segment or list
   */
  public Set<ContactId> evaluate(String name) {
    requireNonNull(name, "segment name");
    Optional<StaticList<ContactId>> list = repository.findList(crm.tenant(), name);
    if (list.isPresent()) {
      return list.get().members();
    }
    SegmentSchema schema = schema();
    requireDefinition(name);
    return ImmutableSet.copyOf(evaluation(schema).members(name, subjects()));
  }

  /**
   * Returns the contacts that meet {@code text} now, without defining a segment.
   *
   * @throws SegmentParseException when the text is not a valid condition for {@link #schema()}
   */
  public Set<ContactId> preview(String text) {
    SegmentSchema schema = schema();
    SegmentFilter filter = SegmentFilter.parse(text, schema);
    return ImmutableSet.copyOf(evaluation(schema).matching(filter, subjects()));
  }

  /**
   * Evaluates dynamic segment {@code name}, stores its membership and publishes who entered and who
   * left since the last re-evaluation (everyone entered the first time).
   *
   * @return the change, never null
   * @throws NotFoundException when there is no such dynamic segment
   */
  public MembershipDiff<ContactId> reevaluate(String name) {
    requireNonNull(name, "segment name");
    SegmentSchema schema = schema();
    requireDefinition(name);
    return store(name, evaluation(schema).members(name, subjects()));
  }

  /**
   * Re-evaluates every dynamic segment over one reading of the contacts, as {@link #reevaluate}
   * does each, and returns the changes by segment name.
   */
  public Map<String, MembershipDiff<ContactId>> reevaluateAll() {
    SegmentSchema schema = schema();
    List<ContactSubject> subjects = subjects();
    Evaluation evaluation = evaluation(schema);
    Map<String, MembershipDiff<ContactId>> changes = new LinkedHashMap<>();
    for (SegmentDefinition definition : definitions()) {
      changes.put(
          definition.name(),
          store(definition.name(), evaluation.members(definition.name(), subjects)));
    }
    return changes;
  }

  /**
   * Returns how many contacts each dynamic segment and static list holds now, by name: segments
   * first, then lists, each ordered by name; one reading of the contacts serves every segment.
   */
  public Map<String, Integer> sizes() {
    SegmentSchema schema = schema();
    List<ContactSubject> subjects = subjects();
    Evaluation evaluation = evaluation(schema);
    Map<String, Integer> sizes = new LinkedHashMap<>();
    for (SegmentDefinition definition : definitions()) {
      sizes.put(definition.name(), evaluation.members(definition.name(), subjects).size());
    }
    for (StaticList<ContactId> list : lists()) {
      sizes.put(list.name(), list.members().size());
    }
    return sizes;
  }

  /**
   * Creates an empty static list.
   *
   * @throws DuplicateException when a segment or list has the name
   */
  public StaticList<ContactId> createList(String name) {
    SegmentDefinition.checkName(name);
    repository
        .findDefinition(crm.tenant(), name)
        .ifPresent(
            segment -> {
              throw new DuplicateException(
                  "list", "name", name, "dynamic segment " + Quoted.of(name));
            });
    repository
        .findList(crm.tenant(), name)
        .ifPresent(
            list -> {
              throw new DuplicateException("list", "name", name, "static list " + Quoted.of(name));
            });
    StaticList<ContactId> list = StaticList.named(name);
    repository.saveList(crm.tenant(), list);
    return list;
  }

  /** Returns static list {@code name}, or throws {@link NotFoundException}. */
  public StaticList<ContactId> list(String name) {
    requireNonNull(name, "list name");
    return repository
        .findList(crm.tenant(), name)
        .orElseThrow(() -> new NotFoundException("list", name));
  }

  /** Returns every static list of the tenant, ordered by name. */
  public List<StaticList<ContactId>> lists() {
    return repository.lists(crm.tenant());
  }

  /**
   * Adds contacts to static list {@code name} and publishes one {@link ContactEnteredSegment} per
   * contact that was not a member yet.
   *
   * @throws NotFoundException when the list or a contact does not exist
   */
  public StaticList<ContactId> addToList(String name, Collection<ContactId> contacts) {
    requireNonNull(contacts, "contacts");
    StaticList<ContactId> before = list(name);
    StaticList<ContactId> after = before;
    for (ContactId contact : contacts) {
      crm.contacts().get(requireNonNull(contact, "contact id"));
      after = after.withMember(contact);
    }
    return storeList(before, after);
  }

  /**
   * Removes contacts from static list {@code name} and publishes one {@link ContactLeftSegment} per
   * contact that was a member.
   *
   * @throws NotFoundException when the list does not exist
   */
  public StaticList<ContactId> removeFromList(String name, Collection<ContactId> contacts) {
    requireNonNull(contacts, "contacts");
    StaticList<ContactId> before = list(name);
    StaticList<ContactId> after = before;
    for (ContactId contact : contacts) {
      after = after.withoutMember(requireNonNull(contact, "contact id"));
    }
    return storeList(before, after);
  }

  /**
   * Deletes static list {@code name}; returns whether it existed. Its members do not "leave": the
   * list is gone, not emptied.
   *
   * @throws ValidationException when a segment refers to it
   */
  public boolean removeList(String name) {
    requireNonNull(name, "list name");
    refuseIfReferenced(name);
    return repository.removeList(crm.tenant(), name);
  }

  /**
   * Returns the RFM analysis of the tenant's contacts, now by the CRM clock, from the orders on
   * their timelines in {@code currency}; orders in other currencies are left out, because crmkit
   * never converts between currencies.
   *
   * @param currency the currency of the orders to analyse, never null
   */
  public RfmAnalysis<ContactId> rfm(Currency currency) {
    requireNonNull(currency, "currency");
    return RfmAnalysis.of(
        new AudienceLoader(crm, scores).purchases(currency), crm.clock().instant());
  }

  private StaticList<ContactId> storeList(
      StaticList<ContactId> before, StaticList<ContactId> after) {
    if (after.equals(before)) {
      return before;
    }
    repository.saveList(crm.tenant(), after);
    publish(before.name(), before.diffTo(after));
    return after;
  }

  private MembershipDiff<ContactId> store(String name, Set<ContactId> members) {
    MembershipDiff<ContactId> change =
        MembershipDiff.between(repository.members(crm.tenant(), name), members);
    repository.saveMembers(crm.tenant(), name, members);
    publish(name, change);
    return change;
  }

  private void publish(String segment, MembershipDiff<ContactId> change) {
    if (change.isEmpty()) {
      return;
    }
    Instant now = crm.clock().instant();
    List<DomainEvent> events = new ArrayList<>();
    change
        .entered()
        .forEach(id -> events.add(new ContactEnteredSegment(crm.tenant(), segment, id, now)));
    change.left().forEach(id -> events.add(new ContactLeftSegment(crm.tenant(), segment, id, now)));
    publisher.publish(events);
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
          && repository.findDefinition(crm.tenant(), segment).isEmpty()
          && repository.findList(crm.tenant(), segment).isEmpty()) {
        errors.add(FieldError.of("text", segment, "no segment or list has this name"));
      }
    }
    if (!errors.isEmpty()) {
      throw new ValidationException("segment " + Quoted.of(name), errors);
    }
    SegmentCatalog.of(crm.tenant(), repository, schema)
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

  /** Returns the names each stored segment refers to, by segment name. */
  private Map<String, Set<String>> referencesByName(SegmentSchema schema) {
    Map<String, Set<String>> references = new LinkedHashMap<>();
    for (SegmentDefinition definition : definitions()) {
      references.put(definition.name(), SegmentReferences.of(definition.parse(schema)).segments());
    }
    return references;
  }

  private void refuseIfReferenced(String name) {
    List<String> users = new ArrayList<>();
    referencesByName(schema())
        .forEach(
            (segment, targets) -> {
              if (!segment.equals(name) && targets.contains(name)) {
                users.add(segment);
              }
            });
    if (!users.isEmpty()) {
      throw new ValidationException(
          "segment " + Quoted.of(name),
          List.of(FieldError.of("name", name, "is used by " + String.join(", ", users))));
    }
  }

  private void requireDefinition(String name) {
    if (repository.findDefinition(crm.tenant(), name).isEmpty()) {
      throw new NotFoundException("segment", name);
    }
  }

  private Evaluation evaluation(SegmentSchema schema) {
    return new Evaluation(crm.tenant(), repository, schema, crm.clock());
  }

  private List<ContactSubject> subjects() {
    return new AudienceLoader(crm, scores).load();
  }

  /**
   * Chooses where a {@link SegmentService} keeps segments, where scores come from and who hears of
   * membership changes. Not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder {

    private final Crm crm;
    private SegmentRepository repository = new InMemorySegmentRepository();
    private ScoreSource scores = ScoreSource.none();
    private EventPublisher publisher = EventPublisher.NONE;

    private Builder(Crm crm) {
      this.crm = requireNonNull(crm, "crm");
    }

    /** Sets where segments and lists are kept; in memory unless set. */
    public Builder repository(SegmentRepository value) {
      repository = requireNonNull(value, "segment repository");
      return this;
    }

    /** Sets where {@code score} and {@code grade} come from; nobody is scored unless set. */
    public Builder scores(ScoreSource value) {
      scores = requireNonNull(value, "score source");
      return this;
    }

    /** Sets the listener that hears of {@link SegmentEvent}s; nobody unless set. */
    public Builder eventPublisher(EventPublisher value) {
      publisher = requireNonNull(value, "event publisher");
      return this;
    }

    /** Returns the service. */
    public SegmentService build() {
      return new SegmentService(this);
    }
  }
}
