package io.crmkit.jpa;

import static io.crmkit.core.fixtures.ContactFixtures.OTHER_TENANT;
import static io.crmkit.core.fixtures.ContactFixtures.TENANT;
import static io.crmkit.core.fixtures.ContactFixtures.aContact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.common.DuplicateException;
import io.crmkit.core.common.PageRequest;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactQuery;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The adapter's bulk path for imports: few round trips, JDBC batches, all or nothing. */
class ContactBulkInsertTests {

  private static final int CONTACTS = 1_000;

  @Test
  void writesAThousandContactsInJdbcBatchesWithFewRoundTrips() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:bulk;DB_CLOSE_DELAY=-1");
    Flyway.configure().dataSource(h2).locations("classpath:db/migration/h2").load().migrate();
    JdbcCalls calls = new JdbcCalls();
    EntityManagerFactory factory =
        Persistence.createEntityManagerFactory(TestDatabase.configuration(calls.counting(h2)));
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

      storage.insertContacts(contacts);

      long rows = CONTACTS * 4L; // each: its row, email and name keys, an external id
      assertThat(calls.batchedRows.get()).isGreaterThanOrEqualTo(rows);
      // batches of 50 rows, plus three uniqueness queries per chunk of 500 and the commit
      assertThat(calls.roundTrips()).isLessThan(rows / 20);
      assertThat(storage.contacts().count(TENANT)).isEqualTo(CONTACTS);
      Contact last = contacts.get(CONTACTS - 1);
      assertThat(storage.contacts().find(TENANT, last.id())).contains(last);
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

    assertThatThrownBy(() -> storage.insertContacts(contacts))
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

    assertThatThrownBy(() -> storage.insertContacts(contacts))
        .isInstanceOf(DuplicateException.class)
        .hasMessage("contact externalId 'erp:C-taken' is already taken by " + existing.id());
    assertThat(storage.contacts().search(TENANT, ContactQuery.all(), PageRequest.first(10)).items())
        .containsExactly(existing);
    Map<String, Long> rows = database.rowCounts();
    assertThat(rows).containsEntry("crm_contact", 2L).containsEntry("crm_contact_external_id", 1L);
  }

  @Test
  void refusesContactsOfTwoTenants() {
    JpaCrmStorage storage = TestDatabase.H2.freshStorage();
    List<Contact> contacts = List.of(aContact().build(), aContact().inTenant(OTHER_TENANT).build());

    assertThatThrownBy(() -> storage.insertContacts(contacts))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a bulk insert takes the contacts of one tenant: acme and " + OTHER_TENANT);
  }
}
