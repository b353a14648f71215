package io.crmkit.spring.boot.host;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** The host's own row: who signed up, and the CRM contact made for them. */
@Entity
@Table(name = "host_signup")
public class Signup {

  @Id private UUID id;

  @Column(nullable = false)
  private String email;

  @Column(name = "contact_id", nullable = false)
  private String contactId;

  protected Signup() {}

  Signup(UUID id, String email, String contactId) {
    this.id = id;
    this.email = email;
    this.contactId = contactId;
  }

  String email() {
    return email;
  }
}
