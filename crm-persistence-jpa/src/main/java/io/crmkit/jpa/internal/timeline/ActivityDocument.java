package io.crmkit.jpa.internal.timeline;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The JSON document of an activity: the facts of its kind and the records it concerns.
 *
 * @param kind the kind of details ({@code call}, {@code other}...)
 * @param facts the kind's single facts by name
 * @param fields a form's submitted fields or a host-defined kind's attributes
 * @param contacts the contacts it concerns
 * @param companies the companies it concerns
 * @param related the other records it concerns
 */
record ActivityDocument(
    String kind,
    Map<String, String> facts,
    Map<String, String> fields,
    List<UUID> contacts,
    List<UUID> companies,
    List<Related> related) {

  /** A reference to another record. */
  record Related(String type, String id) {}
}
