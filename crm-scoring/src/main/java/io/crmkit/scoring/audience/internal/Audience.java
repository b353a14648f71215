package io.crmkit.scoring.audience.internal;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.Crm;
import io.crmkit.core.DomainEvent;
import io.crmkit.core.DuplicateException;
import io.crmkit.core.FieldError;
import io.crmkit.core.RecordType;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.internal.Quoted;
import io.crmkit.core.spi.ModuleContext;
import io.crmkit.scoring.audience.ContactSegmentSchema;
import io.crmkit.scoring.audience.ContactSubject;
import io.crmkit.scoring.audience.ScoreSource;
import io.crmkit.scoring.audience.SegmentDefinition;
import io.crmkit.scoring.audience.SegmentEvent.ContactEnteredSegment;
import io.crmkit.scoring.audience.SegmentEvent.ContactLeftSegment;
import io.crmkit.scoring.internal.ScoringPorts;
import io.crmkit.scoring.segment.MembershipDiff;
import io.crmkit.scoring.segment.SegmentSchema;
import io.crmkit.scoring.spi.SegmentRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The audience of one opened CRM, as its segment and list services share it: the segment repository
 * of the CRM's storage, the contacts' stored scores, the namespace that segments and lists share,
 * and the events their membership changes raise.
 */
final class Audience {

  /** The kind of a dynamic segment, in messages. */
  static final String SEGMENT = "segment";

  /** The kind of a static list, in messages. */
  static final String LIST = "list";

  private final Crm crm;
  private final ModuleContext module;
  private final SegmentRepository repository;
  private final ScoreSource scores;

  Audience(Crm crm) {
    this.crm = requireNonNull(crm, "crm");
    this.module = crm.moduleContext();
    this.repository = module.port(ScoringPorts.SEGMENTS);
    this.scores = new StoredScores(crm.tenant(), module.port(ScoringPorts.SCORES));
  }

  Crm crm() {
    return crm;
  }

  TenantId tenant() {
    return crm.tenant();
  }

  SegmentRepository repository() {
    return repository;
  }

  /** Runs {@code work} in a unit of work of the CRM, as a core command runs. */
  <T> T write(Function<Consumer<DomainEvent>, T> work) {
    return module.write(work);
  }

  /** Returns the schema segments are checked against: the standard fields and custom fields. */
  SegmentSchema schema() {
    return ContactSegmentSchema.of(crm.customFields().list(RecordType.CONTACT));
  }

  /** Returns a new evaluation over this audience's segments and lists. */
  Evaluation evaluation(SegmentSchema schema) {
    return new Evaluation(tenant(), repository, schema, crm.clock());
  }

  /** Returns every contact as a segment subject, in creation order. */
  List<ContactSubject> subjects() {
    return new AudienceLoader(crm, scores).load();
  }

  /**
   * Throws when a static list, or for a new list also a dynamic segment, has the name {@code name}:
   * segments and lists share one namespace.
   *
   * @param kind what is being named: {@code segment} (which may redefine itself) or {@code list}
   * @throws DuplicateException naming what holds the name
   */
  void refuseTaken(String kind, String name) {
    if (!kind.equals(SEGMENT)) {
      repository
          .findDefinition(tenant(), name)
          .ifPresent(
              segment -> {
                throw new DuplicateException(
                    kind, "name", name, "dynamic segment " + Quoted.of(name));
              });
    }
    repository
        .findList(tenant(), name)
        .ifPresent(
            list -> {
              throw new DuplicateException(kind, "name", name, "static list " + Quoted.of(name));
            });
  }

  /**
   * Removes the segment or list {@code name} with {@code remover}, in one unit of work, unless a
   * dynamic segment refers to it; returns whether there was one.
   *
   * @throws ValidationException naming the segments that use it
   */
  boolean removeUnreferenced(String name, BiPredicate<TenantId, String> remover) {
    return write(
        events -> {
          refuseIfReferenced(name);
          return remover.test(tenant(), name);
        });
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

  /** Returns the names each stored segment refers to, by segment name. */
  Map<String, Set<String>> referencesByName(SegmentSchema schema) {
    Map<String, Set<String>> references = new LinkedHashMap<>();
    for (SegmentDefinition definition : repository.findDefinitions(tenant())) {
      references.put(definition.name(), SegmentReferences.of(definition.parse(schema)).segments());
    }
    return references;
  }

  /** Hands {@code events} one event per contact that entered or left {@code segment}. */
  void raise(String segment, MembershipDiff<ContactId> change, Consumer<DomainEvent> events) {
    Instant now = crm.clock().instant();
    change
        .entered()
        .forEach(id -> events.accept(new ContactEnteredSegment(tenant(), segment, id, now)));
    change.left().forEach(id -> events.accept(new ContactLeftSegment(tenant(), segment, id, now)));
  }
}
