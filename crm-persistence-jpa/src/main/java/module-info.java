/**
 * The JPA adapter of crmkit: {@link io.crmkit.jpa.JpaCrmStorage} stores every aggregate of crm-core
 * in the host's relational database through the Jakarta Persistence API, with an outbox relay for
 * the domain events and database queries for crm-scoring's segments.
 *
 * <p>Only the API is exported. The entity, document and converter packages under {@code
 * io.crmkit.jpa.internal} are opened to every module, not to named providers: the host chooses the
 * provider (Hibernate ORM, EclipseLink...), which may sit on the module path under a name of its
 * own or on the class path, in the unnamed module that a qualified {@code opens} cannot name; and
 * Jackson reads the JSON documents there as well. Opening grants reflection at run time only: the
 * packages stay unexported, so no code compiles against them. The migration folders are opened so
 * that Flyway, or any tool that reads them as class path resources, finds them when the adapter is
 * on the module path.
 *
 * <p>Hibernate ORM defines its lazy-loading proxies inside each entity's package, so they belong to
 * this module and must read Hibernate's classes. With Hibernate 7.4 on the module path too, that
 * works as it is; with Hibernate on the class path, which no descriptor can name, a host that runs
 * the adapter on the module path starts the JVM with {@code --add-reads io.crmkit.jpa=ALL-UNNAMED}.
 * On the class path, where most hosts run it, the adapter needs no flag.
 *
 * @since 0.1
 */
// the migration folders hold SQL only: javac sees no class there and would warn that they are empty
@SuppressWarnings("opens")
module io.crmkit.jpa {
  requires transitive io.crmkit.core;
  requires transitive io.crmkit.scoring;
  requires transitive jakarta.persistence;
  requires java.sql;
  requires com.google.common;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires static org.jspecify;

  exports io.crmkit.jpa;
  exports io.crmkit.jpa.outbox;
  exports io.crmkit.jpa.segment;

  opens io.crmkit.jpa.internal;
  opens io.crmkit.jpa.internal.audience;
  opens io.crmkit.jpa.internal.automation;
  opens io.crmkit.jpa.internal.commerce;
  opens io.crmkit.jpa.internal.campaign;
  opens io.crmkit.jpa.internal.company;
  opens io.crmkit.jpa.internal.consent;
  opens io.crmkit.jpa.internal.contact;
  opens io.crmkit.jpa.internal.customfield;
  opens io.crmkit.jpa.internal.deal;
  opens io.crmkit.jpa.internal.knowledge;
  opens io.crmkit.jpa.internal.lead;
  opens io.crmkit.jpa.internal.merge;
  opens io.crmkit.jpa.internal.message;
  opens io.crmkit.jpa.internal.outbox;
  opens io.crmkit.jpa.internal.reason;
  opens io.crmkit.jpa.internal.score;
  opens io.crmkit.jpa.internal.sequence;
  opens io.crmkit.jpa.internal.task;
  opens io.crmkit.jpa.internal.ticket;
  opens io.crmkit.jpa.internal.timeline;
  opens db.migration.h2;
  opens db.migration.postgresql;
  opens db.migration.mariadb;
}
