package io.crmkit.benchmarks.crm;

import com.sun.management.HotSpotDiagnosticMXBean;
import io.crmkit.core.Crm;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.memory.InMemoryCrmStorage;
import io.crmkit.core.spi.ContactRepository;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Reports the heap retained per contact, in one JVM, for the same seeded contacts held four ways:
 * as bare {@code Contact} objects in an array; in the physical reference ({@link HashMapContacts});
 * in the in-memory repository alone; and in a CRM through {@code crm.contacts().create(..)}.
 *
 * <p>Each figure counts everything the holder retains, the contacts included, divided by the number
 * of contacts. The raw input is generated inside each measurement and is garbage by its end, so a
 * holder that keeps a piece of it (the phone number as typed, say) pays for that piece.
 *
 * <p>Run: {@code java -Xms6g -Xmx6g -cp benchmarks.jar io.crmkit.benchmarks.crm.RetainedHeap
 * [contacts]} (a million unless given).
 */
public final class RetainedHeap {

  private static final long SEED = 20260305L;

  private RetainedHeap() {}

  /** Measures and prints the table; the one argument, if any, is the number of contacts. */
  public static void main(String[] args) {
    int contacts = args.length == 0 ? ContactInsertBenchmark.CONTACTS : Integer.parseInt(args[0]);
    report(contacts, System.out);
  }

  static void report(int contacts, PrintStream out) {
    HeapMeter meter = new HeapMeter();
    out.printf(Locale.ROOT, "JVM: %s%n", jvm());
    out.printf(Locale.ROOT, "contacts: %,d%n", contacts);
    out.printf(Locale.ROOT, "%-44s %12s%n", "holder", "B/contact");
    print(out, "Contact objects in an array", meter.measure(() -> prebuilt(contacts)), contacts);
    print(out, "HashMap by id + email index", meter.measure(() -> hashMap(contacts)), contacts);
    print(
        out, "in-memory repository (insert)", meter.measure(() -> repository(contacts)), contacts);
    print(out, "CRM (contacts().create)", meter.measure(() -> crm(contacts)), contacts);
  }

  static Contact[] prebuilt(int contacts) {
    return InMemoryCrms.prebuilt(new ContactSamples(SEED).take(contacts), SEED);
  }

  static HashMapContacts hashMap(int contacts) {
    HashMapContacts reference = new HashMapContacts();
    for (Contact contact : prebuilt(contacts)) {
      reference.insert(contact);
    }
    return reference;
  }

  static ContactRepository repository(int contacts) {
    ContactRepository repository = InMemoryCrmStorage.create().contacts();
    for (Contact contact : prebuilt(contacts)) {
      repository.insert(contact);
    }
    return repository;
  }

  static Crm crm(int contacts) {
    Crm crm = InMemoryCrms.fresh(InMemoryCrmStorage.create(), SEED);
    ContactSamples samples = new ContactSamples(SEED);
    for (int i = 0; i < contacts; i++) {
      crm.contacts().create(samples.next().toDetails());
    }
    return crm;
  }

  private static void print(
      PrintStream out, String holder, HeapMeter.Retained<?> retained, int contacts) {
    out.printf(Locale.ROOT, "%-44s %12.0f%n", holder, retained.bytesPer(contacts));
  }

  /** Names the JVM and the flags that decide object sizes. */
  static String jvm() {
    HotSpotDiagnosticMXBean hotspot =
        ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
    String flags =
        List.of(
                "UseCompressedOops",
                "UseCompressedClassPointers",
                "ObjectAlignmentInBytes",
                "MaxHeapSize")
            .stream()
            .map(flag -> flag + "=" + hotspot.getVMOption(flag).getValue())
            .collect(Collectors.joining(", "));
    String collectors =
        ManagementFactory.getGarbageCollectorMXBeans().stream()
            .map(GarbageCollectorMXBean::getName)
            .collect(Collectors.joining(", "));
    return System.getProperty("java.vm.name")
        + " "
        + System.getProperty("java.runtime.version")
        + "; "
        + flags
        + "; collectors: "
        + collectors;
  }
}
