package io.crmkit.jpa.internal.company;

import io.crmkit.jpa.internal.ValueDocuments.Address;
import io.crmkit.jpa.internal.ValueDocuments.External;
import io.crmkit.jpa.internal.ValueDocuments.Phone;
import io.crmkit.jpa.internal.ValueDocuments.Profile;
import io.crmkit.jpa.internal.ValueDocuments.StageChange;
import java.util.List;

/** The JSON document of a company's details that no search reads inside. */
record CompanyDocument(
    List<Phone> phones,
    List<Address> addresses,
    List<Profile> socialProfiles,
    List<String> tags,
    List<External> externalIds,
    List<StageChange> lifecycle) {}
