package io.crmkit.jpa.internal;

import io.crmkit.core.ExternalId;
import io.crmkit.core.UserId;
import io.crmkit.core.contactpoint.PhoneNumber;
import io.crmkit.core.contactpoint.PostalAddress;
import io.crmkit.core.contactpoint.SocialProfile;
import io.crmkit.core.party.Lifecycle;
import io.crmkit.core.party.LifecycleChange;
import io.crmkit.core.party.LifecycleStage;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The JSON shapes of the core's value objects inside document columns. They are spelled out here,
 * apart from the domain records, so that renaming a domain field never changes stored data
 * silently.
 */
public final class ValueDocuments {

  private ValueDocuments() {}

  /** A phone number: its E.164 form and the text it was given as. */
  public record Phone(String e164, String raw) {
    public static Phone from(PhoneNumber phone) {
      return new Phone(phone.e164(), phone.raw());
    }

    public PhoneNumber toPhone() {
      return new PhoneNumber(e164, raw);
    }
  }

  /** A postal address. */
  public record Address(
      List<String> lines, String city, String region, String postalCode, String country) {
    public static Address from(PostalAddress address) {
      return new Address(
          address.lines(),
          address.city(),
          address.region(),
          address.postalCode(),
          address.countryCode());
    }

    public PostalAddress toAddress() {
      return new PostalAddress(lines, city, region, postalCode, country);
    }
  }

  /** A social profile. */
  public record Profile(String network, String url) {
    public static Profile from(SocialProfile profile) {
      return new Profile(profile.network(), profile.url().toString());
    }

    public SocialProfile toProfile() {
      return new SocialProfile(network, URI.create(url));
    }
  }

  /** A key in another system. */
  public record External(String system, String value) {
    public static External from(ExternalId id) {
      return new External(id.system(), id.value());
    }

    public ExternalId toExternalId() {
      return new ExternalId(system, value);
    }
  }

  /** One change of lifecycle stage. */
  public record StageChange(
      @Nullable LifecycleStage from, LifecycleStage to, Instant at, String by) {
    public static List<StageChange> from(Lifecycle lifecycle) {
      return lifecycle.history().stream()
          .map(c -> new StageChange(c.from(), c.to(), c.at(), c.by().value()))
          .toList();
    }

    public static Lifecycle toLifecycle(List<StageChange> changes) {
      return new Lifecycle(
          changes.stream()
              .map(c -> new LifecycleChange(c.from(), c.to(), c.at(), UserId.of(c.by())))
              .toList());
    }
  }
}
