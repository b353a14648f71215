package io.crmkit.core.consent.internal;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.Iterables;
import io.crmkit.core.DomainEvent;
import io.crmkit.core.NotFoundException;
import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.TenantId;
import io.crmkit.core.consent.Channel;
import io.crmkit.core.consent.ConsentConfirmation;
import io.crmkit.core.consent.ConsentEntry;
import io.crmkit.core.consent.ConsentEntryId;
import io.crmkit.core.consent.ConsentEvent.AddressSuppressed;
import io.crmkit.core.consent.ConsentEvent.AddressUnsuppressed;
import io.crmkit.core.consent.ConsentEvent.ConsentConfirmationRequested;
import io.crmkit.core.consent.ConsentEvent.ConsentConfirmed;
import io.crmkit.core.consent.ConsentEvent.ConsentGranted;
import io.crmkit.core.consent.ConsentEvent.ConsentWithdrawn;
import io.crmkit.core.consent.ConsentEvidence;
import io.crmkit.core.consent.ConsentService;
import io.crmkit.core.consent.ConsentSource;
import io.crmkit.core.consent.ConsentStatus;
import io.crmkit.core.consent.ConsentTokenException;
import io.crmkit.core.consent.ConsentTokenException.Problem;
import io.crmkit.core.consent.LegalBasis;
import io.crmkit.core.consent.PendingConfirmation;
import io.crmkit.core.consent.Purpose;
import io.crmkit.core.consent.SendDecision;
import io.crmkit.core.consent.Subscription;
import io.crmkit.core.consent.SubscriptionType;
import io.crmkit.core.consent.SuppressedAddress;
import io.crmkit.core.consent.Suppression;
import io.crmkit.core.consent.SuppressionReason;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.internal.CrmContext;
import io.crmkit.core.internal.FieldErrors;
import io.crmkit.core.internal.LinkedRecords;
import io.crmkit.core.spi.ConsentRepository;
import io.crmkit.core.spi.ContactRepository;
import io.crmkit.core.spi.SuppressionRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The {@link ConsentService} of an opened CRM, over its storage and context; built by {@code Crm}
 * only.
 */
public final class DefaultConsentService implements ConsentService {

  private static final Duration MIN_CONFIRMATION_VALIDITY = Duration.ofMinutes(1);

  private final CrmContext context;
  private final Supplier<ConsentRepository> ledger;
  private final Supplier<SuppressionRepository> suppressions;
  private final ContactRepository contacts;
  private final LinkedRecords linked;
  private final @Nullable UnsubscribeTokens unsubscribeTokens;
  private final ConfirmationTokens confirmationTokens = new ConfirmationTokens();

  /**
   * @param context the opened CRM's context
   * @param ledger where the ledger is kept, asked for on first use (a storage may keep none)
   * @param suppressions where the suppression lists are kept, asked for on first use
   * @param contacts the contacts whose addresses a decision needs
   * @param linked the check of the contact ids commands take
   * @param unsubscribeTokens signs the unsubscribe links; null if the host gave no secret
   */
  public DefaultConsentService(
      CrmContext context,
      Supplier<ConsentRepository> ledger,
      Supplier<SuppressionRepository> suppressions,
      ContactRepository contacts,
      LinkedRecords linked,
      @Nullable UnsubscribeTokens unsubscribeTokens) {
    this.context = requireNonNull(context, "context");
    this.ledger = requireNonNull(ledger, "ledger");
    this.suppressions = requireNonNull(suppressions, "suppressions");
    this.contacts = requireNonNull(contacts, "contacts");
    this.linked = requireNonNull(linked, "linked");
    this.unsubscribeTokens = unsubscribeTokens;
  }

  @Override
  public SubscriptionType defineType(Purpose purpose, String name) {
    SubscriptionType type = new SubscriptionType(purpose, name);
    return write(
        events -> {
          ledger.get().save(context.tenant(), type);
          return type;
        });
  }

  @Override
  public List<SubscriptionType> types() {
    return read(() -> ledger.get().types(context.tenant()));
  }

  @Override
  public ConsentEntry grant(
      Subscription subscription, LegalBasis basis, ConsentSource source, ConsentEvidence evidence) {
    requireNonNull(subscription, "subscription");
    requireNonNull(basis, "basis");
    requireNonNull(source, "source");
    requireNonNull(evidence, "evidence");
    return write(
        events -> {
          requireDefined(subscription.purpose(), null);
          requireContact(subscription.contact());
          ConsentEntry entry =
              append(
                  context.tenant(), subscription, ConsentStatus.GRANTED, basis, source, evidence);
          events.add(
              new ConsentGranted(
                  entry.tenant(),
                  entry.id(),
                  entry.contact(),
                  subscription.channel(),
                  subscription.purpose(),
                  basis,
                  source,
                  entry.at(),
                  entry.by()));
          return entry;
        });
  }

