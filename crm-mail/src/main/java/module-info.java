/**
 * crmkit's mail adapter: a {@link io.crmkit.core.spi.MessageGateway} that sends the CRM's email
 * over SMTP with Jakarta Mail (Angus Mail), for hosts that want one; crm-core never talks SMTP.
 *
 * @since 0.1
 */
module io.crmkit.mail {
  requires transitive io.crmkit.core;
  requires transitive jakarta.mail;
  requires org.eclipse.angus.mail;
  requires com.google.common;

  exports io.crmkit.mail;
}
