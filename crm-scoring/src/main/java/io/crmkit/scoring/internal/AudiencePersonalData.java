package io.crmkit.scoring.internal;

import io.crmkit.core.DataValue;
import io.crmkit.core.TenantId;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.spi.ErasureLog;
import io.crmkit.core.spi.PersonalDataHolder;
import io.crmkit.core.spi.PersonalDataRequest;
import io.crmkit.scoring.audience.SegmentDefinition;
import io.crmkit.scoring.segment.StaticList;
import io.crmkit.scoring.spi.SegmentRepository;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The audiences' part of a person's data: the dynamic segments whose last evaluation found the
 * person and the static lists the person is on. Erasure removes the person from both; the segments
 * and lists stay for their other members.
 *
 * <p>Provided as a service of {@link PersonalDataHolder}, so that every CRM built with crm-scoring
 * on its class or module path erases memberships with the rest.
 */
public final class AudiencePersonalData implements PersonalDataHolder {

  /** For {@link java.util.ServiceLoader}. */
  public AudiencePersonalData() {}

  @Override
  public String name() {
    return "audiences";
  }

  @Override
  public DataValue describe(PersonalDataRequest request) {
    Optional<SegmentRepository> segments = segments(request);
    if (segments.isEmpty()) {
      return DataValue.ABSENT;
    }
    return DataValue.fields()
        .put("segments", memberOf(segments.get(), request.tenant(), request.contact()))
        .put(
            "lists",
            segments.get().findLists(request.tenant()).stream()
                .filter(list -> list.contains(request.contact()))
                .map(StaticList::name)
                .toList())
        .build();
  }

  @Override
  public void erase(PersonalDataRequest request, ErasureLog log) {
    Optional<SegmentRepository> found = segments(request);
    if (found.isEmpty()) {
      return;
    }
    SegmentRepository segments = found.get();
    TenantId tenant = request.tenant();
    ContactId person = request.contact();
    // memberships may be kept beside the storage's unit of work: each change is put back if the
    // erasure fails
    for (String segment : memberOf(segments, tenant, person)) {
      Set<ContactId> before = segments.findMembers(tenant, segment);
      Set<ContactId> members = new HashSet<>(before);
      members.remove(person);
      segments.saveMembers(tenant, segment, members);
      log.onFailure(() -> segments.saveMembers(tenant, segment, before));
      log.anonymised("segment", segment);
    }
    for (StaticList<ContactId> list : segments.findLists(tenant)) {
      if (list.contains(person)) {
        segments.saveList(tenant, list.withoutMember(person));
        log.onFailure(() -> segments.saveList(tenant, list));
        log.anonymised("list", list.name());
      }
    }
  }

  private static List<String> memberOf(
      SegmentRepository segments, TenantId tenant, ContactId person) {
    return segments.findDefinitions(tenant).stream()
        .map(SegmentDefinition::name)
        .filter(name -> segments.findMembers(tenant, name).contains(person))
        .toList();
  }

  private static Optional<SegmentRepository> segments(PersonalDataRequest request) {
    try {
      return Optional.of(request.module().port(ScoringPorts.SEGMENTS));
    } catch (UnsupportedOperationException noSegments) {
      return Optional.empty();
    }
  }
}
