package io.crmkit.core.ticket;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.Tag;
import io.crmkit.core.company.CompanyId;
import io.crmkit.core.customfield.CustomFieldValue;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A test of a ticket's fields that decides whether an SLA policy applies to it: each criterion
 * given must hold; an empty set of values holds for every ticket.
 *
 * <p>A small typed condition rather than crm-scoring's segment language, which crm-core cannot
 * depend on; it covers what a policy selects by: priority, channel, tags, the requester's company
 * and custom fields.
 *
 * @param priorities tickets of one of these priorities, or any if empty
 * @param channels tickets from one of these channels, or any if empty
 * @param tags tickets with at least one of these tags, or any if empty
 * @param companies tickets from one of these companies, or any if empty
 * @param customFields tickets whose custom fields hold every one of these values
 * @since 0.1
 */
public record TicketCondition(
    Set<TicketPriority> priorities,
    Set<TicketChannel> channels,
    Set<Tag> tags,
    Set<CompanyId> companies,
    Map<String, CustomFieldValue> customFields) {

  public TicketCondition {
    priorities = Set.copyOf(priorities);
    channels = Set.copyOf(channels);
    tags = Set.copyOf(tags);
    companies = Set.copyOf(companies);
    customFields = Map.copyOf(customFields);
  }

  /** Returns the condition every ticket meets. */
  public static TicketCondition any() {
    return new TicketCondition(Set.of(), Set.of(), Set.of(), Set.of(), Map.of());
  }

  /** Also requires one of {@code values} as priority. */
  public TicketCondition withPriority(TicketPriority... values) {
    Set<TicketPriority> more = EnumSet.noneOf(TicketPriority.class);
    more.addAll(priorities);
    more.addAll(Set.of(values));
    return new TicketCondition(more, channels, tags, companies, customFields);
  }

  /** Also requires one of {@code values} as channel. */
  public TicketCondition withChannel(TicketChannel... values) {
    Set<TicketChannel> more = EnumSet.noneOf(TicketChannel.class);
    more.addAll(channels);
    more.addAll(Set.of(values));
    return new TicketCondition(priorities, more, tags, companies, customFields);
  }

  /** Also requires the tag {@code label} (or another tag given this way). */
  public TicketCondition withTag(String label) {
    Set<Tag> more = new HashSet<>(tags);
    more.add(Tag.of(label));
    return new TicketCondition(priorities, channels, more, companies, customFields);
  }

  /** Also requires company {@code value} (or another company given this way). */
  public TicketCondition fromCompany(CompanyId value) {
    Set<CompanyId> more = new HashSet<>(companies);
    more.add(requireNonNull(value, "company"));
    return new TicketCondition(priorities, channels, tags, more, customFields);
  }

  /** Also requires custom field {@code key} to hold {@code value}. */
  public TicketCondition withCustomField(String key, CustomFieldValue value) {
    Map<String, CustomFieldValue> more = new HashMap<>(customFields);
    more.put(requireNonNull(key, "key"), requireNonNull(value, "value"));
    return new TicketCondition(priorities, channels, tags, companies, more);
  }

  /** Returns whether {@code ticket} meets every criterion. */
  public boolean matches(Ticket ticket) {
    TicketDetails details = ticket.details();
    return (priorities.isEmpty() || priorities.contains(details.priority()))
        && (channels.isEmpty() || channels.contains(details.channel()))
        && (tags.isEmpty() || details.tags().stream().anyMatch(tags::contains))
        && (companies.isEmpty() || details.companyId().map(companies::contains).orElse(false))
        && customFields.entrySet().stream()
            .allMatch(
                e ->
                    details.customFields().get(e.getKey()).map(e.getValue()::equals).orElse(false));
  }
}
