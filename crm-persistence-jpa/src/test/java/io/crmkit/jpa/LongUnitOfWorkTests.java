package io.crmkit.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.Crm;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.contactpoint.EmailAddress;
import io.crmkit.core.fixtures.TestClock;
import io.crmkit.core.timeline.ActivityDetails.Note;
import io.crmkit.core.timeline.ActivityEntry;
import io.crmkit.jpa.internal.JpaSession;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A unit of work far longer than the adapter's clearing interval still reads its own writes, still
 * updates what it read before a clear, and still commits or rolls back as one.
 */
@ExtendWith(ProviderLimits.class)
class LongUnitOfWorkTests {

  private static final int CONTACTS = 3 * JpaSession.CALLS_BETWEEN_CLEARS;

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aLongUnitSeesAndCommitsEveryWriteAcrossClears(TestDatabase database) {
    database.assumeConfigured();
    JpaCrmStorage storage = database.freshStorage();
    Crm crm = Crm.builder().storage(storage).clock(TestClock.atStart()).build();

    List<Contact> updated =
        storage
            .unitOfWork()
            .execute(
                () -> {
                  List<Contact> created = new ArrayList<>();
                  for (int i = 0; i < CONTACTS; i++) {
                    created.add(crm.contacts().create(person(i)));
                  }
                  List<Contact> renamed = new ArrayList<>();
                  for (Contact contact : created) {
                    crm.timeline()
                        .log(ActivityEntry.of(new Note()).about(contact.id()).subject("met"));
                    renamed.add(
                        crm.contacts()
                            .update(
                                contact.id(),
                                contact.version(),
                                contact.details().toBuilder().jobTitle("buyer").build()));
                  }
                  assertThat(crm.contacts().findByEmail(EmailAddress.of("p0@example.com")))
                      .contains(renamed.get(0));
                  return renamed;
                });

    assertThat(crm.contacts().count()).isEqualTo(CONTACTS);
    assertThat(crm.contacts().get(updated.get(CONTACTS - 1).id()))
        .isEqualTo(updated.get(CONTACTS - 1));
    assertThat(database.rowCounts()).containsEntry("crm_activity", (long) CONTACTS);
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aLongUnitThatFailsAfterClearsLeavesNothing(TestDatabase database) {
    database.assumeConfigured();
    JpaCrmStorage storage = database.freshStorage();
    Crm crm = Crm.builder().storage(storage).clock(TestClock.atStart()).build();

    assertThatThrownBy(
            () ->
                storage
                    .unitOfWork()
                    .execute(
                        () -> {
                          for (int i = 0; i < CONTACTS; i++) {
                            crm.contacts().create(person(i));
                          }
                          throw new IllegalStateException("the job fails at the end");
                        }))
        .hasMessageContaining("the job fails at the end");

    assertThat(database.rowCounts())
        .containsEntry("crm_contact", 0L)
        .containsEntry("crm_outbox", 0L);
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aLongUnitClosesTheStatementOfEachQueryAsItGoes(TestDatabase database) {
    database.assumeConfigured();
    database.clean();
    JdbcCalls calls = new JdbcCalls();
    EntityManagerFactory factory = database.factoryCountedBy(calls);
    try {
      JpaCrmStorage storage = JpaCrmStorage.create(factory);
      Crm crm = Crm.builder().storage(storage).clock(TestClock.atStart()).build();
      Contact contact = crm.contacts().create(person(0));

      long openAtTheEnd =
          storage
              .unitOfWork()
              .execute(
                  () -> {
                    for (int i = 0; i < CONTACTS; i++) {
                      // each entry asks for the contact's owner, and the email lookup for its row
                      crm.timeline()
                          .log(ActivityEntry.of(new Note()).about(contact.id()).subject("call"));
                      assertThat(crm.contacts().findByEmail(EmailAddress.of("p0@example.com")))
                          .isPresent();
                    }
                    return calls.openStatements.get();
                  });

      // held open, each query's statement would keep its resources (and, on H2, its parsed
      // command, which could then not be reused) until the unit ends
      assertThat(openAtTheEnd).isLessThan(5);
      assertThat(calls.openStatements.get()).isZero();
    } finally {
      factory.close();
    }
  }

  private static ContactDetails person(int i) {
    return ContactDetails.builder().name("P" + i, "Lima").email("p" + i + "@example.com").build();
  }
}
