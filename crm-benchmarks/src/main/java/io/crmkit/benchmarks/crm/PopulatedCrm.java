package io.crmkit.benchmarks.crm;

import io.crmkit.core.Crm;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contactpoint.EmailAddress;
import io.crmkit.core.memory.InMemoryCrmStorage;
import io.crmkit.core.spi.ContactRepository;
import io.crmkit.core.spi.CrmStorage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A CRM holding a million contacts created through its service, and the physical references holding
 * the very same {@code Contact} objects: {@link HashMapContacts} and {@link HashMapTagIndex}.
 * Lookup keys are every primary email, shuffled, each a copy of the stored string, so that no side
 * wins by an identity comparison.
 */
@State(Scope.Benchmark)
public class PopulatedCrm {

  private static final long SEED = 20260303L;

  /** The number of contacts; a million unless {@code -p contacts=..} says otherwise. */
  @Param("1000000")
  public int contacts;

  private CrmStorage storage;
  private Crm crm;
  private HashMapContacts reference;
  private HashMapTagIndex tagIndex;
  private String[] emails;
  private EmailAddress[] addresses;

  @Setup(Level.Trial)
  public void populate() {
    fill(contacts);
  }

  /** Fills the CRM and the references with {@code count} contacts. */
  void fill(int count) {
    storage = InMemoryCrmStorage.create();
    crm = InMemoryCrms.fresh(storage, SEED);
    reference = new HashMapContacts();
    tagIndex = new HashMapTagIndex();
    ContactSamples samples = new ContactSamples(SEED);
    List<String> keys = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Contact contact = crm.contacts().create(samples.next().toDetails());
      reference.insert(contact);
      tagIndex.add(contact);
      keys.add(new String(contact.details().primaryEmail().orElseThrow().value()));
    }
    Collections.shuffle(keys, new Random(SEED));
    emails = keys.toArray(String[]::new);
    addresses = keys.stream().map(EmailAddress::of).toArray(EmailAddress[]::new);
  }

  Crm crm() {
    return crm;
  }

  ContactRepository repository() {
    return storage.contacts();
  }

  HashMapContacts reference() {
    return reference;
  }

  HashMapTagIndex tagIndex() {
    return tagIndex;
  }

  /** Returns the {@code i}-th lookup key, as text; wraps around. */
  String email(int i) {
    return emails[Math.floorMod(i, emails.length)];
  }

  /** Returns the {@code i}-th lookup key, parsed; wraps around. */
  EmailAddress address(int i) {
    return addresses[Math.floorMod(i, addresses.length)];
  }

  int size() {
    return emails.length;
  }
}
