package io.crmkit.core.party.internal;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.Changed;
import io.crmkit.core.DomainEvent;
import io.crmkit.core.ExternalId;
import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.RecordType;
import io.crmkit.core.UserId;
import io.crmkit.core.customfield.CustomFieldService;
import io.crmkit.core.customfield.CustomFields;
import io.crmkit.core.internal.CrmContext;
import io.crmkit.core.internal.LinkedRecords;
import io.crmkit.core.internal.RecordCommands;
import io.crmkit.core.party.LifecycleStage;
import io.crmkit.core.party.Party;
import io.crmkit.core.party.PartyService;
import io.crmkit.core.spi.PartyRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The commands and reads the contact and company services share, over a {@link PartyRepository}:
 * each subclass adds its creation, its events and what else its kind of party needs.
 *
 * @param <I> the id type
 * @param <D> the details type
 * @param <B> the details' builder type
 * @param <P> the party type
 * @param <Q> the query type
 */
public abstract class DefaultPartyService<
        I extends Comparable<I>, D, B, P extends Party<I, D, P>, Q>
    implements PartyService<I, D, B, P, Q> {

  /** The opened CRM's context. */
  protected final CrmContext context;

  /** The reads and writes of one party, with the access checks. */
  protected final RecordCommands<I, P> records;

  /** The check of the records a party links to. */
  protected final LinkedRecords linked;

  private final RecordType type;
  private final PartyRepository<I, P, Q> repository;
  private final CustomFieldService customFields;

  /**
   * @param context the opened CRM's context
   * @param type the kind of party
   * @param repository where the parties are kept
   * @param customFields the tenant's custom field definitions
   * @param linked the check of the records a party links to
   */
  protected DefaultPartyService(
      CrmContext context,
      RecordType type,
      PartyRepository<I, P, Q> repository,
      CustomFieldService customFields,
      LinkedRecords linked) {
    this.context = requireNonNull(context, "context");
    this.linked = requireNonNull(linked, "linked");
    this.type = requireNonNull(type, "type");
    this.repository = requireNonNull(repository, "repository");
    this.customFields = requireNonNull(customFields, "customFields");
    this.records =
        new RecordCommands<>(context, type, repository::find, repository::update, Party::owner);
  }

  /** Returns {@code details} holding {@code key}, replacing the key of its system if any. */
  protected abstract D withExternalId(D details, ExternalId key);

  /** Returns what {@code edit} makes of a builder holding {@code details}. */
  protected abstract D edited(D details, UnaryOperator<B> edit);

  /** Returns the custom field values of {@code details}. */
  protected abstract CustomFields customFieldsOf(D details);

  /** Returns the event of party {@code id}'s deletion at {@code at}. */
  protected abstract DomainEvent deleted(I id, Instant at);

  /** Adds the records {@code details} link to (companies, a parent) to {@code links}. */
  protected abstract void addLinks(D details, LinkedRecords.Links links);

  /** Returns the records {@code details} link to, to be checked. */
  protected final LinkedRecords.Links linksOf(D details) {
    LinkedRecords.Links links = linked.links();
    addLinks(details, links);
    return links;
  }

  /**
   * Returns {@code party} with {@code details} at {@code at}, once the links {@code details} add
   * are found in the tenant and readable; a subclass that checks more (the company hierarchy)
   * overrides it, inside the unit of work of the update.
   */
  protected Changed<P> update(P party, D details, Instant at) {
    linksOf(details).without(linksOf(party.details())).require();
    return party.update(details, at, context.actor());
  }

  @Override
  public P create(D details) {
    return create(details, context.actor(), LifecycleStage.LEAD);
  }

  @Override
  public P upsert(ExternalId externalId, D details) {
    requireNonNull(externalId, "externalId");
    D withKey = withExternalId(details, externalId);
    return context
        .transactions()
        .write(
            events ->
                repository
                    .findByExternalId(context.tenant(), externalId)
                    .map(existing -> update(existing.id(), existing.version(), withKey))
                    .orElseGet(() -> create(withKey)));
  }

  @Override
  public P update(I id, long expectedVersion, D details) {
    requireNonNull(details, "details");
    validate(details);
    return records.change(id, expectedVersion, (party, now) -> update(party, details, now));
  }

  @Override
  public P update(I id, long expectedVersion, UnaryOperator<B> edit) {
    requireNonNull(edit, "edit");
    return update(id, expectedVersion, edited(get(id).details(), edit));
  }

  @Override
  public P moveTo(I id, long expectedVersion, LifecycleStage stage) {
    return records.change(
        id, expectedVersion, (party, now) -> party.moveTo(stage, now, context.actor()));
  }

  @Override
  public P assign(I id, long expectedVersion, UserId owner) {
    return records.change(
        id, expectedVersion, (party, now) -> party.assign(owner, now, context.actor()));
  }

  @Override
  public P archive(I id, long expectedVersion) {
    return records.change(id, expectedVersion, (party, now) -> party.archive(now, context.actor()));
  }

  @Override
  public P unarchive(I id, long expectedVersion) {
    return records.change(
        id, expectedVersion, (party, now) -> party.unarchive(now, context.actor()));
  }

  @Override
  public void delete(I id, long expectedVersion) {
    records.delete(id, expectedVersion, repository::delete, this::deleted);
  }

  @Override
  public void requireReadable(I id) {
    records.requireReadable(id, repository.findOwner(context.tenant(), id));
  }

  @Override
  public void requireAllReadable(Collection<I> ids) {
    requireNonNull(ids, "ids");
    records.requireReadable(ids, repository.findOwners(context.tenant(), ids));
  }

  @Override
  public P get(I id) {
    return records.get(id);
  }

  @Override
  public Optional<P> find(I id) {
    return records.find(id);
  }

  @Override
  public Optional<P> findByExternalId(ExternalId externalId) {
    return repository.findByExternalId(context.tenant(), externalId).filter(records::readable);
  }

  @Override
  public Page<P> search(Q query, PageRequest page) {
    requireNonNull(query, "query");
    requireNonNull(page, "page");
    return records.readable(repository.search(context.tenant(), query, page));
  }

  @Override
  public long count() {
    return repository.count(context.tenant());
  }

  /**
   * Throws unless the custom fields of {@code details} meet the tenant's definitions.
   *
   * @throws io.crmkit.core.ValidationException listing every way they break them
   */
  protected void validate(D details) {
    customFields.validate(type, customFieldsOf(details));
  }
}
