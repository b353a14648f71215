package io.crmkit.benchmarks.crm;

import io.crmkit.core.Tag;
import io.crmkit.core.contact.Contact;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The physical reference for searching by tag: a bare {@code HashMap} from each tag to its contacts
 * in the order they were added.
 */
final class HashMapTagIndex {

  private final Map<Tag, List<Contact>> byTag = new HashMap<>();

  /** Adds {@code contact} under each of its tags. */
  void add(Contact contact) {
    for (Tag tag : contact.details().tags()) {
      byTag.computeIfAbsent(tag, t -> new ArrayList<>()).add(contact);
    }
  }

  /** Returns a copy of the first {@code size} contacts with {@code tag}, as a page does. */
  List<Contact> first(Tag tag, int size) {
    List<Contact> tagged = byTag.getOrDefault(tag, List.of());
    return new ArrayList<>(tagged.subList(0, Math.min(size, tagged.size())));
  }
}