  @Override
  public PendingConfirmation requestConfirmation(
      Subscription subscription,
      ConsentSource source,
      ConsentEvidence evidence,
      Duration validFor) {
    requireNonNull(subscription, "subscription");
    requireNonNull(source, "source");
    requireNonNull(evidence, "evidence");
    requireNonNull(validFor, "validFor");
    return write(
        events -> {
          requireDefined(subscription.purpose(), validFor);
          requireContact(subscription.contact());
          TenantId tenant = context.tenant();
          ConsentEntry pending =
              append(
                  tenant,
                  subscription,
                  ConsentStatus.PENDING_CONFIRMATION,
                  LegalBasis.CONSENT,
                  source,
                  evidence);
          String token = confirmationTokens.issue(tenant);
          Instant expiresAt = pending.at().plus(validFor);
          ledger
              .get()
              .insert(
                  new ConsentConfirmation(
                      tenant,
                      ConfirmationTokens.digest(token),
                      subscription,
                      pending.id(),
                      expiresAt,
                      null));
          events.add(
              new ConsentConfirmationRequested(
                  tenant,
                  pending.id(),
                  pending.contact(),
                  subscription.channel(),
                  subscription.purpose(),
                  source,
                  expiresAt,
                  pending.at(),
                  pending.by()));
          return new PendingConfirmation(pending, token, expiresAt);
        });
  }

  @Override
  public ConsentEntry confirm(String token, ConsentEvidence evidence) {
    requireNonNull(evidence, "evidence");
    TenantId tenant = ConfirmationTokens.tenantOf(token);
    String digest = ConfirmationTokens.digest(token);
    return write(
        events -> {
          ConsentConfirmation confirmation =
              ledger
                  .get()
                  .findConfirmation(tenant, digest)
                  .orElseThrow(ConfirmationTokens::invalid);
          Instant now = context.now();
          if (confirmation.usedAt() != null) {
            throw new ConsentTokenException(Problem.USED, "confirmation");
          }
          if (!now.isBefore(confirmation.expiresAt())) {
            throw new ConsentTokenException(Problem.EXPIRED, "confirmation");
          }
          if (!ledger.get().markUsed(tenant, digest, now)) {
            throw new ConsentTokenException(Problem.USED, "confirmation");
          }
          Subscription subscription = confirmation.subscription();
          ConsentEntry entry =
              append(
                  tenant,
                  subscription,
                  ConsentStatus.GRANTED,
                  LegalBasis.CONSENT,
                  ConsentSource.LINK,
                  evidence);
          events.add(
              new ConsentConfirmed(
                  tenant,
                  entry.id(),
                  confirmation.pending(),
                  entry.contact(),
                  subscription.channel(),
                  subscription.purpose(),
                  entry.at(),
                  entry.by()));
          return entry;
        });
  }

  @Override
  public ConsentEntry withdraw(Subscription subscription, ConsentSource source) {
    requireNonNull(subscription, "subscription");
    requireNonNull(source, "source");
    return write(
        events -> {
          requireDefined(subscription.purpose(), null);
          requireContact(subscription.contact());
          return withdrawal(context.tenant(), subscription, source, events);
        });
  }

  @Override
  public List<ConsentEntry> withdrawAll(ContactId contact, ConsentSource source) {
    requireNonNull(contact, "contact");
    requireNonNull(source, "source");
    return write(
        events -> {
          Contact person = requireContact(contact);
          TenantId tenant = context.tenant();
          List<ConsentEntry> withdrawn = new ArrayList<>();
          for (ConsentEntry current : ledger.get().current(tenant, contact)) {
            if (current.status() != ConsentStatus.WITHDRAWN) {
              withdrawn.add(withdrawal(tenant, current.subscription(), source, events));
            }
          }
          List<SuppressedAddress> addresses = new ArrayList<>();
          person.details().emails().forEach(email -> addresses.add(SuppressedAddress.email(email)));
          person.details().phones().forEach(phone -> addresses.add(SuppressedAddress.phone(phone)));
          for (SuppressedAddress address : addresses) {
            add(suppression(address, SuppressionReason.UNSUBSCRIBED_ALL), events);
          }
          return List.copyOf(withdrawn);
        });
  }

