package io.crmkit.jpa;

import static io.crmkit.core.fixtures.ContactFixtures.aContact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.ConcurrentUpdateException;
import io.crmkit.core.DuplicateException;
import io.crmkit.core.contact.Contact;
import io.crmkit.jpa.internal.PersistenceErrors;
import io.crmkit.jpa.internal.StoredAggregate;
import io.crmkit.jpa.internal.UniqueConstraint;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PersistenceErrorsTests {

  private final PersistenceErrors errors =
      new PersistenceErrors(
          List.of(new UniqueConstraint("crm_contact_primary_email_uk", "contact", "primaryEmail")));

  @Test
  void turnsAStaleRowIntoAConcurrentUpdateOfThatRecord() {
    StoredAggregate row =
        new StoredAggregate() {
          @Override
          public String kind() {
            return "contact";
          }

          @Override
          public String aggregateId() {
            return "c-1";
          }

          @Override
          public long storedVersion() {
            return 3;
          }
        };

    RuntimeException translated =
        errors.translate(new OptimisticLockException("stale", null, row), "committing");

    assertThat(translated)
        .isInstanceOf(ConcurrentUpdateException.class)
        .hasMessageContaining("contact c-1")
        .hasMessageContaining("version 3");
  }

  @Test
  void turnsAUniqueViolationIntoADuplicateOfItsDomainKey() {
    SQLException violation =
        new SQLException(
            "duplicate key value violates unique constraint \"crm_contact_primary_email_uk\"",
            "23505");

    RuntimeException translated =
        errors.translate(new PersistenceException("could not execute", violation), "committing");

    assertThat(translated).isInstanceOf(DuplicateException.class);
    assertThat(((DuplicateException) translated).key()).isEqualTo("primaryEmail");
  }

  @Test
  void wrapsAnyOtherProviderFailureSoThatNoPersistenceExceptionReachesTheHost() {
    PersistenceException lost =
        new PersistenceException("connection lost", new SQLException("gone", "08006"));

    RuntimeException translated = errors.translate(lost, "committing a unit of work");

    assertThat(translated)
        .isInstanceOf(StorageFailureException.class)
        .hasMessage("database failure while committing a unit of work")
        .hasCause(lost);
  }

  @Test
  void leavesTheCallersOwnExceptionsAlone() {
    IllegalStateException own = new IllegalStateException("the host's own failure");

    assertThat(errors.translate(own, "running")).isSameAs(own);
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void reportsARaceForAPrimaryEmailThatOnlyTheDatabaseSawAsADuplicate(TestDatabase database)
      throws Exception {
    database.assumeConfigured();
    JpaCrmStorage storage = database.freshStorage();
    Contact first = aContact().withEmail("ana@example.com").build();
    Contact second = aContact().withEmail("ana@example.com").build();
    CountDownLatch bothChecked = new CountDownLatch(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<?>> inserts = new ArrayList<>();
    try {
      for (Contact contact : List.of(first, second)) {
        inserts.add(
            pool.submit(
                () ->
                    storage
                        .unitOfWork()
                        .execute(
                            () -> {
                              // both pass the proactive check before either commits
                              storage.contacts().insert(contact);
                              bothChecked.countDown();
                              await(bothChecked);
                              return null;
                            })));
      }
      List<Throwable> failures = new ArrayList<>();
      for (Future<?> insert : inserts) {
        try {
          insert.get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
          failures.add(e.getCause());
        }
      }
      assertThat(failures).hasSize(1);
      assertThat(failures.get(0)).isInstanceOf(DuplicateException.class);
      assertThat(((DuplicateException) failures.get(0)).key()).isEqualTo("primaryEmail");
    } finally {
      pool.shutdownNow();
    }
    assertThat(storage.contacts().count(first.tenant())).isEqualTo(1);
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void refusesAStaleWriteThroughTheStorage() {
    JpaCrmStorage storage = TestDatabase.H2.freshStorage();
    Contact ana = aContact().build();
    storage.contacts().insert(ana);
    storage
        .contacts()
        .update(
            ana.moveTo(
                    io.crmkit.core.party.LifecycleStage.CUSTOMER,
                    ana.revision().createdAt(),
                    ana.owner())
                .state(),
            1);

    assertThatThrownBy(() -> storage.contacts().delete(ana.tenant(), ana.id(), 1))
        .isInstanceOf(ConcurrentUpdateException.class)
        .hasMessageContaining(ana.id().toString());
  }
}
