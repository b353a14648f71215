package io.crmkit.core.internal;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.AccessDeniedException;
import io.crmkit.core.Aggregate;
import io.crmkit.core.Changed;
import io.crmkit.core.ConcurrentUpdateException;
import io.crmkit.core.DomainEvent;
import io.crmkit.core.NotFoundException;
import io.crmkit.core.Page;
import io.crmkit.core.RecordRef;
import io.crmkit.core.RecordType;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.access.Operation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The steps every feature service takes to read or change one aggregate: load it in the tenant, ask
 * the access policy, check the expected version, apply the command, store the new state and collect
 * its events, all in one unit of work.
 *
 * @param <I> the id type
 * @param <A> the aggregate type
 * @since 0.1
 */
public final class RecordCommands<I extends Comparable<I>, A extends Aggregate<I>> {

  private final CrmContext context;
  private final RecordType type;
  private final BiFunction<TenantId, I, Optional<A>> finder;
  private final BiConsumer<A, Long> updater;
  private final Function<A, UserId> ownerOf;

  /**
   * @param context the opened CRM's context
   * @param type the kind of record
   * @param finder loads a record of a tenant by id
   * @param updater stores a new state over an expected version
   * @param ownerOf the owner the access policy is asked about
   */
  public RecordCommands(
      CrmContext context,
      RecordType type,
      BiFunction<TenantId, I, Optional<A>> finder,
      BiConsumer<A, Long> updater,
      Function<A, UserId> ownerOf) {
    this.context = requireNonNull(context, "context");
    this.type = requireNonNull(type, "type");
    this.finder = requireNonNull(finder, "finder");
    this.updater = requireNonNull(updater, "updater");
    this.ownerOf = requireNonNull(ownerOf, "ownerOf");
  }

  /**
   * Applies {@code command} to version {@code expectedVersion} of record {@code id} and stores the
   * result; a command that changes nothing writes nothing.
   *
   * @throws NotFoundException if there is no such record in the tenant
   * @throws AccessDeniedException if the actor may not update it
   * @throws ConcurrentUpdateException if the stored version differs
   */
  public A change(I id, long expectedVersion, BiFunction<A, Instant, Changed<A>> command) {
    requireNonNull(id, "id");
    return context
        .transactions()
        .write(
            events -> {
              A current = finder.apply(context.tenant(), id).orElseThrow(() -> notFound(id));
              check(Operation.UPDATE, id, ownerOf.apply(current));
              if (current.version() != expectedVersion) {
                throw new ConcurrentUpdateException(kind(), id, expectedVersion);
              }
              Changed<A> changed = command.apply(current, context.now());
              if (changed.state() != current) {
                updater.accept(changed.state(), expectedVersion);
              }
              events.addAll(changed.events());
              return changed.state();
            });
  }

  /**
   * Creates a record for {@code owner}: asks the access policy, then, in one unit of work, makes
   * the record with {@code factory} (given the current instant), stores it with {@code inserter}
   * and collects its events.
   *
   * @throws AccessDeniedException if the actor may not create it
   */
  public A create(I id, UserId owner, Function<Instant, Changed<A>> factory, Consumer<A> inserter) {
    return create(new Creation<>(id, owner, factory), inserter);
  }

  /**
   * Creates the record {@code creation} describes, as {@link #create(Comparable, UserId, Function,
   * Consumer)} does.
   *
   * @throws AccessDeniedException if the actor may not create it
   */
  public A create(Creation<I, A> creation, Consumer<A> inserter) {
    requireNonNull(creation, "creation");
    requireNonNull(inserter, "inserter");
    return createAll(List.of(creation), created -> inserter.accept(created.get(0))).get(0);
  }

  /**
   * Creates records: asks the access policy about each, then, in one unit of work, makes them all
   * at the same instant, stores them with one call of {@code inserter} and collects their events,
   * in the order of {@code creations}.
   *
   * @return the new records, in the order of {@code creations}
   * @throws AccessDeniedException if the actor may not create one of them; none is created
   */
  public List<A> createAll(List<Creation<I, A>> creations, Consumer<List<A>> inserter) {
    requireNonNull(creations, "creations");
    requireNonNull(inserter, "inserter");
    creations.forEach(creation -> check(Operation.CREATE, creation.id(), creation.owner()));
    return context
        .transactions()
        .write(
            events -> {
              Instant now = context.now();
              List<A> records = new ArrayList<>(creations.size());
              List<DomainEvent> raised = new ArrayList<>();
              for (Creation<I, A> creation : creations) {
                Changed<A> created = creation.factory().apply(now);
                records.add(created.state());
                raised.addAll(created.events());
              }
              inserter.accept(Collections.unmodifiableList(records));
              // only once stored: a caller that catches a refusal inside its own unit raises
              // nothing
              events.addAll(raised);
              return List.copyOf(records);
            });
  }

