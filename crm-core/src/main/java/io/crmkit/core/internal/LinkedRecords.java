package io.crmkit.core.internal;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.AccessDeniedException;
import io.crmkit.core.NotFoundException;
import io.crmkit.core.RecordRef;
import io.crmkit.core.RecordType;
import io.crmkit.core.UserId;
import io.crmkit.core.access.Operation;
import io.crmkit.core.campaign.CampaignId;
import io.crmkit.core.commerce.OrderId;
import io.crmkit.core.commerce.ProductId;
import io.crmkit.core.company.CompanyId;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.deal.DealId;
import io.crmkit.core.lead.LeadId;
import io.crmkit.core.spi.CrmStorage;
import io.crmkit.core.task.TaskId;
import io.crmkit.core.ticket.TicketId;
import io.crmkit.core.timeline.ActivityId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The check every command makes of the records it is asked to link to (a contact's companies, a
 * deal's contacts and company, what a task is about, what an activity regards, what a ticket links
 * to): each must exist in the acting tenant and be readable by the actor under the access policy.
 * The ids of one command, or of one batch of a bulk command, are read with one lookup per kind of
 * record, whatever their number, before anything is written.
 *
 * <p>A service collects the ids with {@link #links()} and calls {@link Links#require()} inside the
 * unit of work of its command, so that a record created earlier in the same unit counts as there.
 *
 * @since 0.1
 */
public final class LinkedRecords {

  private final CrmContext context;
  private final CrmStorage storage;

  /**
   * @param context the opened CRM's context: the acting tenant, actor and access policy
   * @param storage where the linked records are kept
   */
  public LinkedRecords(CrmContext context, CrmStorage storage) {
    this.context = requireNonNull(context, "context");
    this.storage = requireNonNull(storage, "storage");
  }

  /** Returns an empty set of links to collect the ids of one command or batch into. */
  public Links links() {
    return new Links();
  }

  /**
   * The ids one command links to, by kind, each once, in the order first added; {@link #require()}
   * checks them all.
   */
  public final class Links {

    private final Set<ContactId> contacts = new LinkedHashSet<>();
    private final Set<CompanyId> companies = new LinkedHashSet<>();
    private final Set<DealId> deals = new LinkedHashSet<>();
    private final Set<LeadId> leads = new LinkedHashSet<>();
    private final Set<TaskId> tasks = new LinkedHashSet<>();
    private final Set<ActivityId> activities = new LinkedHashSet<>();
    private final Set<TicketId> tickets = new LinkedHashSet<>();
    private final Set<ProductId> products = new LinkedHashSet<>();
    private final Set<OrderId> orders = new LinkedHashSet<>();
    private final Set<CampaignId> campaigns = new LinkedHashSet<>();
    // references no store of this CRM can hold (an id that is no UUID): never found
    private final Map<RecordRef, RecordType> unknown = new LinkedHashMap<>();

    private Links() {}

    /** Adds {@code contact}, if not null. */
    public Links contact(@Nullable ContactId contact) {
      if (contact != null) {
        contacts.add(contact);
      }
      return this;
    }

    /** Adds every contact of {@code ids}. */
    public Links contacts(Collection<ContactId> ids) {
      ids.forEach(this::contact);
      return this;
    }

    /** Adds {@code company}, if not null. */
    public Links company(@Nullable CompanyId company) {
      if (company != null) {
        companies.add(company);
      }
      return this;
    }

    /** Adds every company of {@code ids}. */
    public Links companies(Collection<CompanyId> ids) {
      ids.forEach(this::company);
      return this;
    }

    /** Adds {@code deal}, if not null. */
    public Links deal(@Nullable DealId deal) {
      if (deal != null) {
        deals.add(deal);
      }
      return this;
    }

    /** Adds {@code lead}, if not null. */
    public Links lead(@Nullable LeadId lead) {
      if (lead != null) {
        leads.add(lead);
      }
      return this;
    }

    /** Adds every product of {@code ids}. */
    public Links products(Collection<ProductId> ids) {
      products.addAll(ids);
      return this;
    }

    /**
     * Adds the record {@code ref} names, under its kind; a reference to a kind this CRM keeps no
     * records of, or whose id is not one of its ids, is never found.
     */
    public Links record(RecordRef ref) {
      requireNonNull(ref, "record");
      UUID id;
      try {
        id = UUID.fromString(ref.id());
      } catch (IllegalArgumentException notAnId) {
        unknown.put(ref, ref.type());
        return this;
      }
      switch (ref.type()) {
        case CONTACT -> contacts.add(ContactId.of(id));
        case COMPANY -> companies.add(CompanyId.of(id));
        case DEAL -> deals.add(DealId.of(id));
        case LEAD -> leads.add(LeadId.of(id));
        case TASK -> tasks.add(TaskId.of(id));
        case ACTIVITY -> activities.add(ActivityId.of(id));
        case TICKET -> tickets.add(TicketId.of(id));
        case CAMPAIGN -> campaigns.add(CampaignId.of(id));
        // nothing links to an article yet: a reference to one is never found
        case ARTICLE -> unknown.put(ref, ref.type());
        case PRODUCT -> products.add(ProductId.of(id));
        case ORDER -> orders.add(OrderId.of(id));
        // nor to a message template
        case TEMPLATE -> unknown.put(ref, ref.type());
      }
      return this;
    }

    /** Adds every record of {@code refs}. */
    public Links records(Collection<RecordRef> refs) {
      refs.forEach(this::record);
      return this;
    }

    /**
     * Returns these links without those of {@code other}: what an update adds to the links the
     * record already had, which were checked when they were stored.
     */
    public Links without(Links other) {
      requireNonNull(other, "other");
      Links left = new Links();
      left.contacts.addAll(contacts);
      left.contacts.removeAll(other.contacts);
      left.companies.addAll(companies);
      left.companies.removeAll(other.companies);
      left.deals.addAll(deals);
      left.deals.removeAll(other.deals);
      left.leads.addAll(leads);
      left.leads.removeAll(other.leads);
      left.tasks.addAll(tasks);
      left.tasks.removeAll(other.tasks);
      left.activities.addAll(activities);
      left.activities.removeAll(other.activities);
      left.tickets.addAll(tickets);
      left.tickets.removeAll(other.tickets);
      left.products.addAll(products);
      left.products.removeAll(other.products);
      left.orders.addAll(orders);
      left.orders.removeAll(other.orders);
      left.campaigns.addAll(campaigns);
      left.campaigns.removeAll(other.campaigns);
      unknown.forEach(
          (ref, type) -> {
            if (!other.unknown.containsKey(ref)) {
              left.unknown.put(ref, type);
            }
          });
      return left;
    }

    /** Returns whether no id was added. */
    public boolean isEmpty() {
      return contacts.isEmpty()
          && companies.isEmpty()
          && deals.isEmpty()
          && leads.isEmpty()
          && tasks.isEmpty()
          && activities.isEmpty()
          && tickets.isEmpty()
          && products.isEmpty()
          && orders.isEmpty()
          && campaigns.isEmpty()
          && unknown.isEmpty();
    }

    /**
     * Throws unless every record added exists in the acting tenant and the actor may read it: one
     * lookup per kind of record added.
     *
     * @throws NotFoundException for the first record that the tenant does not have, naming its kind
     *     and id
     * @throws AccessDeniedException for the first record the actor may not read
     */
    public void require() {
      unknown.keySet().stream()
          .findFirst()
          .ifPresent(
              ref -> {
                throw new NotFoundException(kind(ref.type()), ref.id());
              });
      var tenant = context.tenant();
      requireAll(RecordType.CONTACT, contacts, ids -> storage.contacts().findOwners(tenant, ids));
      requireAll(RecordType.COMPANY, companies, ids -> storage.companies().findOwners(tenant, ids));
      requireAll(RecordType.DEAL, deals, ids -> storage.deals().findOwners(tenant, ids));
      requireAll(RecordType.LEAD, leads, ids -> storage.leads().findOwners(tenant, ids));
      requireAll(RecordType.TASK, tasks, ids -> storage.tasks().findOwners(tenant, ids));
      requireAll(
          RecordType.ACTIVITY, activities, ids -> storage.activities().findOwners(tenant, ids));
      requireAll(RecordType.TICKET, tickets, ids -> storage.tickets().findOwners(tenant, ids));
      requireAll(RecordType.PRODUCT, products, ids -> storage.products().findOwners(tenant, ids));
      requireAll(RecordType.ORDER, orders, ids -> storage.orders().findOwners(tenant, ids));
      requireAll(
          RecordType.CAMPAIGN, campaigns, ids -> storage.campaigns().findOwners(tenant, ids));
    }
  }

  private <I> void requireAll(
      RecordType type, Set<I> ids, Function<Collection<I>, Map<I, UserId>> ownersOf) {
    if (ids.isEmpty()) {
      return;
    }
    Map<I, UserId> owners = ownersOf.apply(Set.copyOf(ids));
    boolean everyoneMayRead = AllowAll.is(context.access());
    for (I id : ids) {
      UserId owner = owners.get(id);
      if (owner == null) {
        throw new NotFoundException(kind(type), id);
      }
      if (!everyoneMayRead) {
        context.check(Operation.READ, RecordRef.of(type, id), owner);
      }
    }
  }

  private static String kind(RecordType type) {
    return type.name().toLowerCase(Locale.ROOT);
  }
}
