package io.crmkit.core.consent.internal;

import io.crmkit.core.consent.Channel;
import io.crmkit.core.consent.ConsentEntry;
import io.crmkit.core.consent.SendDecision;
import io.crmkit.core.consent.SendReason;
import io.crmkit.core.consent.Subscription;
import io.crmkit.core.consent.SuppressedAddress;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contactpoint.EmailAddress;
import io.crmkit.core.contactpoint.PostalAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The one rule of "may this contact be sent this message?": the contact needs an address for the
 * channel, the address (and for email its domain) must not be suppressed, and the subscription's
 * current ledger entry must grant consent. Both the single and the bulk question end here.
 */
final class SendRules {

  private SendRules() {}

  /**
   * Returns the suppression-list entries that would stop a message to {@code contact} on {@code
   * channel}: its address, and for email the address's domain. Letters are never suppressed.
   */
  static List<SuppressedAddress> suppressible(Contact contact, Channel channel) {
    List<SuppressedAddress> addresses = new ArrayList<>(2);
    switch (channel) {
      case EMAIL ->
          contact
              .details()
              .primaryEmail()
              .ifPresent(
                  email -> {
                    addresses.add(SuppressedAddress.email(email));
                    addresses.add(SuppressedAddress.domainOf(email));
                  });
      case SMS, PHONE ->
          contact.details().primaryPhone().map(SuppressedAddress::phone).ifPresent(addresses::add);
      case POST -> {
        // no suppression list of postal addresses: a withdrawal stops letters
      }
    }
    return addresses;
  }

  /**
   * Decides for {@code contact}, whose {@linkplain #suppressible suppressible addresses} are {@code
   * suppressible}, of which {@code suppressed} are on the list, and whose subscription's current
   * entry is {@code current}.
   */
  static SendDecision decide(
      Subscription subscription,
      Contact contact,
      List<SuppressedAddress> suppressible,
      @Nullable ConsentEntry current,
      Set<SuppressedAddress> suppressed) {
    Optional<String> address = address(contact, subscription.channel());
    if (address.isEmpty()) {
      return new SendDecision(subscription, SendReason.NO_ADDRESS, null, null);
    }
    String to = address.get();
    for (SuppressedAddress hit : suppressible) {
      if (suppressed.contains(hit)) {
        SendReason reason =
            switch (hit.kind()) {
              case DOMAIN -> SendReason.SUPPRESSED_DOMAIN;
              case EMAIL, PHONE -> SendReason.SUPPRESSED_ADDRESS;
            };
        return new SendDecision(subscription, reason, to, null);
      }
    }
    if (current == null) {
      return new SendDecision(subscription, SendReason.NEVER_ASKED, to, null);
    }
    SendReason reason =
        switch (current.status()) {
          case GRANTED -> SendReason.GRANTED;
          case WITHDRAWN -> SendReason.WITHDRAWN;
          case PENDING_CONFIRMATION -> SendReason.PENDING_CONFIRMATION;
        };
    return new SendDecision(subscription, reason, to, current.at());
  }

  private static Optional<String> address(Contact contact, Channel channel) {
    return switch (channel) {
      case EMAIL -> contact.details().primaryEmail().map(EmailAddress::value);
      case SMS, PHONE -> contact.details().primaryPhone().map(phone -> phone.e164());
      case POST -> contact.details().addresses().stream().findFirst().map(SendRules::oneLine);
    };
  }

  private static String oneLine(PostalAddress address) {
    List<String> parts = new ArrayList<>(address.lines());
    parts.add((address.postalCode() + " " + address.city()).strip());
    parts.add(address.countryCode());
    parts.removeIf(String::isEmpty);
    return String.join(", ", parts);
  }
}
