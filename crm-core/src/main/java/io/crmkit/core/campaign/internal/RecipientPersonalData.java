package io.crmkit.core.campaign.internal;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.DataValue;
import io.crmkit.core.campaign.Recipient;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.spi.ErasureLog;
import io.crmkit.core.spi.PersonalDataHolder;
import io.crmkit.core.spi.PersonalDataRequest;
import io.crmkit.core.spi.RecipientRepository;
import java.util.UUID;

/**
 * The campaigns' part of a person's data: every campaign the person was a recipient of, with the
 * address the message went to and what the provider reported. Erasure keeps each recipient for the
 * campaigns' funnels (status, instants, engagement kinds) without the address and without the
 * contact's id, which a random stand-in replaces; the suppression list keeps its own entry of a
 * bounced or complaining address.
 */
public final class RecipientPersonalData implements PersonalDataHolder {

  private final RecipientRepository recipients;

  /**
   * @param recipients the storage's campaign recipients
   */
  public RecipientPersonalData(RecipientRepository recipients) {
    this.recipients = requireNonNull(recipients, "recipients");
  }

  @Override
  public String name() {
    return "campaign recipients";
  }

  @Override
  public DataValue describe(PersonalDataRequest request) {
    return DataValue.of(
        recipients.ofContact(request.tenant(), request.contact()).stream()
            .map(RecipientPersonalData::describe)
            .toList());
  }

  @Override
  public void erase(PersonalDataRequest request, ErasureLog log) {
    for (Recipient recipient : recipients.ofContact(request.tenant(), request.contact())) {
      // a new stand-in each: a contact is a campaign's recipient once, and so is each stand-in
      Recipient erased = recipient.erased(ContactId.of(UUID.randomUUID()), request.at());
      recipients.update(erased, recipient.version());
      log.anonymised("campaign recipient", recipient.id().toString());
    }
  }

  private static DataValue describe(Recipient recipient) {
    return DataValue.fields()
        .put("id", recipient.id())
        .put("campaign", recipient.campaign())
        .put("status", recipient.status())
        .put("address", recipient.address())
        .put("sentAt", recipient.sentAt().orElse(null))
        .put(
            "engagements",
            recipient.engagements().stream()
                .map(
                    engagement ->
                        DataValue.fields()
                            .put("kind", engagement.kind())
                            .put("at", engagement.at())
                            .put("link", engagement.link())
                            .build())
                .toList())
        .build();
  }
}
