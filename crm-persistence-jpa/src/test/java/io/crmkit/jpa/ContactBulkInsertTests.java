package io.crmkit.jpa;

import static io.crmkit.core.fixtures.ContactFixtures.OTHER_TENANT;
import static io.crmkit.core.fixtures.ContactFixtures.TENANT;
import static io.crmkit.core.fixtures.ContactFixtures.aContact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.DuplicateException;
import io.crmkit.core.ExternalId;
import io.crmkit.core.PageRequest;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactQuery;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The adapter's bulk path for imports: few round trips, JDBC batches, all or nothing. */
@ExtendWith(ProviderLimits.class)
class ContactBulkInsertTests {

  private static final int CONTACTS = 1_000;

  /** Rows per contact: its own, its email key, two name-word keys and its external id key. */
  private static final int ROWS_PER_CONTACT = 5;

  /**
   * What a host may set about statement ordering besides {@code hibernate.jdbc.batch_size=50}:
   * nothing (as in the README), {@code order_inserts}, or {@code order_inserts} and {@code
   * order_updates} (which also sorts collection writes by role). The contact's child rows must
   * batch across contacts with each of them.
   */
  enum HostOrdering {
    NONE(false, false),
    INSERTS(true, false),
    INSERTS_AND_UPDATES(true, true);

    private final boolean orderInserts;
    private final boolean orderUpdates;

    HostOrdering(boolean orderInserts, boolean orderUpdates) {
      this.orderInserts = orderInserts;
      this.orderUpdates = orderUpdates;
    }

    PersistenceConfiguration applyTo(PersistenceConfiguration unit) {
      return unit.property("hibernate.order_inserts", String.valueOf(orderInserts))
          .property("hibernate.order_updates", String.valueOf(orderUpdates));
    }
  }

  static Stream<Arguments> databasesAndOrderings() {
    return Arrays.stream(TestDatabase.values())
        .flatMap(db -> Arrays.stream(HostOrdering.values()).map(o -> Arguments.of(db, o)));
  }

