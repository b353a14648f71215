package io.crmkit.examples;

import io.crmkit.core.ConcurrentUpdateException;
import io.crmkit.core.Crm;
import io.crmkit.core.FieldError;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.party.LifecycleStage;

/**
 * The rules every aggregate follows: commands return a new immutable state with a higher version,
 * events reach the host after the unit commits, a stale version is refused, invalid input is
 * refused with every field error, and each tenant sees only its own records.
 *
 * @since 0.1
 */
public final class TheModel {

  private TheModel() {}

  /** Creates and changes a contact, then shows each rule refusing what breaks it. */
  public static void main(String[] args) {
    Crm crm =
        Crm.builder()
            .tenant(TenantId.of("acme"))
            .actor(UserId.of("ana"))
            .eventPublisher(
                events ->
                    events.forEach(
                        event ->
                            System.out.println("published " + event.getClass().getSimpleName())))
            .build();
    Contact ben =
        crm.contacts()
            .create(
                ContactDetails.builder().name("Ben", "Okafor").email("ben@example.com").build());
    Contact customer = crm.contacts().moveTo(ben, LifecycleStage.CUSTOMER);
    System.out.println(
        ben.lifecycleStage()
            + " v"
            + ben.version()
            + " -> "
            + customer.lifecycleStage()
            + " v"
            + customer.version());

    try {
      crm.contacts().moveTo(ben, LifecycleStage.EVANGELIST);
    } catch (ConcurrentUpdateException stale) {
      System.out.println("refused: " + stale.getMessage());
    }
    try {
      ContactDetails.builder().name("", "").email("ben@").build();
    } catch (ValidationException invalid) {
      for (FieldError error : invalid.errors()) {
        System.out.println("invalid: " + error);
      }
    }
    Crm globex = crm.forTenant(TenantId.of("globex"), UserId.of("carl"));
    System.out.println("globex sees Ben: " + globex.contacts().find(ben.id()).isPresent());
  }
}
