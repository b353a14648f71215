package io.crmkit.benchmarks.crm;

import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.customfield.CustomFieldValue;
import java.util.List;

/**
 * One person as a form or an import gives it to the CRM: raw text, not yet parsed or checked.
 *
 * @param given the given name, in its own script
 * @param family the family name, in its own script
 * @param jobTitle the job title
 * @param email the email address as typed (the domain may be upper case)
 * @param phone the phone number in national format
 * @param region the region the phone number is read in
 * @param tags the tag labels
 * @param segment the option of the {@code segment} custom field
 */
record ContactSample(
    String given,
    String family,
    String jobTitle,
    String email,
    String phone,
    String region,
    List<String> tags,
    String segment) {

  ContactSample {
    tags = List.copyOf(tags);
  }

  /**
   * Parses and checks the raw text into details: email syntax, phone number through libphonenumber,
   * tags; the work every create through the CRM does.
   */
  ContactDetails toDetails() {
    ContactDetails.Builder builder =
        ContactDetails.builder()
            .name(given, family)
            .jobTitle(jobTitle)
            .email(email)
            .defaultRegion(region)
            .phone(phone)
            .customField(ContactSamples.SEGMENT, CustomFieldValue.Choice.of(segment));
    for (String tag : tags) {
      builder.tag(tag);
    }
    return builder.build();
  }
}
