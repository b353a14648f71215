package io.crmkit.core.internal.memory;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.DuplicateException;
import io.crmkit.core.Page;
import io.crmkit.core.PageCursor;
import io.crmkit.core.PageRequest;
import io.crmkit.core.TenantId;
import io.crmkit.core.consent.Channel;
import io.crmkit.core.consent.ConsentConfirmation;
import io.crmkit.core.consent.ConsentEntry;
import io.crmkit.core.consent.ConsentEntryId;
import io.crmkit.core.consent.Purpose;
import io.crmkit.core.consent.Subscription;
import io.crmkit.core.consent.SubscriptionType;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.spi.ConsentRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The consent ledger in memory, covered by the store's units of work: per tenant, each contact's
 * entries in id order, each subscription's latest entry, the confirmations by token digest and the
 * subscription types by purpose.
 */
public final class InMemoryConsentRepository implements ConsentRepository {

  private final InMemoryStore store;
  private final Map<TenantId, Ledger> ledgers = new ConcurrentHashMap<>();

  /**
   * @param store the store whose units of work cover this ledger
   */
  public InMemoryConsentRepository(InMemoryStore store) {
    this.store = requireNonNull(store, "store");
  }

  @Override
  public void append(ConsentEntry entry) {
    requireNonNull(entry, "entry");
    Ledger ledger = of(entry.tenant());
    ConsentEntry[] replaced = new ConsentEntry[1];
    store.write(
        () -> {
          NavigableMap<ConsentEntryId, ConsentEntry> entries = ledger.entriesOf(entry.contact());
          if (ledger.ids.containsKey(entry.id())) {
            throw new DuplicateException(
                "consent entry", "id", entry.id().toString(), entry.id().toString());
          }
          entries.put(entry.id(), entry);
          ledger.ids.put(entry.id(), entry.contact());
          replaced[0] = ledger.current.put(entry.subscription(), entry);
        },
        () -> {
          ledger.entriesOf(entry.contact()).remove(entry.id());
          ledger.ids.remove(entry.id());
          if (replaced[0] == null) {
            ledger.current.remove(entry.subscription());
          } else {
            ledger.current.put(entry.subscription(), replaced[0]);
          }
        });
  }

  @Override
  public Optional<ConsentEntry> current(TenantId tenant, Subscription subscription) {
    requireNonNull(subscription, "subscription");
    return store.read(() -> Optional.ofNullable(of(tenant).current.get(subscription)));
  }

  @Override
  public List<ConsentEntry> current(TenantId tenant, ContactId contact) {
    requireNonNull(contact, "contact");
    return store.read(
        () ->
            of(tenant).current.values().stream()
                .filter(entry -> entry.contact().equals(contact))
                .sorted(Comparator.comparing(ConsentEntry::subscription, Subscription.ORDER))
                .toList());
  }

  @Override
  public Map<ContactId, ConsentEntry> current(
      TenantId tenant, Collection<ContactId> contacts, Channel channel, Purpose purpose) {
    requireNonNull(contacts, "contacts");
    requireNonNull(channel, "channel");
    requireNonNull(purpose, "purpose");
    return store.read(
        () -> {
          Map<Subscription, ConsentEntry> current = of(tenant).current;
          Map<ContactId, ConsentEntry> found = new HashMap<>();
          for (ContactId contact : contacts) {
            ConsentEntry entry = current.get(Subscription.of(contact, channel, purpose));
            if (entry != null) {
              found.put(contact, entry);
            }
          }
          return found;
        });
  }

  @Override
  public Page<ConsentEntry> history(TenantId tenant, ContactId contact, PageRequest page) {
    requireNonNull(contact, "contact");
    requireNonNull(page, "page");
    return store.read(
        () -> {
          NavigableMap<ConsentEntryId, ConsentEntry> newestFirst =
              of(tenant).entries.getOrDefault(contact, new TreeMap<>()).descendingMap();
          if (page.after() != null) {
            newestFirst = newestFirst.tailMap(afterCursor(page.after()), false);
          }
          List<ConsentEntry> items = new ArrayList<>(page.size());
          for (ConsentEntry entry : newestFirst.values()) {
            if (items.size() == page.size()) {
              break;
            }
            items.add(entry);
          }
          boolean more = newestFirst.size() > items.size();
          return new Page<>(
              items, more ? PageCursor.of(items.get(items.size() - 1).id().toString()) : null);
        });
  }

