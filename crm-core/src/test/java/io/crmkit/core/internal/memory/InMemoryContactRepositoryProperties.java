package io.crmkit.core.internal.memory;

import static io.crmkit.core.fixtures.ContactFixtures.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.crmkit.core.ConcurrentUpdateException;
import io.crmkit.core.DuplicateException;
import io.crmkit.core.NotFoundException;
import io.crmkit.core.PageRequest;
import io.crmkit.core.Revision;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.contact.ContactQuery;
import io.crmkit.core.fixtures.ContactFixtures;
import io.crmkit.core.fixtures.TestClock;
import io.crmkit.core.memory.InMemoryCrmStorage;
import io.crmkit.core.party.LifecycleStage;
import io.crmkit.core.spi.ContactRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Linearisability of the in-memory contact repository: two threads run random creates and updates
 * at once; the results each operation saw and the final contents must equal those of some
 * sequential order of the same operations that keeps each thread's own order.
 */
class InMemoryContactRepositoryProperties {

  private static final int SEEDED = 2;
  private static final String[] EMAILS = {"a@example.com", "b@example.com", "c@example.com"};
  private static final LifecycleStage[] STAGES = LifecycleStage.values();

  /** One operation: insert a contact with email {@code email}, or update contact {@code target}. */
  record Op(boolean insert, int email, int target, long expectedVersion, int stage) {}

  @Test
  void concurrentCreatesAndUpdatesAreLinearisable() {
    qt().withExamples(150)
        .forAll(ops(), ops())
        .checkAssert(
            (first, second) -> {
              Map<Integer, List<Contact>> inserts =
                  Map.of(0, World.newContacts(first, 0), 1, World.newContacts(second, 1));
              for (int round = 0; round < 3; round++) {
                World world = new World(inserts);
                List<String> firstSeen = new ArrayList<>();
                List<String> secondSeen = new ArrayList<>();
                runConcurrently(world, first, firstSeen, second, secondSeen);
                assertThat(
                        anyInterleavingExplains(
                            inserts, world, first, firstSeen, second, secondSeen))
                    .as(
                        "some sequential order explains %s -> %s and %s -> %s, final %s",
                        first, firstSeen, second, secondSeen, world.state())
                    .isTrue();
              }
            });
  }

  private static Gen<List<Op>> ops() {
    Gen<Op> op =
        integers()
            .between(0, 1)
            .zip(
                integers().between(0, EMAILS.length - 1),
                integers().between(0, SEEDED + 1),
                integers().between(1, 3),
                (kind, email, target, version) ->
                    new Op(kind == 0, email, target, version, (email + target) % STAGES.length));
    return lists().of(op).ofSizeBetween(1, 4);
  }

  private static void runConcurrently(
      World world,
      List<Op> first,
      List<String> firstSeen,
      List<Op> second,
      List<String> secondSeen) {
    CyclicBarrier start = new CyclicBarrier(2);
    CountDownLatch done = new CountDownLatch(1);
    Thread other =
        new Thread(
            () -> {
              await(start);
              world.run(1, second, secondSeen);
              done.countDown();
            });
    other.start();
    await(start);
    world.run(0, first, firstSeen);
    try {
      done.await();
      other.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static boolean anyInterleavingExplains(
      Map<Integer, List<Contact>> inserts,
      World concurrent,
      List<Op> first,
      List<String> firstSeen,
      List<Op> second,
      List<String> secondSeen) {
    return interleavings(first.size(), second.size()).stream()
        .anyMatch(
            order -> {
              World sequential = new World(inserts);
              List<String> seen0 = new ArrayList<>();
              List<String> seen1 = new ArrayList<>();
              int i = 0;
              int j = 0;
              for (boolean takeFirst : order) {
                if (takeFirst) {
                  sequential.run(0, List.of(first.get(i++)), seen0);
                } else {
                  sequential.run(1, List.of(second.get(j++)), seen1);
                }
              }
              return seen0.equals(firstSeen)
                  && seen1.equals(secondSeen)
                  && sequential.state().equals(concurrent.state());
            });
  }

  private static List<List<Boolean>> interleavings(int left, int right) {
    if (left == 0 || right == 0) {
      List<Boolean> rest = new ArrayList<>();
      for (int k = 0; k < left; k++) {
        rest.add(true);
      }
      for (int k = 0; k < right; k++) {
        rest.add(false);
      }
      return List.of(rest);
    }
    List<List<Boolean>> all = new ArrayList<>();
    for (List<Boolean> tail : interleavings(left - 1, right)) {
      List<Boolean> order = new ArrayList<>(List.of(true));
      order.addAll(tail);
      all.add(order);
    }
    for (List<Boolean> tail : interleavings(left, right - 1)) {
      List<Boolean> order = new ArrayList<>(List.of(false));
      order.addAll(tail);
      all.add(order);
    }
    return all;
  }

  private static void await(CyclicBarrier barrier) {
    try {
      barrier.await();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A repository with {@link #SEEDED} contacts, and the contacts each operation would insert, made
   * beforehand so that every world runs the very same values.
   */
  private static final class World {
    private static final List<Contact> SEEDS = seeds();
    private final ContactRepository contacts = InMemoryCrmStorage.create().contacts();
    private final Map<Integer, List<Contact>> inserts;

    World(Map<Integer, List<Contact>> inserts) {
      this.inserts = inserts;
      SEEDS.forEach(contacts::insert);
    }

    void run(int thread, List<Op> ops, List<String> seen) {
      for (Op op : ops) {
        int index = seen.size();
        seen.add(
            outcome(
                () -> {
                  if (op.insert()) {
                    contacts.insert(inserts.get(thread).get(index));
                  } else {
                    // one call that either replaces version v by v+1 or fails, as a concurrent
                    // writer would
                    Contact seed = SEEDS.get(op.target() % SEEDED);
                    Contact next =
                        Contact.restore(
                            seed.id(),
                            TENANT,
                            new Revision(
                                op.expectedVersion() + 1, TestClock.START, TestClock.START),
                            seed.details(),
                            seed.owner(),
                            seed.lifecycle()
                                .moveTo(STAGES[op.stage()], TestClock.START, seed.owner()),
                            false);
                    contacts.update(next, op.expectedVersion());
                  }
                }));
      }
    }

    Map<ContactId, String> state() {
      return contacts.search(TENANT, ContactQuery.all(), PageRequest.first(100)).items().stream()
          .collect(
              Collectors.toMap(
                  Contact::id,
                  c -> c.version() + " " + c.lifecycleStage() + " " + c.details().primaryEmail(),
                  (a, b) -> a,
                  TreeMap::new));
    }

    static List<Contact> newContacts(List<Op> ops, int thread) {
      List<Contact> made = new ArrayList<>();
      for (int k = 0; k < ops.size(); k++) {
        made.add(
            ContactFixtures.aContact()
                .named("T" + thread, "N" + k)
                .withEmail(EMAILS[ops.get(k).email()])
                .build());
      }
      return made;
    }

    private static List<Contact> seeds() {
      List<Contact> seeds = new ArrayList<>();
      for (int k = 0; k < SEEDED; k++) {
        seeds.add(
            ContactFixtures.aContact()
                .named("Seed", "S" + k)
                .withEmail("seed" + k + "@example.com")
                .build());
      }
      return seeds;
    }

    private static String outcome(Runnable op) {
      try {
        op.run();
        return "ok";
      } catch (DuplicateException e) {
        return "duplicate";
      } catch (ConcurrentUpdateException e) {
        return "stale";
      } catch (NotFoundException e) {
        return "missing";
      }
    }
  }
}
