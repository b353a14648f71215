/**
 * crmkit's core: the pure CRM domain (contacts and companies, the timeline, tasks, leads, deals and
 * pipelines, reasons, custom fields, import), its service provider interface for storage adapters
 * ({@code io.crmkit.core.spi}) and the in-memory storage.
 *
 * <p>Only the API and SPI packages are exported; the {@code internal} packages are implementation,
 * opened only to crmkit's own modules.
 *
 * @since 0.1
 */
module io.crmkit.core {
  requires transitive org.jspecify;
  requires com.google.common;
  requires com.google.i18n.phonenumbers.libphonenumber;
  requires com.github.mustachejava;

  exports io.crmkit.core;
  exports io.crmkit.core.access;
  exports io.crmkit.core.automation;
  exports io.crmkit.core.calendar;
  exports io.crmkit.core.commerce;
  exports io.crmkit.core.campaign;
  exports io.crmkit.core.company;
  exports io.crmkit.core.consent;
  exports io.crmkit.core.contact;
  exports io.crmkit.core.contactpoint;
  exports io.crmkit.core.customfield;
  exports io.crmkit.core.deal;
  exports io.crmkit.core.importing;
  exports io.crmkit.core.knowledge;
  exports io.crmkit.core.lead;
  exports io.crmkit.core.memory;
  exports io.crmkit.core.merge;
  exports io.crmkit.core.message;
  exports io.crmkit.core.money;
  exports io.crmkit.core.party;
  exports io.crmkit.core.privacy;
  exports io.crmkit.core.reason;
  exports io.crmkit.core.sequence;
  exports io.crmkit.core.spi;
  exports io.crmkit.core.statemachine;
  exports io.crmkit.core.task;
  exports io.crmkit.core.ticket;
  exports io.crmkit.core.timeline;

  // personal-data holders of other modules (crm-scoring's scores, segments and lists)
  uses io.crmkit.core.spi.PersonalDataHolder;

  // the audience resolver of campaigns (crm-scoring's segments and lists)
  uses io.crmkit.core.spi.AudienceResolver;
  uses io.crmkit.core.spi.ContactLists;

  exports io.crmkit.core.internal to
      io.crmkit.scoring,
      io.crmkit.jpa;
}
