package io.crmkit.core.party;

import io.crmkit.core.ExternalId;
import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.UserId;
import java.util.Collection;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * What the services of parties (contacts and companies) share: creating, changing, archiving,
 * finding and removing them, checking the host's access policy and the tenant's custom field
 * definitions, in units of work that publish their events on commit.
 *
 * <p>Every command on a party takes either its id and the version it was read at, or the party as
 * read; a stale version fails with {@link io.crmkit.core.ConcurrentUpdateException}.
 *
 * <p>Linked records: the companies a contact links to and a company's parent must exist in the
 * acting tenant and be readable by the actor under the access policy, or the command ({@code
 * create}, {@code upsert}, {@code update}, a contact's {@code createAll}) fails with {@link
 * io.crmkit.core.NotFoundException} naming the kind and the id ({@link
 * io.crmkit.core.AccessDeniedException} for an unreadable one) and writes nothing. An update checks
 * the links it adds; those the party already had were checked when they were stored.
 *
 * @param <I> the id type
 * @param <D> the details type
 * @param <B> the details' builder type
 * @param <P> the party type
 * @param <Q> the query type
 * @since 0.1
 */
public interface PartyService<I extends Comparable<I>, D, B, P extends Party<I, D, P>, Q> {

  /** Creates a party owned by the acting user, at lifecycle stage {@code LEAD}. */
  P create(D details);

  /**
   * Creates a party.
   *
   * @throws io.crmkit.core.ValidationException if custom fields break their definitions
   * @throws io.crmkit.core.DuplicateException if a unique key (an external id, a contact's primary
   *     email) is taken
   * @throws io.crmkit.core.NotFoundException if a company the details link to (a contact's company,
   *     a company's parent) is not in the tenant
   * @throws io.crmkit.core.AccessDeniedException if the actor may not read such a company
   */
  P create(D details, UserId owner, LifecycleStage stage);

  /**
   * Creates the party with key {@code externalId}, or replaces the details of the one that has it.
   * The key is added to {@code details} if missing.
   */
  P upsert(ExternalId externalId, D details);

  /**
   * Replaces the details of version {@code expectedVersion} of party {@code id}.
   *
   * @throws io.crmkit.core.ValidationException if custom fields break their definitions
   * @throws io.crmkit.core.company.CompanyHierarchyException if a company's new parent would make
   *     it its own ancestor
   * @throws io.crmkit.core.NotFoundException if a company the new details link to is not in the
   *     tenant
   * @throws io.crmkit.core.AccessDeniedException if the actor may not read such a company
   */
  P update(I id, long expectedVersion, D details);

  /** As {@link #update(Comparable, long, Object)}, for {@code party} at the version it was read. */
  default P update(P party, D details) {
    return update(party.id(), party.version(), details);
  }

  /**
   * Changes some details of version {@code expectedVersion} of party {@code id}: {@code edit} is
   * given a builder holding the current details.
   */
  P update(I id, long expectedVersion, UnaryOperator<B> edit);

  /**
   * As {@link #update(Comparable, long, UnaryOperator)}, for {@code party} at the version it was
   * read.
   */
  default P update(P party, UnaryOperator<B> edit) {
    return update(party.id(), party.version(), edit);
  }

  /** Moves party {@code id} to lifecycle stage {@code stage}. */
  P moveTo(I id, long expectedVersion, LifecycleStage stage);

  /** As {@link #moveTo(Comparable, long, LifecycleStage)}, for {@code party} as read. */
  default P moveTo(P party, LifecycleStage stage) {
    return moveTo(party.id(), party.version(), stage);
  }

  /** Gives party {@code id} to {@code owner}. */
  P assign(I id, long expectedVersion, UserId owner);

  /** As {@link #assign(Comparable, long, UserId)}, for {@code party} as read. */
  default P assign(P party, UserId owner) {
    return assign(party.id(), party.version(), owner);
  }

  /** Archives party {@code id}: read-only and left out of searches until unarchived. */
  P archive(I id, long expectedVersion);

  /** As {@link #archive(Comparable, long)}, for {@code party} as read. */
  default P archive(P party) {
    return archive(party.id(), party.version());
  }

  /** Makes archived party {@code id} writable and searchable again. */
  P unarchive(I id, long expectedVersion);

  /** As {@link #unarchive(Comparable, long)}, for {@code party} as read. */
  default P unarchive(P party) {
    return unarchive(party.id(), party.version());
  }

  /** Deletes version {@code expectedVersion} of party {@code id} for good. */
  void delete(I id, long expectedVersion);

  /** As {@link #delete(Comparable, long)}, for {@code party} as read. */
  default void delete(P party) {
    delete(party.id(), party.version());
  }

  /**
   * Throws unless party {@code id} exists and the actor may read it, without reading the whole
   * party: for commands that link a record to it.
   *
   * @throws io.crmkit.core.NotFoundException if there is none in the tenant
   * @throws io.crmkit.core.AccessDeniedException if the actor may not read it
   */
  void requireReadable(I id);

  /**
   * Throws unless every party of {@code ids} exists and the actor may read it, reading their owners
   * at once: for commands that link many records to parties.
   *
   * @throws io.crmkit.core.NotFoundException for the first that is not in the tenant
   * @throws io.crmkit.core.AccessDeniedException for the first the actor may not read
   */
  void requireAllReadable(Collection<I> ids);

  /**
   * Returns party {@code id}.
   *
   * @throws io.crmkit.core.NotFoundException if there is none in the tenant
   * @throws io.crmkit.core.AccessDeniedException if the actor may not read it
   */
  P get(I id);

  /** Returns party {@code id} if it exists; throws if the actor may not read it. */
  Optional<P> find(I id);

  /** Returns the party with key {@code externalId}, if the actor may read it. */
  Optional<P> findByExternalId(ExternalId externalId);

  /** Returns a page of the parties that match {@code query} and the actor may read. */
  Page<P> search(Q query, PageRequest page);

  /** Returns the number of parties in the tenant, archived ones included. */
  long count();
}
