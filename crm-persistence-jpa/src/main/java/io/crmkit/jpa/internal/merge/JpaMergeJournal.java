package io.crmkit.jpa.internal.merge;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.RecordType;
import io.crmkit.core.Revision;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.merge.MergeEntry;
import io.crmkit.core.merge.MergeId;
import io.crmkit.core.party.Party;
import io.crmkit.core.spi.MergeJournal;
import io.crmkit.jpa.internal.JpaAggregateRepository;
import io.crmkit.jpa.internal.JpaSession;
import io.crmkit.jpa.internal.TenantScopedId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The merge journal in the database: one row per merge, with an index row per record involved. */
public final class JpaMergeJournal
    extends JpaAggregateRepository<MergeEntry, MergeId, MergeEntryEntity> implements MergeJournal {

  /** The entity classes a persistence unit must manage for the merge journal. */
  public static final List<Class<?>> MANAGED_CLASSES =
      List.of(MergeEntryEntity.class, MergeParty.class);

  /**
   * @param session the units of work the repository runs in
   */
  public JpaMergeJournal(JpaSession session) {
    super(
        session,
        MergeEntryEntity.KIND,
        MergeEntryEntity.class,
        MergeEntryEntity::new,
        MergeId::value,
        JpaMergeJournal::write,
        JpaMergeJournal::entry);
  }

  @Override
  public List<MergeEntry> findByContact(TenantId tenant, ContactId contact) {
    requireNonNull(tenant, "tenant");
    requireNonNull(contact, "contact");
    return session.apply(
        em ->
            em
                .createQuery(
                    "select e from CrmMergeEntry e join e.parties p"
                        + " where e.tenant = :tenant and p.id = :party order by e.id",
                    MergeEntryEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("party", contact.value().toString())
                .getResultList()
                .stream()
                .map(this::read)
                .toList());
  }

  @Override
  public boolean delete(TenantId tenant, MergeId id) {
    requireNonNull(tenant, "tenant");
    requireNonNull(id, "id");
    return session.apply(
        em -> {
          MergeEntryEntity row =
              em.find(MergeEntryEntity.class, new TenantScopedId(tenant.value(), id.value()));
          if (row == null) {
            return false;
          }
          em.remove(row);
          session.flush(em, "deleting merge " + id);
          return true;
        });
  }

  private static void write(MergeEntry entry, MergeEntryEntity row) {
    row.writeTimestamps(
        new Revision(
            entry.version(),
            entry.mergedAt(),
            entry.undoneAt() == null ? entry.mergedAt() : entry.undoneAt()));
    row.recordType = entry.type().name();
    row.survivor = UUID.fromString(entry.survivor().id().toString());
    row.mergedBy = entry.mergedBy().value();
    row.undoneAt = entry.undoneAt();
    row.undoneBy = entry.undoneBy() == null ? null : entry.undoneBy().value();
    List<Party<?, ?, ?>> records = new ArrayList<>();
    records.add(entry.survivor());
    records.addAll(entry.merged());
    row.records = MergeDocuments.writeParties(records);
    row.moves = MergeDocuments.writeMoves(entry.moves());
    Set<MergeParty> parties = new HashSet<>();
    records.forEach(p -> parties.add(new MergeParty(UUID.fromString(p.id().toString()))));
    row.parties.retainAll(parties);
    row.parties.addAll(parties);
  }

  private static MergeEntry entry(MergeEntryEntity row) {
    List<Party<?, ?, ?>> records = MergeDocuments.readParties(row.records, row.tenant());
    Revision revision = row.revision();
    return new MergeEntry(
        MergeId.of(row.id()),
        row.tenant(),
        RecordType.valueOf(row.recordType),
        records.get(0),
        records.subList(1, records.size()),
        MergeDocuments.readMoves(row.moves),
        revision.createdAt(),
        UserId.of(row.mergedBy),
        row.undoneAt,
        row.undoneBy == null ? null : UserId.of(row.undoneBy),
        revision.version());
  }
}
