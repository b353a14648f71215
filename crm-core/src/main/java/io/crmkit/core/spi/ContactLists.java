package io.crmkit.core.spi;

import io.crmkit.core.Crm;
import io.crmkit.core.contact.ContactId;
import java.util.Collection;

/**
 * The static lists of contacts that workflow rules add contacts to ({@link
 * io.crmkit.core.automation.RuleAction.AddToList}). Lists live in crm-scoring, which provides the
 * implementation ({@code io.crmkit.scoring.audience.StaticListMembers}); a CRM finds the first
 * provided on the class or module path.
 *
 * @since 0.1
 */
public interface ContactLists {

  /**
   * The lists of a CRM without crm-scoring: it has none, and refuses every rule that adds to one.
   */
  ContactLists NONE =
      new ContactLists() {
        @Override
        public boolean exists(Crm crm, String list) {
          throw new UnsupportedOperationException(
              "this CRM keeps no static lists: add crm-scoring, which provides them");
        }

        @Override
        public void add(Crm crm, String list, Collection<ContactId> contacts) {
          exists(crm, list);
        }
      };

  /**
   * Returns whether {@code crm}'s tenant has a static list named {@code list}.
   *
   * @param crm the CRM opened for the tenant; never null
   * @param list the list's name; never null
   */
  boolean exists(Crm crm, String list);

  /**
   * Adds {@code contacts} to the tenant's list named {@code list}, in the running unit of work;
   * contacts already on it stay as they are.
   *
   * @param crm the CRM opened for the tenant; never null
   * @param list the list's name; never null
   * @param contacts the tenant's contacts; never null
   * @throws io.crmkit.core.NotFoundException if the list or a contact does not exist
   */
  void add(Crm crm, String list, Collection<ContactId> contacts);
}
