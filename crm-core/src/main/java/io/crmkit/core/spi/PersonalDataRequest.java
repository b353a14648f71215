package io.crmkit.core.spi;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.contactpoint.EmailAddress;
import java.time.Instant;
import java.util.List;

/**
 * A data-subject request as a {@link PersonalDataHolder} sees it: whose data, in which tenant,
 * asked by whom and when, and the CRM it runs in.
 *
 * @param subject the person's contact as stored when the request began; never null
 * @param at when the request runs, by the CRM's clock; never null
 * @param by the user who asked for it; never null
 * @param module the CRM's ports and units of work, for holders outside crm-core; never null
 * @since 0.1
 */
public record PersonalDataRequest(Contact subject, Instant at, UserId by, ModuleContext module) {

  public PersonalDataRequest {
    requireNonNull(subject, "subject");
    requireNonNull(at, "at");
    requireNonNull(by, "by");
    requireNonNull(module, "module");
  }

  /** Returns the tenant whose data is asked for. */
  public TenantId tenant() {
    return subject.tenant();
  }

  /** Returns the person's contact id. */
  public ContactId contact() {
    return subject.id();
  }

  /**
   * Returns the person's email addresses, primary first: how holders find records that name the
   * person without linking to the contact, such as leads.
   */
  public List<EmailAddress> emails() {
    return subject.details().emails();
  }
}
