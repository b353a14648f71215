package io.crmkit.jpa.internal.contact;

import io.crmkit.jpa.internal.ValueDocuments.Address;
import io.crmkit.jpa.internal.ValueDocuments.External;
import io.crmkit.jpa.internal.ValueDocuments.Phone;
import io.crmkit.jpa.internal.ValueDocuments.Profile;
import io.crmkit.jpa.internal.ValueDocuments.StageChange;
import java.util.List;
import java.util.UUID;

/**
 * The JSON document of a contact's details that no search reads inside: lists in their order
 * (primary email and phone first) and the lifecycle history.
 */
record ContactDocument(
    List<String> emails,
    List<Phone> phones,
    List<Address> addresses,
    List<Profile> socialProfiles,
    List<String> tags,
    List<External> externalIds,
    List<Link> companies,
    List<StageChange> lifecycle) {

  /** A link to a company. */
  record Link(UUID company, String role, boolean primary) {}
}
