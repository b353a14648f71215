package io.crmkit.core.merge.internal;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.ConcurrentUpdateException;
import io.crmkit.core.DomainEvent;
import io.crmkit.core.NotFoundException;
import io.crmkit.core.RecordRef;
import io.crmkit.core.RecordType;
import io.crmkit.core.TenantId;
import io.crmkit.core.access.Operation;
import io.crmkit.core.company.Company;
import io.crmkit.core.company.CompanyEvent.CompanyDeleted;
import io.crmkit.core.company.CompanyId;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactEvent.ContactDeleted;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.internal.CrmContext;
import io.crmkit.core.merge.MergeCounts;
import io.crmkit.core.merge.MergeEntry;
import io.crmkit.core.merge.MergeEvent.MergeUndone;
import io.crmkit.core.merge.MergeEvent.RecordsMerged;
import io.crmkit.core.merge.MergeId;
import io.crmkit.core.merge.MergeMove;
import io.crmkit.core.merge.MergePlan;
import io.crmkit.core.merge.MergePreview;
import io.crmkit.core.merge.MergeResult;
import io.crmkit.core.merge.MergeService;
import io.crmkit.core.merge.MergeUndoneException;
import io.crmkit.core.party.Party;
import io.crmkit.core.spi.CrmStorage;
import io.crmkit.core.spi.MergeReferences;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Merges contacts and companies with the storage's repositories and journal. */
public final class DefaultMergeService implements MergeService {

  private final CrmContext context;
  private final CrmStorage storage;

  /**
   * @param context the opened CRM's context
   * @param storage where the records, their links and the journal are kept
   */
  public DefaultMergeService(CrmContext context, CrmStorage storage) {
    this.context = requireNonNull(context, "context");
    this.storage = requireNonNull(storage, "storage");
  }

  @Override
  public <P extends Party<?, ?, P>> MergePreview<P> preview(MergePlan<P> plan) {
    requireNonNull(plan, "plan");
    return context
        .transactions()
        .unitOfWork()
        .read(
            () -> {
              Instant now = context.now();
              MergePlan<P> current = current(plan);
              List<MergeMove> moves = new ArrayList<>();
              Relinks relinks =
                  new Relinks(
                      storage, context.tenant(), now, context.actor(), false, new ArrayList<>());
              relink(current, relinks, moves, true);
              return new MergePreview<>(survivor(current, now), counts(moves));
            });
  }

  @Override
  public <P extends Party<?, ?, P>> MergeResult<P> merge(MergePlan<P> plan) {
    requireNonNull(plan, "plan");
    return context
        .transactions()
        .write(
            events -> {
              Instant now = context.now();
              MergePlan<P> current = current(plan);
              TenantId tenant = context.tenant();
              List<MergeMove> moves = new ArrayList<>();
              relink(
                  current,
                  new Relinks(storage, tenant, now, context.actor(), true, events),
                  moves,
                  false);
              for (P merged : current.merged()) {
                delete(merged);
                events.add(deleted(merged, now));
              }
              P survivor = survivor(current, now);
              update(survivor, current.survivor().version());
              events.add(updated(survivor, now));
              MergeId id = MergeId.of(context.ids().next());
              storage
                  .mergeJournal()
                  .insert(
                      new MergeEntry(
                          id,
                          tenant,
                          current.type(),
                          current.survivor(),
                          List.copyOf(current.merged()),
                          moves,
                          now,
                          context.actor(),
                          null,
                          null,
                          1));
              MergeCounts counts = counts(moves);
              events.add(
                  new RecordsMerged(
                      tenant,
                      id,
                      current.type(),
                      survivor.id().toString(),
                      current.merged().stream().map(p -> p.id().toString()).toList(),
                      counts.total(),
                      now,
                      context.actor()));
              return new MergeResult<>(id, survivor, counts);
            });
  }

