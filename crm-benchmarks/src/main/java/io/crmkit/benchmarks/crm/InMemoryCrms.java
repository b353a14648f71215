package io.crmkit.benchmarks.crm;

import io.crmkit.core.Crm;
import io.crmkit.core.RecordType;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.customfield.CustomFieldDefinition;
import io.crmkit.core.customfield.CustomFieldType;
import io.crmkit.core.internal.TimeOrderedIdGenerator;
import io.crmkit.core.party.LifecycleStage;
import io.crmkit.core.spi.CrmStorage;
import io.crmkit.core.spi.IdGenerator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;

/**
 * The CRM every benchmark measures: in memory, one tenant, a fixed clock, seeded ids, and the
 * {@code segment} custom field defined on contacts; and contacts built the way it builds them.
 */
final class InMemoryCrms {

  static final TenantId TENANT = TenantId.of("acme");
  static final UserId OWNER = UserId.of("olivia");
  static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

  static final CustomFieldDefinition SEGMENT_FIELD =
      CustomFieldDefinition.of(
          RecordType.CONTACT,
          ContactSamples.SEGMENT,
          "Segment",
          CustomFieldType.SINGLE_SELECT,
          ContactSamples.SEGMENTS);

  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  private InMemoryCrms() {}

  /** Returns a new, empty CRM on {@code storage}, acting for {@link #OWNER}. */
  static Crm fresh(CrmStorage storage, long seed) {
    Crm crm =
        Crm.builder()
            .storage(storage)
            .tenant(TENANT)
            .actor(OWNER)
            .clock(CLOCK)
            .ids(ids(seed))
            .build();
    crm.customFields().define(SEGMENT_FIELD);
    return crm;
  }

  /** Returns the id source the CRM uses, seeded. */
  static IdGenerator ids(long seed) {
    return new TimeOrderedIdGenerator(CLOCK, new Random(seed));
  }

  /**
   * Returns contacts built as {@code crm.contacts().create(..)} builds them, ready to be stored
   * without further work.
   */
  static Contact[] prebuilt(List<ContactSample> samples, long seed) {
    IdGenerator ids = ids(seed);
    Contact[] contacts = new Contact[samples.size()];
    for (int i = 0; i < contacts.length; i++) {
      contacts[i] = prebuilt(samples.get(i).toDetails(), ContactId.of(ids.next()));
    }
    return contacts;
  }

  private static Contact prebuilt(ContactDetails details, ContactId id) {
    return Contact.create(id, TENANT, details, OWNER, LifecycleStage.LEAD, NOW, OWNER).state();
  }
}