  /**
   * One record to create: its new id, its owner (whom the access policy is asked about) and how to
   * make it at the instant of creation.
   *
   * @param <I> the id type
   * @param <A> the aggregate type
   * @param id the new record's id
   * @param owner the new record's owner
   * @param factory makes the record, with its events, at the instant it is given
   */
  public record Creation<I, A>(I id, UserId owner, Function<Instant, Changed<A>> factory) {

    public Creation {
      requireNonNull(id, "id");
      requireNonNull(owner, "owner");
      requireNonNull(factory, "factory");
    }
  }

  /**
   * Deletes version {@code expectedVersion} of record {@code id} with {@code deleter} and raises
   * the event {@code deleted} makes, in one unit of work.
   *
   * @throws NotFoundException if there is no such record in the tenant
   * @throws AccessDeniedException if the actor may not delete it
   * @throws ConcurrentUpdateException if the stored version differs
   */
  public void delete(
      I id, long expectedVersion, Deleter<I> deleter, BiFunction<I, Instant, DomainEvent> deleted) {
    requireNonNull(id, "id");
    context
        .transactions()
        .write(
            events -> {
              check(Operation.DELETE, id, ownerOf.apply(get(id)));
              deleter.delete(context.tenant(), id, expectedVersion);
              events.add(deleted.apply(id, context.now()));
              return null;
            });
  }

  /**
   * How a repository deletes a stored version of a record.
   *
   * @param <I> the id type
   */
  @FunctionalInterface
  public interface Deleter<I> {

    /** Deletes version {@code expectedVersion} of record {@code id} of {@code tenant}. */
    void delete(TenantId tenant, I id, long expectedVersion);
  }

  /**
   * Returns record {@code id} if it exists in the tenant.
   *
   * @throws AccessDeniedException if it exists and the actor may not read it
   */
  public Optional<A> find(I id) {
    requireNonNull(id, "id");
    Optional<A> found = finder.apply(context.tenant(), id);
    found.ifPresent(record -> check(Operation.READ, id, ownerOf.apply(record)));
    return found;
  }

  /**
   * Returns record {@code id}.
   *
   * @throws NotFoundException if there is none in the tenant
   * @throws AccessDeniedException if the actor may not read it
   */
  public A get(I id) {
    return find(id).orElseThrow(() -> notFound(id));
  }

  /**
   * Throws unless record {@code id} exists and the actor may read it, given the record's {@code
   * owner} as its repository found it (empty when there is no such record): how a command checks
   * the records it links to without loading them.
   *
   * @throws NotFoundException if there is no such record in the tenant
   * @throws AccessDeniedException if the actor may not read it
   */
  public void requireReadable(I id, Optional<UserId> owner) {
    requireNonNull(id, "id");
    check(Operation.READ, id, owner.orElseThrow(() -> notFound(id)));
  }

  /**
   * Throws unless every record of {@code ids} exists and the actor may read it, given the owners
   * their repository found (missing records left out): {@link #requireReadable(Comparable,
   * Optional)} for a batch, checked in the order of {@code ids}.
   *
   * @throws NotFoundException for the first record that is not there
   * @throws AccessDeniedException for the first record the actor may not read
   */
  public void requireReadable(Collection<I> ids, Map<I, UserId> owners) {
    requireNonNull(owners, "owners");
    for (I id : ids) {
      requireReadable(id, Optional.ofNullable(owners.get(id)));
    }
  }

  /** Returns whether the actor may read {@code record}; searches leave out the others. */
  public boolean readable(A record) {
    return AllowAll.is(context.access())
        || context
            .access()
            .permits(context.actor(), Operation.READ, ref(record.id()), ownerOf.apply(record));
  }

  /** Returns a page with the records the actor may not read left out. */
  public Page<A> readable(Page<A> page) {
    return new Page<>(page.items().stream().filter(this::readable).toList(), page.next());
  }

  /**
   * Throws unless the actor may perform {@code operation} on record {@code id} of {@code owner}.
   */
  public void check(Operation operation, I id, UserId owner) {
    // the default policy refuses nothing: asking it would only spell out the id for the reference
    if (!AllowAll.is(context.access())) {
      context.check(operation, ref(id), owner);
    }
  }

  /** Returns the error for a record {@code id} that is not there. */
  public NotFoundException notFound(I id) {
    return new NotFoundException(kind(), id);
  }

  private RecordRef ref(I id) {
    return RecordRef.of(type, id);
  }

  private String kind() {
    return type.name().toLowerCase(java.util.Locale.ROOT);
  }
}
