package io.crmkit.benchmarks.campaign;

import io.crmkit.core.Crm;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.campaign.Audience;
import io.crmkit.core.consent.Channel;
import io.crmkit.core.consent.ConsentEvidence;
import io.crmkit.core.consent.ConsentSource;
import io.crmkit.core.consent.LegalBasis;
import io.crmkit.core.consent.Purpose;
import io.crmkit.core.consent.Subscription;
import io.crmkit.core.consent.SuppressedAddress;
import io.crmkit.core.consent.SuppressionReason;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.contactpoint.EmailAddress;
import io.crmkit.core.spi.CrmStorage;
import io.crmkit.scoring.audience.SegmentAudiences;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The newsletter audience both benchmarks resolve: contact number {@code n} has the address {@link
 * #email}, one of {@link #DOMAINS} domains; seven in ten granted the newsletter by email and one in
 * ten granted and then withdrew it; one address in a hundred and the domain {@link
 * #SUPPRESSED_DOMAIN} (one contact in fifty) are on the suppression list; every contact is on the
 * static list {@link #LIST}. So 67 % of the contacts may be sent the newsletter.
 */
final class Newsletter {

  static final TenantId TENANT = TenantId.of("bench");
  static final UserId MARKETER = UserId.of("marketing");
  static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
  static final Purpose PURPOSE = Purpose.of("newsletter");
  static final Channel CHANNEL = Channel.EMAIL;
  static final String LIST = "newsletter-readers";
  static final Audience AUDIENCE = Audience.ofLists(LIST);
  static final int DOMAINS = 50;
  static final int SUPPRESSED_DOMAIN_NUMBER = 42;
  static final String SUPPRESSED_DOMAIN = domain(SUPPRESSED_DOMAIN_NUMBER);

  private static final ConsentEvidence SIGN_UP =
      ConsentEvidence.of("Send me the newsletter", "footer", "192.0.2.1");

  private Newsletter() {}

  /** Returns the CRM over {@code storage} that both benchmarks resolve the audience with. */
  static Crm crm(CrmStorage storage) {
    return Crm.builder()
        .storage(storage)
        .tenant(TENANT)
        .actor(MARKETER)
        .clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .audiences(new SegmentAudiences())
        .build();
  }

  static String email(int n) {
    return "p" + n + "@" + domain(n % DOMAINS);
  }

  static String domain(int number) {
    return "d" + number + ".example";
  }

  static ContactDetails details(int n) {
    return ContactDetails.builder().name("Given" + n, "Family" + n).email(email(n)).build();
  }

  /** Whether contact {@code n}'s newsletter subscription was ever granted. */
  static boolean granted(int n) {
    return n % 10 <= 7;
  }

  /** Whether contact {@code n} withdrew the newsletter after granting it. */
  static boolean withdrawn(int n) {
    return n % 10 == 7;
  }

  static boolean addressSuppressed(int n) {
    return n % 100 == 3;
  }

  /** Whether contact {@code n} may be sent the newsletter. */
  static boolean allowed(int n) {
    return granted(n)
        && !withdrawn(n)
        && !addressSuppressed(n)
        && n % DOMAINS != SUPPRESSED_DOMAIN_NUMBER;
  }

  /** How many of the first {@code count} contacts may be sent the newsletter. */
  static long allowedAmong(int count) {
    return IntStream.range(0, count).filter(Newsletter::allowed).count();
  }

  /** Defines the newsletter and suppresses the domain, through the CRM. */
  static void prepare(Crm crm) {
    crm.consent().defineType(PURPOSE, "Newsletter");
    crm.consent()
        .suppress(SuppressedAddress.domain(SUPPRESSED_DOMAIN), SuppressionReason.COMPLAINT);
  }

  /** Records contact {@code n}'s consent and suppression through the CRM. */
  static void record(Crm crm, int n, ContactId contact) {
    Subscription subscription = Subscription.of(contact, CHANNEL, PURPOSE);
    if (granted(n)) {
      crm.consent().grant(subscription, LegalBasis.CONSENT, ConsentSource.FORM, SIGN_UP);
    }
    if (withdrawn(n)) {
      crm.consent().withdraw(subscription, ConsentSource.LINK);
    }
    if (addressSuppressed(n)) {
      crm.consent()
          .suppress(
              SuppressedAddress.email(EmailAddress.of(email(n))), SuppressionReason.HARD_BOUNCE);
    }
  }

  /**
   * crmkit's path: the audience resolved as a starting campaign does, then its bulk consent check.
   */
  static Set<ContactId> resolve(Crm crm) {
    Set<ContactId> members = new SegmentAudiences().resolve(crm, AUDIENCE);
    return crm.consent().allowed(members, CHANNEL, PURPOSE);
  }
}