  @Override
  public List<ConsentEntryId> deleteAll(TenantId tenant, ContactId contact) {
    requireNonNull(contact, "contact");
    Ledger ledger = of(tenant);
    NavigableMap<ConsentEntryId, ConsentEntry> entries = new TreeMap<>();
    Map<Subscription, ConsentEntry> current = new HashMap<>();
    Map<String, ConsentConfirmation> confirmations = new HashMap<>();
    store.write(
        () -> {
          entries.putAll(ledger.entries.getOrDefault(contact, new TreeMap<>()));
          ledger.entries.remove(contact);
          entries.keySet().forEach(ledger.ids::remove);
          ledger.current.forEach(
              (subscription, entry) -> {
                if (subscription.contact().equals(contact)) {
                  current.put(subscription, entry);
                }
              });
          ledger.current.keySet().removeAll(current.keySet());
          ledger.confirmations.forEach(
              (digest, confirmation) -> {
                if (confirmation.subscription().contact().equals(contact)) {
                  confirmations.put(digest, confirmation);
                }
              });
          ledger.confirmations.keySet().removeAll(confirmations.keySet());
        },
        () -> {
          ledger.entriesOf(contact).putAll(entries);
          entries.keySet().forEach(id -> ledger.ids.put(id, contact));
          ledger.current.putAll(current);
          ledger.confirmations.putAll(confirmations);
        });
    return List.copyOf(entries.keySet());
  }

  @Override
  public void insert(ConsentConfirmation confirmation) {
    requireNonNull(confirmation, "confirmation");
    Ledger ledger = of(confirmation.tenant());
    store.write(
        () -> {
          if (ledger.confirmations.containsKey(confirmation.tokenDigest())) {
            throw new DuplicateException(
                "consent confirmation", "token", "(secret)", confirmation.pending().toString());
          }
          ledger.confirmations.put(confirmation.tokenDigest(), confirmation);
        },
        () -> ledger.confirmations.remove(confirmation.tokenDigest()));
  }

  @Override
  public Optional<ConsentConfirmation> findConfirmation(TenantId tenant, String tokenDigest) {
    requireNonNull(tokenDigest, "tokenDigest");
    return store.read(() -> Optional.ofNullable(of(tenant).confirmations.get(tokenDigest)));
  }

  @Override
  public boolean markUsed(TenantId tenant, String tokenDigest, Instant at) {
    requireNonNull(tokenDigest, "tokenDigest");
    requireNonNull(at, "at");
    Ledger ledger = of(tenant);
    ConsentConfirmation[] before = new ConsentConfirmation[1];
    store.write(
        () -> {
          ConsentConfirmation stored = ledger.confirmations.get(tokenDigest);
          if (stored != null && stored.usedAt() == null) {
            before[0] = stored;
            ledger.confirmations.put(
                tokenDigest,
                new ConsentConfirmation(
                    stored.tenant(),
                    stored.tokenDigest(),
                    stored.subscription(),
                    stored.pending(),
                    stored.expiresAt(),
                    at));
          }
        },
        () -> {
          if (before[0] != null) {
            ledger.confirmations.put(tokenDigest, before[0]);
          }
        });
    return before[0] != null;
  }

  @Override
  public List<SubscriptionType> types(TenantId tenant) {
    return store.read(() -> List.copyOf(of(tenant).types.values()));
  }

  @Override
  public void save(TenantId tenant, SubscriptionType type) {
    requireNonNull(type, "type");
    Ledger ledger = of(tenant);
    SubscriptionType[] replaced = new SubscriptionType[1];
    store.write(
        () -> replaced[0] = ledger.types.put(type.purpose().value(), type),
        () -> {
          if (replaced[0] == null) {
            ledger.types.remove(type.purpose().value());
          } else {
            ledger.types.put(type.purpose().value(), replaced[0]);
          }
        });
  }

  private static ConsentEntryId afterCursor(PageCursor cursor) {
    try {
      return ConsentEntryId.of(UUID.fromString(cursor.value()));
    } catch (IllegalArgumentException notOurs) {
      throw new IllegalArgumentException(
          "not a consent history cursor: " + cursor.value(), notOurs);
    }
  }

  private Ledger of(TenantId tenant) {
    return ledgers.computeIfAbsent(requireNonNull(tenant, "tenant"), any -> new Ledger());
  }

  /** One tenant's ledger; its maps change only under the store's write lock. */
  private static final class Ledger {
    final Map<ContactId, TreeMap<ConsentEntryId, ConsentEntry>> entries = new HashMap<>();
    final Map<ConsentEntryId, ContactId> ids = new HashMap<>();
    final Map<Subscription, ConsentEntry> current = new HashMap<>();
    final Map<String, ConsentConfirmation> confirmations = new HashMap<>();
    final TreeMap<String, SubscriptionType> types = new TreeMap<>();

    NavigableMap<ConsentEntryId, ConsentEntry> entriesOf(ContactId contact) {
      return entries.computeIfAbsent(contact, any -> new TreeMap<>());
    }
  }
}
