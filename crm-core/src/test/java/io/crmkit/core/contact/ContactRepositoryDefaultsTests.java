package io.crmkit.core.contact;

import io.crmkit.core.contract.ContactRepositoryContract;
import io.crmkit.core.fixtures.ForwardingContactRepository;
import io.crmkit.core.fixtures.StorageWithContacts;
import io.crmkit.core.memory.InMemoryCrmStorage;
import io.crmkit.core.spi.ContactRepository;
import io.crmkit.core.spi.CrmStorage;

/**
 * The contract run against an adapter of a host's own that implements only the abstract methods of
 * {@link ContactRepository}: its inherited bulk insert and bulk finders must keep the contract.
 */
class ContactRepositoryDefaultsTests extends ContactRepositoryContract {

  @Override
  protected CrmStorage newStorage() {
    CrmStorage stored = InMemoryCrmStorage.create();
    return new StorageWithContacts(stored, new ForwardingContactRepository(stored.contacts()));
  }
}
