package io.crmkit.core.contract;

import static io.crmkit.core.fixtures.CompanyFixtures.aCompany;
import static io.crmkit.core.fixtures.ContactFixtures.TENANT;
import static io.crmkit.core.fixtures.ContactFixtures.aContact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.DuplicateException;
import io.crmkit.core.company.Company;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.party.LifecycleStage;
import io.crmkit.core.spi.CrmStorage;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every storage's unit of work must do: all of a unit's writes, or none. */
public abstract class UnitOfWorkContract {

  private CrmStorage storage;

  /** Returns an empty storage for one test. */
  protected abstract CrmStorage newStorage();

  @BeforeEach
  void openStorage() {
    storage = newStorage();
  }

  @Test
  void appliesEveryWriteOfASuccessfulUnit() {
    Contact ana = aContact().withEmail("ana@example.com").build();
    Company acme = aCompany().build();

    storage
        .unitOfWork()
        .execute(
            () -> {
              storage.contacts().insert(ana);
              storage.companies().insert(acme);
              return null;
            });

    assertThat(storage.contacts().find(TENANT, ana.id())).contains(ana);
    assertThat(storage.companies().find(TENANT, acme.id())).contains(acme);
  }

  @Test
  void undoesEveryWriteOfAFailedUnitAcrossRepositories() {
    Contact existing = aContact().withEmail("taken@example.com").build();
    storage.contacts().insert(existing);
    Contact ana = aContact().withEmail("ana@example.com").build();
    Company acme = aCompany().build();
    Contact moved =
        existing
            .moveTo(
                LifecycleStage.CUSTOMER, Instant.parse("2026-03-04T00:00:00Z"), existing.owner())
            .state();

    assertThatThrownBy(
            () ->
                storage
                    .unitOfWork()
                    .execute(
                        () -> {
                          storage.contacts().insert(ana);
                          storage.companies().insert(acme);
                          storage.contacts().update(moved, 1);
                          storage
                              .contacts()
                              .insert(aContact().withEmail("taken@example.com").build());
                          return null;
                        }))
        .isInstanceOf(DuplicateException.class);

    assertThat(storage.contacts().find(TENANT, ana.id())).isEmpty();
    assertThat(storage.companies().find(TENANT, acme.id())).isEmpty();
    assertThat(storage.contacts().find(TENANT, existing.id())).contains(existing);
    assertThat(storage.contacts().count(TENANT)).isEqualTo(1);
  }

  @Test
  void joinsAnEnclosingUnit() {
    Contact ana = aContact().build();

    assertThatThrownBy(
            () ->
                storage
                    .unitOfWork()
                    .execute(
                        () -> {
                          storage
                              .unitOfWork()
                              .execute(
                                  () -> {
                                    storage.contacts().insert(ana);
                                    return null;
                                  });
                          throw new IllegalStateException(
                              "the outer unit fails after the inner one returned");
                        }))
        .isInstanceOf(IllegalStateException.class);

    assertThat(storage.contacts().find(TENANT, ana.id())).isEmpty();
  }
}