  @Override
  public MergeEntry unmerge(MergeId id) {
    requireNonNull(id, "id");
    return context
        .transactions()
        .write(
            events -> {
              Instant now = context.now();
              TenantId tenant = context.tenant();
              MergeEntry entry =
                  storage
                      .mergeJournal()
                      .find(tenant, id)
                      .orElseThrow(() -> new NotFoundException("merge", id));
              if (entry.undone()) {
                throw new MergeUndoneException(id, requireNonNull(entry.undoneAt()));
              }
              String survivorId = entry.survivor().id().toString();
              revert(entry.survivor(), now, events);
              for (Party<?, ?, ?> merged : entry.merged()) {
                insert(merged);
              }
              new Relinks(storage, tenant, now, context.actor(), true, events)
                  .restore(entry.type(), survivorId, entry.moves());
              List<MergeMove> others =
                  entry.moves().stream().filter(m -> !Relinks.core(m.kind())).toList();
              if (!others.isEmpty()) {
                for (MergeReferences references : storage.portsOf(MergeReferences.class)) {
                  references.restore(tenant, entry.type(), survivorId, others);
                }
              }
              MergeEntry undone = entry.undo(now, context.actor());
              storage.mergeJournal().update(undone, entry.version());
              events.add(
                  new MergeUndone(
                      tenant,
                      id,
                      entry.type(),
                      survivorId,
                      entry.merged().stream().map(p -> p.id().toString()).toList(),
                      now,
                      context.actor()));
              return undone;
            });
  }

  @Override
  public Optional<MergeEntry> find(MergeId id) {
    requireNonNull(id, "id");
    return storage.mergeJournal().find(context.tenant(), id);
  }

  @Override
  public List<MergeEntry> findByContact(ContactId contact) {
    requireNonNull(contact, "contact");
    return storage.mergeJournal().findByContact(context.tenant(), contact);
  }

  /**
   * Returns the plan with every record as stored in the acting tenant, after checking that none
   * changed since it was read and that the actor may change them.
   */
  private <P extends Party<?, ?, P>> MergePlan<P> current(MergePlan<P> plan) {
    for (P record : plan.records()) {
      P stored =
          find(record).orElseThrow(() -> new NotFoundException(kind(plan.type()), record.id()));
      if (stored.version() != record.version()) {
        throw new ConcurrentUpdateException(kind(plan.type()), record.id(), record.version());
      }
      Operation operation = record == plan.survivor() ? Operation.UPDATE : Operation.DELETE;
      context.check(operation, RecordRef.of(plan.type(), record.id()), stored.owner());
    }
    return plan;
  }

  private <P extends Party<?, ?, P>> void relink(
      MergePlan<P> plan, Relinks relinks, List<MergeMove> moves, boolean dryRun) {
    String to = plan.survivor().id().toString();
    Set<CompanyId> merging = new HashSet<>();
    plan.records()
        .forEach(
            p -> {
              if (p instanceof Company company) {
                merging.add(company.id());
              }
            });
    for (P merged : plan.merged()) {
      if (merged instanceof Contact contact) {
        moves.addAll(relinks.contact(contact.id(), ContactId.parse(to)));
      } else {
        moves.addAll(relinks.company(((Company) merged).id(), CompanyId.parse(to), merging));
      }
      for (MergeReferences references : storage.portsOf(MergeReferences.class)) {
        moves.addAll(
            references.repoint(context.tenant(), plan.type(), merged.id().toString(), to, dryRun));
      }
    }
  }

  @SuppressWarnings("unchecked")
  private <P extends Party<?, ?, P>> P survivor(MergePlan<P> plan, Instant now) {
    if (plan.type() == RecordType.CONTACT) {
      return (P) Survivors.contact((MergePlan<Contact>) (MergePlan<?>) plan, now, context.actor());
    }
    return (P) Survivors.company((MergePlan<Company>) (MergePlan<?>) plan, now, context.actor());
  }

  @SuppressWarnings("unchecked")
  private <P extends Party<?, ?, P>> Optional<P> find(P record) {
    if (record instanceof Contact contact) {
      return (Optional<P>) storage.contacts().find(context.tenant(), contact.id());
    }
    return (Optional<P>) storage.companies().find(context.tenant(), ((Company) record).id());
  }