  @Override
  public Optional<ConsentEntry> current(Subscription subscription) {
    requireNonNull(subscription, "subscription");
    return read(
        () -> {
          requireContact(subscription.contact());
          return ledger.get().current(context.tenant(), subscription);
        });
  }

  @Override
  public List<ConsentEntry> current(ContactId contact) {
    requireNonNull(contact, "contact");
    return read(
        () -> {
          requireContact(contact);
          return ledger.get().current(context.tenant(), contact);
        });
  }

  @Override
  public Page<ConsentEntry> history(ContactId contact, PageRequest page) {
    requireNonNull(contact, "contact");
    requireNonNull(page, "page");
    return read(
        () -> {
          requireContact(contact);
          return ledger.get().history(context.tenant(), contact, page);
        });
  }

  @Override
  public Suppression suppress(SuppressedAddress address, SuppressionReason reason) {
    requireNonNull(address, "address");
    requireNonNull(reason, "reason");
    return write(
        events -> {
          add(suppression(address, reason), events);
          return suppressions
              .get()
              .find(context.tenant(), address)
              .orElseThrow(() -> new IllegalStateException("suppression not kept: " + address));
        });
  }

  @Override
  public boolean unsuppress(SuppressedAddress address) {
    requireNonNull(address, "address");
    return write(
        events -> {
          boolean removed = suppressions.get().remove(context.tenant(), address);
          if (removed) {
            events.add(
                new AddressUnsuppressed(context.tenant(), address, context.now(), context.actor()));
          }
          return removed;
        });
  }

  @Override
  public Optional<Suppression> suppression(SuppressedAddress address) {
    requireNonNull(address, "address");
    return read(() -> suppressions.get().find(context.tenant(), address));
  }

  @Override
  public SendDecision maySend(Subscription subscription) {
    requireNonNull(subscription, "subscription");
    return read(
        () -> {
          requireDefined(subscription.purpose(), null);
          Contact contact = requireContact(subscription.contact());
          TenantId tenant = context.tenant();
          List<SuppressedAddress> suppressible =
              SendRules.suppressible(contact, subscription.channel());
          return SendRules.decide(
              subscription,
              contact,
              suppressible,
              ledger.get().current(tenant, subscription).orElse(null),
              listed(tenant, suppressible));
        });
  }

  @Override
  public Set<ContactId> allowed(Collection<ContactId> ids, Channel channel, Purpose purpose) {
    requireNonNull(ids, "contacts");
    requireNonNull(channel, "channel");
    requireNonNull(purpose, "purpose");
    read(() -> requireDefined(purpose, null));
    Set<ContactId> allowed = new HashSet<>();
    for (List<ContactId> batch :
        Iterables.partition(new LinkedHashSet<>(ids), PageRequest.MAX_SIZE)) {
      allowed.addAll(read(() -> allowedIn(batch, channel, purpose)));
    }
    return Set.copyOf(allowed);
  }

  /** Decides for one batch: the ledger, the contacts granted, then their suppressions. */
  private Set<ContactId> allowedIn(List<ContactId> batch, Channel channel, Purpose purpose) {
    TenantId tenant = context.tenant();
    Map<ContactId, ConsentEntry> current = ledger.get().current(tenant, batch, channel, purpose);
    List<ContactId> granted =
        current.values().stream().filter(ConsentEntry::grants).map(ConsentEntry::contact).toList();
    if (granted.isEmpty()) {
      return Set.of();
    }
    List<Contact> candidates = contacts.findAll(tenant, granted);
    // each contact's addresses once: normalising them is most of the work in memory
    List<List<SuppressedAddress>> suppressible = new ArrayList<>(candidates.size());
    candidates.forEach(contact -> suppressible.add(SendRules.suppressible(contact, channel)));
    Set<SuppressedAddress> listed =
        listed(tenant, suppressible.stream().flatMap(List::stream).toList());
    Set<ContactId> allowed = new HashSet<>();
    for (int i = 0; i < candidates.size(); i++) {
      Contact contact = candidates.get(i);
      Subscription subscription = Subscription.of(contact.id(), channel, purpose);
      SendDecision decision =
          SendRules.decide(
              subscription, contact, suppressible.get(i), current.get(contact.id()), listed);
      if (decision.allowed()) {
        allowed.add(contact.id());
      }
    }
    return allowed;
  }

  @Override
  public String unsubscribeToken(Subscription subscription) {
    requireNonNull(subscription, "subscription");
    return read(
        () -> {
          requireDefined(subscription.purpose(), null);
          requireContact(subscription.contact());
          return signer().sign(context.tenant(), subscription);
        });
  }

