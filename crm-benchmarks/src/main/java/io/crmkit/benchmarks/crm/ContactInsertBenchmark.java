package io.crmkit.benchmarks.crm;

import io.crmkit.core.Crm;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contactpoint.PhoneNumber;
import io.crmkit.core.memory.InMemoryCrmStorage;
import io.crmkit.core.spi.ContactRepository;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time per contact to fill an empty store with a million contacts: through the CRM's service (raw
 * text parsed and checked, custom field checked, id drawn, access asked, unit of work, every
 * index), through the in-memory repository alone (prebuilt contacts, every index), and into the
 * physical reference, a {@code HashMap} by id plus a {@code HashMap} email index (prebuilt
 * contacts). {@link #parsePhonesOnly} reads each sample's phone number through libphonenumber and
 * nothing else: the part of the service's validation that no store can avoid.
 *
 * <p>Each iteration is one fill of a fresh store ({@code SingleShotTime}); the score is divided by
 * the million contacts, so it reads as time per contact. The raw input and the prebuilt contacts
 * are made once per fork and are not measured. Each benchmark checks that a million contacts were
 * stored.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class ContactInsertBenchmark {

  static final int CONTACTS = 1_000_000;
  private static final long SEED = 20260302L;

  private List<ContactSample> samples;
  private Contact[] prebuilt;
  private Crm crm;
  private ContactRepository repository;
  private HashMapContacts reference;

  @Setup(Level.Trial)
  public void makeInput() {
    samples = new ContactSamples(SEED).take(CONTACTS);
    prebuilt = InMemoryCrms.prebuilt(samples, SEED);
  }

  @Setup(Level.Iteration)
  public void emptyStores() {
    // replacing the stores leaves the last iteration's million contacts to the collector
    crm = InMemoryCrms.fresh(InMemoryCrmStorage.create(), SEED);
    repository = InMemoryCrmStorage.create().contacts();
    reference = new HashMapContacts();
  }

  @Benchmark
  @OperationsPerInvocation(CONTACTS)
  public long createThroughCrm() {
    for (int i = 0; i < CONTACTS; i++) {
      crm.contacts().create(samples.get(i).toDetails());
    }
    return expectAll(crm.contacts().count());
  }

  @Benchmark
  @OperationsPerInvocation(CONTACTS)
  public long parsePhonesOnly() {
    long parsed = 0;
    for (int i = 0; i < CONTACTS; i++) {
      ContactSample sample = samples.get(i);
      parsed += PhoneNumber.parse(sample.phone(), sample.region()).e164().length() > 0 ? 1 : 0;
    }
    return expectAll(parsed);
  }

  @Benchmark
  @OperationsPerInvocation(CONTACTS)
  public long insertIntoRepository() {
    for (Contact contact : prebuilt) {
      repository.insert(contact);
    }
    return expectAll(repository.count(InMemoryCrms.TENANT));
  }

  @Benchmark
  @OperationsPerInvocation(CONTACTS)
  public long insertIntoHashMap() {
    for (Contact contact : prebuilt) {
      reference.insert(contact);
    }
    return expectAll(reference.size());
  }

  private static long expectAll(long stored) {
    if (stored != CONTACTS) {
      throw new IllegalStateException("expected " + CONTACTS + " contacts, found " + stored);
    }
    return stored;
  }
}
