package io.crmkit.examples;

import io.crmkit.core.Crm;
import io.crmkit.core.TenantId;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.timeline.ActivityDetails.PageVisit;
import io.crmkit.core.timeline.ActivityEntry;
import io.crmkit.jpa.JpaCrmStorage;
import io.crmkit.jpa.segment.JpaSegmentQuery;
import io.crmkit.scoring.CrmAnalytics;
import io.crmkit.scoring.audience.SegmentService;
import io.crmkit.scoring.segment.SegmentExpression;
import io.crmkit.scoring.segment.SegmentParser;
import io.crmkit.scoring.segment.SegmentSchema;
import jakarta.persistence.EntityManagerFactory;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Segments in SQL: the same segment text evaluated by the database, as one Criteria query with
 * bound parameters over the contact and timeline tables, and in memory by the segment service; both
 * select the same contacts.
 *
 * @since 0.1
 */
public final class SegmentsInSql {

  private static final TenantId TENANT = TenantId.of("acme");
  private static final Instant NOW = Instant.parse("2026-06-01T09:00:00Z");

  private SegmentsInSql() {}

  /** Stores four contacts in H2 and selects the recent pricing visitors on the newsletter. */
  public static void main(String[] args) {
    try (EntityManagerFactory factory = EmbeddedH2.openDatabase("crmkit-segments")) {
      Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
      Crm crm =
          Crm.builder().storage(JpaCrmStorage.create(factory)).tenant(TENANT).clock(clock).build();
      visitor(crm, "Ana", "newsletter", 3);
      visitor(crm, "Ben", "newsletter", 45);
      visitor(crm, "Chen", "webinar", 2);
      visitor(crm, "Dara", "newsletter", 10);

      String text = "has tag \"newsletter\" and has activity \"page_visit\" within last 30 days";
      SegmentService inMemory = CrmAnalytics.on(crm).segments();
      SegmentSchema schema = inMemory.schema();
      SegmentExpression expression = SegmentParser.parse(text, schema);
      List<ContactId> inSql =
          JpaSegmentQuery.builder(factory).build().allMembers(TENANT, schema, expression, clock);

      System.out.println("in SQL: " + names(crm, inSql));
      System.out.println("in memory: " + names(crm, inMemory.preview(text)));
      try {
        JpaSegmentQuery.builder(factory)
            .build()
            .allMembers(TENANT, schema, SegmentParser.parse("score >= 50", schema), clock);
      } catch (IllegalArgumentException refused) {
        System.out.println("refused in SQL: " + refused.getMessage());
      }
    }
  }

  /** Creates a contact with {@code tag} who visited the pricing page {@code daysAgo} days ago. */
  private static void visitor(Crm crm, String name, String tag, int daysAgo) {
    Contact contact =
        crm.contacts()
            .create(
                ContactDetails.builder()
                    .name(name, "Example")
                    .email(name.toLowerCase(Locale.ROOT) + "@example.com")
                    .tag(tag)
                    .build());
    crm.timeline()
        .log(
            ActivityEntry.of(new PageVisit(URI.create("https://example.com/pricing")))
                .about(contact.id())
                .at(NOW.minus(Duration.ofDays(daysAgo))));
  }

  private static Set<String> names(Crm crm, Iterable<ContactId> ids) {
    Set<String> names = new TreeSet<>();
    for (ContactId id : ids) {
      names.add(crm.contacts().get(id).details().name().given());
    }
    return names;
  }
}
