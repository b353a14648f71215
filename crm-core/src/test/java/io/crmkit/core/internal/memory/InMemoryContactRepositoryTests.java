package io.crmkit.core.internal.memory;

import static io.crmkit.core.fixtures.ContactFixtures.TENANT;
import static io.crmkit.core.fixtures.ContactFixtures.aContact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.DuplicateException;
import io.crmkit.core.contract.ContactRepositoryContract;
import io.crmkit.core.memory.InMemoryCrmStorage;
import io.crmkit.core.spi.CrmStorage;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryContactRepositoryTests extends ContactRepositoryContract {

  @Override
  protected CrmStorage newStorage() {
    return InMemoryCrmStorage.create();
  }

  @Test
  void insertsNothingOfManyContactsOutsideAUnitOfWorkWhenOneIsRefused() {
    List<io.crmkit.core.contact.Contact> many =
        List.of(
            aContact().withEmail("ana@example.com").build(),
            aContact().withEmail("bruno@example.com").build(),
            aContact().withEmail("ana@example.com").build());

    assertThatThrownBy(() -> contacts.insertAll(many)).isInstanceOf(DuplicateException.class);

    assertThat(contacts.count(TENANT)).isZero();
  }
}
