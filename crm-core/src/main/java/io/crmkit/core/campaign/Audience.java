package io.crmkit.core.campaign;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.FieldErrors;
import io.crmkit.core.internal.TextPolicy;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Who a campaign is for: the members of some segments and static lists, less the members of the
 * exclusion segments, resolved by name when sending starts (by the CRM's {@link
 * io.crmkit.core.spi.AudienceResolver}, crm-scoring's segments as a rule).
 *
 * @param segments the dynamic segments whose members are included, by name; copied
 * @param lists the static lists whose members are included, by name; copied
 * @param exclusions the segments or lists whose members are left out, by name; copied
 * @since 0.1
 */
public record Audience(Set<String> segments, Set<String> lists, Set<String> exclusions) {

  /** The longest name of a segment or list, as crm-scoring allows. */
  public static final int MAX_NAME_LENGTH = 200;

  /** The most segments, lists or exclusions an audience names, each. */
  public static final int MAX_NAMES = 50;

  /**
   * Creates an {@code Audience}, checking its components as the type's comment describes.
   *
   * @throws io.crmkit.core.ValidationException naming every bad name, or when nothing is included
   */
  public Audience {
    segments = names(segments, "segments");
    lists = names(lists, "lists");
    exclusions = names(exclusions, "exclusions");
    FieldErrors errors = new FieldErrors();
    check(errors, "segments", segments);
    check(errors, "lists", lists);
    check(errors, "exclusions", exclusions);
    errors.require(
        !segments.isEmpty() || !lists.isEmpty(), "segments", segments, "name a segment or a list");
    errors.throwIfAny("audience");
  }

  /** Returns the audience of the members of {@code segments}. */
  public static Audience ofSegments(String... segments) {
    return new Audience(Set.of(segments), Set.of(), Set.of());
  }

  /** Returns the audience of the members of static {@code lists}. */
  public static Audience ofLists(String... lists) {
    return new Audience(Set.of(), Set.of(lists), Set.of());
  }

  /** Returns this audience less the members of {@code more} segments or lists. */
  public Audience excluding(String... more) {
    Set<String> all = new LinkedHashSet<>(exclusions);
    all.addAll(Set.of(more));
    return new Audience(segments, lists, all);
  }

  private static Set<String> names(Set<String> names, String field) {
    return Set.copyOf(new LinkedHashSet<>(requireNonNull(names, field)));
  }

  private static void check(FieldErrors errors, String field, Set<String> names) {
    errors.require(names.size() <= MAX_NAMES, field, names.size(), "more than " + MAX_NAMES);
    for (String name : names) {
      errors.require(
          !name.isBlank() && name.length() <= MAX_NAME_LENGTH,
          field,
          name,
          "must be 1 to " + MAX_NAME_LENGTH + " characters and not blank");
      errors.requireText(field, name, TextPolicy.Kind.IDENTIFIER);
    }
  }
}
