package io.crmkit.jpa;

import io.crmkit.core.Crm;
import io.crmkit.core.TenantId;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.fixtures.TestClock;
import io.crmkit.jpa.segment.JpaSegmentQuery;
import io.crmkit.scoring.CrmAnalytics;
import io.crmkit.scoring.audience.SegmentService;
import io.crmkit.scoring.audience.StaticListService;
import io.crmkit.scoring.internal.ScoringPorts;
import io.crmkit.scoring.segment.SegmentExpression;
import io.crmkit.scoring.segment.SegmentPrinter;
import io.crmkit.scoring.spi.SegmentRepository;
import java.util.HashSet;
import java.util.Set;

/**
 * A tenant's CRM on a test database with the custom fields segment tests use, and both ways of
 * evaluating a segment over it: in memory, through crm-scoring's segment service reading the same
 * contacts, and in the database, through {@link JpaSegmentQuery}.
 */
final class SegmentWorld {

  static final TenantId TENANT = TenantId.of("acme");

  final TestClock clock = TestClock.atStart();
  final JpaCrmStorage storage;
  final Crm crm;
  final SegmentService inMemory;
  final StaticListService lists;
  final SegmentRepository segments;
  final JpaSegmentQuery inDatabase;

  SegmentWorld(TestDatabase database) {
    storage = database.freshStorage();
    crm = Crm.builder().storage(storage).tenant(TENANT).clock(clock).build();
    SegmentPopulation.CUSTOM_FIELDS.forEach(crm.customFields()::define);
    inMemory = CrmAnalytics.on(crm).segments();
    lists = CrmAnalytics.on(crm).lists();
    segments = crm.moduleContext().port(ScoringPorts.SEGMENTS);
    inDatabase = JpaSegmentQuery.builder(database.factory()).segments(segments).build();
  }

  /** The contacts the in-memory evaluation selects. */
  Set<ContactId> inMemory(SegmentExpression expression) {
    return new HashSet<>(inMemory.preview(SegmentPrinter.print(expression)));
  }

  /** The contacts the database selects. */
  Set<ContactId> inDatabase(SegmentExpression expression) {
    return new HashSet<>(inDatabase.allMembers(TENANT, inMemory.schema(), expression, clock));
  }
}
