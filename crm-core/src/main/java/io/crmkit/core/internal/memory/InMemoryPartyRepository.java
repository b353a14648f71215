package io.crmkit.core.internal.memory;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.ExternalId;
import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.Tag;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.party.Party;
import io.crmkit.core.spi.PartyRepository;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Parties (contacts or companies) in memory: the table, its unique external id key and the owner,
 * tag and name-word prefix indexes both kinds have, and the reads and writes of the party port.
 * Subclasses add their own keys and indexes and choose the index a search starts from.
 *
 * @param <I> the id type
 * @param <P> the party type
 * @param <Q> the query type
 */
abstract class InMemoryPartyRepository<I extends Comparable<I>, P extends Party<I, ?, P>, Q>
    implements PartyRepository<I, P, Q> {

  private static final String EXTERNAL_ID = "externalId";
  private static final String OWNER = "owner";
  private static final String TAG = "tag";
  private static final String NAME = "name";

  /** The parties of every tenant. */
  final InMemoryTable<I, P> table;

  /**
   * @param kind the kind of party, for error messages ({@code contact})
   * @param store the store whose units of work cover this repository
   * @param byId the order by id
   * @param externalIds the external ids of a party
   * @param tags the tags of a party
   * @param nameWords the words of a party's name, as searches compare them
   * @param uniqueKeys the unique keys besides the external id
   * @param indexes the indexes besides owner, tag and name
   */
  InMemoryPartyRepository(
      String kind,
      InMemoryStore store,
      KeysetOrder<P, I> byId,
      Function<P, Collection<ExternalId>> externalIds,
      Function<P, Collection<Tag>> tags,
      Function<P, Stream<String>> nameWords,
      List<UniqueKey<P>> uniqueKeys,
      List<IndexDefinition<P, ?>> indexes) {
    List<UniqueKey<P>> keys = new ArrayList<>(uniqueKeys);
    keys.add(new UniqueKey<>(EXTERNAL_ID, p -> texts(externalIds.apply(p), ExternalId::key)));
    List<IndexDefinition<P, ?>> all = new ArrayList<>(indexes);
    all.add(new IndexDefinition<>(OWNER, p -> List.of(p.owner().value()), byId));
    all.add(new IndexDefinition<>(TAG, p -> texts(tags.apply(p), Tag::value), byId));
    all.add(new IndexDefinition<>(NAME, p -> NamePrefixes.keys(nameWords.apply(p)), byId));
    this.table = new InMemoryTable<>(kind, store, byId, keys, all);
  }

  /**
   * Returns a page of the parties of {@code tenant} that meet {@code matches}, read from the index
   * of the name prefix, tag or owner the query names, in that order (the most selective first), or
   * from the whole tenant when it names none.
   */
  Page<P> page(
      TenantId tenant,
      Predicate<? super P> matches,
      @Nullable String namePrefix,
      @Nullable Tag tag,
      @Nullable UserId owner,
      PageRequest page) {
    if (namePrefix != null) {
      return table.page(tenant, NAME, NamePrefixes.keyFor(namePrefix), matches, page);
    }
    if (tag != null) {
      return table.page(tenant, TAG, tag.value(), matches, page);
    }
    if (owner != null) {
      return table.page(tenant, OWNER, owner.value(), matches, page);
    }
    return table.page(tenant, matches, page);
  }

  @Override
  public Optional<P> find(TenantId tenant, I id) {
    return table.find(tenant, id);
  }

  @Override
  public Optional<P> findByExternalId(TenantId tenant, ExternalId externalId) {
    return table.findUnique(tenant, EXTERNAL_ID, externalId.key());
  }

  @Override
  public long count(TenantId tenant) {
    return table.count(tenant);
  }

  @Override
  public void insert(P party) {
    table.insert(party);
  }

  @Override
  public void update(P party, long expectedVersion) {
    table.update(party, expectedVersion);
  }

  @Override
  public void delete(TenantId tenant, I id, long expectedVersion) {
    table.delete(tenant, id, expectedVersion);
  }

  /**
   * Returns the index keys of {@code values}: every add, update and delete computes them for every
   * index, so a party's usual single email or tag takes no stream and no list copy.
   */
  static <T> List<String> texts(Collection<T> values, Function<T, String> text) {
    requireNonNull(text, "text");
    if (values.isEmpty()) {
      return List.of();
    }
    if (values.size() == 1) {
      return List.of(text.apply(values.iterator().next()));
    }
    List<String> texts = new ArrayList<>(values.size());
    for (T value : values) {
      texts.add(text.apply(value));
    }
    return texts;
  }
}
