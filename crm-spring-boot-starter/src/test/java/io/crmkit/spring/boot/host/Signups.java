package io.crmkit.spring.boot.host;

import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.spring.boot.CrmFactory;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Signs people up: a contact in the CRM and a row of the host's, in one transaction. */
@Service
public class Signups {

  @PersistenceContext private EntityManager entityManager;

  private final CrmFactory crms;

  Signups(CrmFactory crms) {
    this.crms = crms;
  }

  /**
   * Signs a person up; an address at {@code blocked.example} is refused after both rows are
   * written, so that the transaction must take both back.
   */
  @Transactional
  public Contact signUp(String given, String family, String email) {
    Contact contact =
        crms.current()
            .contacts()
            .create(ContactDetails.builder().name(given, family).email(email).build());
    entityManager.persist(new Signup(UUID.randomUUID(), email, contact.id().toString()));
    if (email.endsWith("@blocked.example")) {
      throw new SignupRefusedException(email);
    }
    return contact;
  }

  /** Returns whether the host kept a sign-up of {@code email}. */
  @Transactional(readOnly = true)
  public boolean signedUp(String email) {
    return !entityManager
        .createQuery("select s.email from Signup s where s.email = :email", String.class)
        .setParameter("email", email)
        .getResultList()
        .isEmpty();
  }
}