  private void delete(Party<?, ?, ?> record) {
    if (record instanceof Contact contact) {
      storage.contacts().delete(context.tenant(), contact.id(), contact.version());
    } else {
      Company company = (Company) record;
      storage.companies().delete(context.tenant(), company.id(), company.version());
    }
  }

  private void insert(Party<?, ?, ?> record) {
    if (record instanceof Contact contact) {
      storage.contacts().insert(contact);
    } else {
      storage.companies().insert((Company) record);
    }
  }

  private void update(Party<?, ?, ?> record, long expectedVersion) {
    if (record instanceof Contact contact) {
      storage.contacts().update(contact, expectedVersion);
    } else {
      storage.companies().update((Company) record, expectedVersion);
    }
  }

  /** Gives the survivor back the fields it had before the merge. */
  private void revert(Party<?, ?, ?> before, Instant now, List<DomainEvent> events) {
    if (before instanceof Contact earlier) {
      Contact current =
          storage
              .contacts()
              .find(context.tenant(), earlier.id())
              .orElseThrow(() -> new NotFoundException("contact", earlier.id()));
      context.check(
          Operation.UPDATE, RecordRef.of(RecordType.CONTACT, earlier.id()), current.owner());
      var changed =
          current.rewrite(
              earlier.details(),
              earlier.owner(),
              earlier.lifecycle(),
              earlier.archived(),
              now,
              context.actor());
      storage.contacts().update(changed.state(), current.version());
      events.addAll(changed.events());
    } else {
      Company earlier = (Company) before;
      Company current =
          storage
              .companies()
              .find(context.tenant(), earlier.id())
              .orElseThrow(() -> new NotFoundException("company", earlier.id()));
      context.check(
          Operation.UPDATE, RecordRef.of(RecordType.COMPANY, earlier.id()), current.owner());
      var changed =
          current.rewrite(
              earlier.details(),
              earlier.owner(),
              earlier.lifecycle(),
              earlier.archived(),
              now,
              context.actor());
      storage.companies().update(changed.state(), current.version());
      events.addAll(changed.events());
    }
  }

  private DomainEvent deleted(Party<?, ?, ?> record, Instant now) {
    if (record instanceof Contact contact) {
      return new ContactDeleted(context.tenant(), contact.id(), now, context.actor());
    }
    return new CompanyDeleted(context.tenant(), ((Company) record).id(), now, context.actor());
  }

  private DomainEvent updated(Party<?, ?, ?> record, Instant now) {
    if (record instanceof Contact contact) {
      return new io.crmkit.core.contact.ContactEvent.ContactUpdated(
          context.tenant(), contact.id(), now, context.actor());
    }
    return new io.crmkit.core.company.CompanyEvent.CompanyUpdated(
        context.tenant(), ((Company) record).id(), now, context.actor());
  }

  private static String kind(RecordType type) {
    return type == RecordType.CONTACT ? "contact" : "company";
  }

  /** Counts the records moved, each once, by kind. */
  static MergeCounts counts(List<MergeMove> moves) {
    var byKind =
        moves.stream()
            .collect(
                Collectors.groupingBy(
                    MergeMove::kind, Collectors.mapping(MergeMove::record, Collectors.toSet())));
    int others =
        byKind.entrySet().stream()
            .filter(e -> !Relinks.core(e.getKey()))
            .mapToInt(e -> e.getValue().size())
            .sum();
    return new MergeCounts(
        byKind.getOrDefault(Relinks.ACTIVITY, Set.of()).size(),
        byKind.getOrDefault(Relinks.TASK, Set.of()).size(),
        byKind.getOrDefault(Relinks.DEAL, Set.of()).size(),
        byKind.getOrDefault(Relinks.LEAD, Set.of()).size(),
        byKind.getOrDefault(Relinks.CONTACT, Set.of()).size(),
        byKind.getOrDefault(Relinks.COMPANY, Set.of()).size(),
        others);
  }
}
