package io.crmkit.core.internal.memory;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.TenantId;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadId;
import io.crmkit.core.lead.LeadQuery;
import io.crmkit.core.spi.LeadRepository;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Leads in memory, indexed by status, owner and source, with the leads in nurture kept in recycle
 * order so that the recycling job reads only the leads that are due.
 *
 * @since 0.1
 */
public final class InMemoryLeadRepository implements LeadRepository {

  private static final String STATUS = "status";
  private static final String OWNER = "owner";
  private static final String SOURCE = "source";
  private static final String NURTURE = "nurture";
  private static final String ALL = "all";

  /** Where a lead in nurture stands in recycle order. */
  private record RecyclePosition(Instant at, LeadId id) {

    static final Comparator<RecyclePosition> ORDER =
        Comparator.comparing(RecyclePosition::at).thenComparing(RecyclePosition::id);

    String encode() {
      return at.getEpochSecond() + "." + at.getNano() + "~" + id;
    }

    static RecyclePosition decode(String text) {
      int dot = text.indexOf('.');
      int tilde = text.indexOf('~');
      checkArgument(dot > 0 && tilde > dot, "not a recycle position: '%s'", text);
      return new RecyclePosition(
          Instant.ofEpochSecond(
              Long.parseLong(text.substring(0, dot)),
              Long.parseLong(text.substring(dot + 1, tilde))),
          LeadId.parse(text.substring(tilde + 1)));
    }
  }

  private final InMemoryTable<LeadId, Lead> table;

  /**
   * @param store the store whose units of work cover this repository
   */
  public InMemoryLeadRepository(InMemoryStore store) {
    KeysetOrder<Lead, LeadId> byId = IdOrders.byId(LeadId::of);
    KeysetOrder<Lead, RecyclePosition> byRecycle =
        new KeysetOrder<>(
            l -> new RecyclePosition(l.recycleAt().orElse(Instant.MAX), l.id()),
            RecyclePosition.ORDER,
            RecyclePosition::encode,
            RecyclePosition::decode);
    table =
        new InMemoryTable<>(
            "lead",
            store,
            byId,
            List.of(),
            List.of(
                new IndexDefinition<>(STATUS, l -> List.of(l.status().name()), byId),
                new IndexDefinition<>(OWNER, l -> List.of(l.owner().value()), byId),
                new IndexDefinition<>(SOURCE, l -> List.of(l.attribution().source().name()), byId),
                new IndexDefinition<>(
                    NURTURE,
                    l -> l.recycleAt().isPresent() ? List.of(ALL) : List.of(),
                    byRecycle)));
  }

  @Override
  public Optional<Lead> find(TenantId tenant, LeadId id) {
    return table.find(tenant, id);
  }

  @Override
  public Page<Lead> search(TenantId tenant, LeadQuery query, PageRequest page) {
    requireNonNull(query, "query");
    if (query.owner() != null) {
      return table.page(tenant, OWNER, query.owner().value(), query::matches, page);
    }
    if (query.status() != null) {
      return table.page(tenant, STATUS, query.status().name(), query::matches, page);
    }
    if (query.source() != null) {
      return table.page(tenant, SOURCE, query.source().name(), query::matches, page);
    }
    return table.page(tenant, query::matches, page);
  }

  @Override
  public List<Lead> dueForRecycling(TenantId tenant, Instant at, int limit) {
    requireNonNull(at, "at");
    checkArgument(limit >= 1, "limit must be positive: %s", limit);
    RecyclePosition start = new RecyclePosition(Instant.MIN, LeadId.of(new UUID(0, 0)));
    return table.scan(tenant, NURTURE, ALL, start, l -> l.isDueForRecyclingAt(at), limit);
  }

  @Override
  public void insert(Lead lead) {
    table.insert(lead);
  }

  @Override
  public void update(Lead lead, long expectedVersion) {
    table.update(lead, expectedVersion);
  }
}