  @Override
  public ConsentEntry unsubscribe(String token) {
    UnsubscribeTokens.Signed signed = signer().verify(token);
    TenantId tenant = signed.tenant();
    Subscription subscription = signed.subscription();
    return write(
        events -> {
          if (contacts.find(tenant, subscription.contact()).isEmpty()) {
            throw new NotFoundException("contact", subscription.contact());
          }
          Optional<ConsentEntry> current = ledger.get().current(tenant, subscription);
          if (current.isPresent() && current.get().status() == ConsentStatus.WITHDRAWN) {
            return current.get();
          }
          return withdrawal(tenant, subscription, ConsentSource.LINK, events);
        });
  }

  private UnsubscribeTokens signer() {
    if (unsubscribeTokens == null) {
      throw new IllegalStateException(
          "no unsubscribe secret: build the CRM with CrmBuilder.unsubscribeSecret(..)");
    }
    return unsubscribeTokens;
  }

  private ConsentEntry withdrawal(
      TenantId tenant, Subscription subscription, ConsentSource source, List<DomainEvent> events) {
    LegalBasis basis =
        ledger
            .get()
            .current(tenant, subscription)
            .map(ConsentEntry::basis)
            .orElse(LegalBasis.CONSENT);
    ConsentEntry entry =
        append(tenant, subscription, ConsentStatus.WITHDRAWN, basis, source, ConsentEvidence.NONE);
    events.add(
        new ConsentWithdrawn(
            tenant,
            entry.id(),
            entry.contact(),
            subscription.channel(),
            subscription.purpose(),
            source,
            entry.at(),
            entry.by()));
    return entry;
  }

  /** Puts {@code suppression} on the list, raising an event unless its address was there. */
  private void add(Suppression suppression, List<DomainEvent> events) {
    if (suppressions.get().add(suppression)) {
      events.add(
          new AddressSuppressed(
              suppression.tenant(),
              suppression.address(),
              suppression.reason(),
              suppression.at(),
              suppression.by()));
    }
  }

  private ConsentEntry append(
      TenantId tenant,
      Subscription subscription,
      ConsentStatus status,
      LegalBasis basis,
      ConsentSource source,
      ConsentEvidence evidence) {
    ConsentEntry entry =
        new ConsentEntry(
            ConsentEntryId.of(context.ids().next()),
            tenant,
            subscription,
            status,
            basis,
            source,
            evidence,
            context.now(),
            context.actor());
    ledger.get().append(entry);
    return entry;
  }

  private Suppression suppression(SuppressedAddress address, SuppressionReason reason) {
    return new Suppression(context.tenant(), address, reason, context.now(), context.actor());
  }

  private Set<SuppressedAddress> listed(TenantId tenant, List<SuppressedAddress> addresses) {
    if (addresses.isEmpty()) {
      return Set.of();
    }
    return suppressions.get().findAll(tenant, addresses).stream()
        .map(Suppression::address)
        .collect(Collectors.toSet());
  }

  /**
   * Returns {@code purpose} if the tenant defines it and {@code validFor} is null or within bounds;
   * otherwise throws a validation error naming {@code purpose} or {@code validFor}.
   */
  private Purpose requireDefined(Purpose purpose, @Nullable Duration validFor) {
    FieldErrors errors = new FieldErrors();
    boolean defined =
        ledger.get().types(context.tenant()).stream()
            .anyMatch(type -> type.purpose().equals(purpose));
    errors.require(defined, "purpose", purpose.value(), "is not a subscription type of the tenant");
    if (validFor != null) {
      errors.require(
          validFor.compareTo(MIN_CONFIRMATION_VALIDITY) >= 0
              && validFor.compareTo(MAX_CONFIRMATION_VALIDITY) <= 0,
          "validFor",
          validFor,
          "must be 1 minute to " + MAX_CONFIRMATION_VALIDITY.toDays() + " days");
    }
    errors.throwIfAny("consent");
    return purpose;
  }

  /** Returns the contact {@code id} of the acting tenant, checked as every linked id is. */
  private Contact requireContact(ContactId id) {
    linked.links().contact(id).require();
    return contacts
        .find(context.tenant(), id)
        .orElseThrow(() -> new NotFoundException("contact", id));
  }

  private <T> T write(Function<List<DomainEvent>, T> command) {
    return context.transactions().write(command);
  }

  private <T> T read(Supplier<T> query) {
    return context.transactions().unitOfWork().read(query);
  }
}