  @ParameterizedTest(name = "{0}, ordering {1}")
  @MethodSource("databasesAndOrderings")
  void writesAThousandContactsInFullJdbcBatchesWhateverTheHostsOrdering(
      TestDatabase database, HostOrdering ordering) {
    database.assumeConfigured();
    database.clean();
    JdbcCalls calls = new JdbcCalls();
    EntityManagerFactory factory =
        TestProvider.CURRENT.createFactory(
            ordering.applyTo(TestDatabase.configuration(calls.counting(database.dataSource()))));
    try {
      JpaCrmStorage storage = JpaCrmStorage.create(factory);
      List<Contact> contacts = new ArrayList<>();
      for (int i = 0; i < CONTACTS; i++) {
        contacts.add(
            aContact()
                .named("Ana" + i, "Lima")
                .withEmail("ana" + i + "@example.com")
                .withExternalId("erp", "C" + i)
                .build());
      }
      calls.reset();

      storage.contacts().insertAll(contacts);

      long rows = (long) CONTACTS * ROWS_PER_CONTACT;
      assertThat(calls.batchedRows.get()).isEqualTo(rows);
      // two chunks of 500, each: 10 batches of contact rows and 40 of key rows, all full
      assertThat(calls.batches.get()).isEqualTo(rows / 50);
      // and per chunk three uniqueness queries (ids, primary emails, external ids), all of them
      // before the first write, so that none of them meets tables grown by the insert itself
      assertThat(calls.singleStatements.get()).isEqualTo(6);
      assertThat(calls.singleStatementsBeforeFirstBatch.get()).isEqualTo(6);
      assertThat((double) calls.roundTrips() / CONTACTS).isLessThan(0.11);
      assertThat(database.rowCounts())
          .containsEntry("crm_contact", (long) CONTACTS)
          .containsEntry("crm_contact_key", (long) CONTACTS * (ROWS_PER_CONTACT - 1));
      Contact last = contacts.get(CONTACTS - 1);
      assertThat(storage.contacts().find(TENANT, last.id())).contains(last);
      assertThat(storage.contacts().findByExternalId(TENANT, ExternalId.of("erp", "C999")))
          .contains(last);
    } finally {
      factory.close();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void refusesAnEmailRepeatedInTheBatchAndWritesNothing(TestDatabase database) {
    database.assumeConfigured();
    JpaCrmStorage storage = database.freshStorage();
    List<Contact> contacts =
        List.of(
            aContact().withEmail("ana@example.com").build(),
            aContact().withEmail("bruno@example.com").build(),
            aContact().withEmail("ana@example.com").build());

    assertThatThrownBy(() -> storage.contacts().insertAll(contacts))
        .isInstanceOf(DuplicateException.class)
        .hasMessage(
            "contact primaryEmail 'ana@example.com' is already taken by " + contacts.get(0).id());
    assertThat(database.rowCounts()).containsEntry("crm_contact", 0L);
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void refusesAKeyTakenInTheTenantAfterAFullChunkAndWritesNothing(TestDatabase database) {
    database.assumeConfigured();
    JpaCrmStorage storage = database.freshStorage();
    Contact existing = aContact().withExternalId("erp", "C-taken").build();
    storage.contacts().insert(existing);
    storage.contacts().insert(aContact().inTenant(OTHER_TENANT).withEmail("x@example.com").build());
    List<Contact> contacts = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      contacts.add(aContact().withEmail("c" + i + "@example.com").build());
    }
    // the other tenant's email is free here; the taken external id is in the second chunk
    contacts.add(aContact().withEmail("x@example.com").build());
    contacts.add(aContact().withExternalId("erp", "C-taken").build());
    Map<String, Long> before = database.rowCounts();

    assertThatThrownBy(() -> storage.contacts().insertAll(contacts))
        .isInstanceOf(DuplicateException.class)
        .hasMessage("contact externalId 'erp:C-taken' is already taken by " + existing.id());
    assertThat(storage.contacts().search(TENANT, ContactQuery.all(), PageRequest.first(10)).items())
        .containsExactly(existing);
    Map<String, Long> rows = database.rowCounts();
    assertThat(rows).containsEntry("crm_contact", 2L).isEqualTo(before);
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void checksTheLastChunkBeforeWritingTheFirst(TestDatabase database) {
    database.assumeConfigured();
    database.clean();
    JdbcCalls calls = new JdbcCalls();
    EntityManagerFactory factory = database.factoryCountedBy(calls);
    try {
      JpaCrmStorage storage = JpaCrmStorage.create(factory);
      Contact existing = aContact().withEmail("taken@example.com").build();
      storage.contacts().insert(existing);
      List<Contact> contacts = new ArrayList<>();
      for (int i = 0; i < 1_200; i++) {
        contacts.add(aContact().withEmail("c" + i + "@example.com").build());
      }
      contacts.add(aContact().withEmail("taken@example.com").build());
      calls.reset();

      assertThatThrownBy(() -> storage.contacts().insertAll(contacts))
          .isInstanceOf(DuplicateException.class)
          .hasMessage(
              "contact primaryEmail 'taken@example.com' is already taken by " + existing.id());
      assertThat(calls.batches.get()).isZero();
      assertThat(calls.batchedRows.get()).isZero();
      assertThat(database.rowCounts()).containsEntry("crm_contact", 1L);
    } finally {
      factory.close();
    }
  }

  @Test
  void refusesContactsOfTwoTenants() {
    JpaCrmStorage storage = TestDatabase.H2.freshStorage();
    List<Contact> contacts = List.of(aContact().build(), aContact().inTenant(OTHER_TENANT).build());

    assertThatThrownBy(() -> storage.contacts().insertAll(contacts))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a bulk insert takes the contacts of one tenant: acme and " + OTHER_TENANT);
  }
}
