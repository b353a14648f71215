package io.crmkit.benchmarks.campaign;

import io.crmkit.benchmarks.jpa.BenchmarkDatabase;
import io.crmkit.core.Crm;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.contact.NewContact;
import io.crmkit.core.party.LifecycleStage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Writes the {@link Newsletter} audience into the JPA adapter's tables on PostgreSQL, fast enough
 * for a million contacts: the first {@link #THROUGH_CRM} contacts, their consent, their
 * suppressions and the static list go through the CRM, so their rows are exactly the adapter's;
 * every later contact's rows are copied in SQL from those of the first contact of the same kind
 * (contact 0 for a contact and a grant, contact 7 for a withdrawal, contact 3 for a suppressed
 * address, the list's member row of contact 0), with its own ids, address and number. Then the
 * tables are vacuumed and analysed.
 */
final class NewsletterTables {

  /** How many contacts go through the CRM: every kind of contact is among them. */
  static final int THROUGH_CRM = 100;

  private static final String PEOPLE =
      "create temporary table bench_people as select n, gen_random_uuid() as id,"
          + " gen_random_uuid() as grant_id, gen_random_uuid() as withdraw_id,"
          + " 'p' || n || '@d' || (n %% %d) || '.example' as email"
          + " from generate_series(%d, %d) n";

  private final BenchmarkDatabase database;
  private final Crm crm;

  NewsletterTables(BenchmarkDatabase database, Crm crm) {
    this.database = database;
    this.crm = crm;
  }

  /** Writes {@code count} contacts, at least {@link #THROUGH_CRM}. */
  void load(int count) {
    long started = System.nanoTime();
    Newsletter.prepare(crm);
    List<NewContact> first = new ArrayList<>(THROUGH_CRM);
    for (int n = 0; n < THROUGH_CRM; n++) {
      first.add(NewContact.of(Newsletter.details(n), Newsletter.MARKETER, LifecycleStage.LEAD));
    }
    List<ContactId> ids = new ArrayList<>(THROUGH_CRM);
    List<Contact> created = crm.contacts().createAll(first);
    for (int n = 0; n < created.size(); n++) {
      Newsletter.record(crm, n, created.get(n).id());
      ids.add(created.get(n).id());
    }
    StaticLists.store(crm, Newsletter.LIST, ids);
    copy(count, ids.get(0).value().toString(), ids.get(7).value().toString());
    System.out.printf(
        "loaded %,d contacts in %,d s%n",
        count, TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
  }

  /** Copies the rows of {@code granted} (contact 0) and {@code withdrawn} (contact 7). */
  private void copy(int count, String granted, String withdrawn) {
    String tenant = Newsletter.TENANT.value();
    String grantedEmail = Newsletter.email(0);
    String suppressedEmail = Newsletter.email(3);
    database.execute(
        String.format(PEOPLE, Newsletter.DOMAINS, THROUGH_CRM, count - 1),
        "insert into crm_contact (tenant_id, id, version, created_at, updated_at, owner_id,"
            + " lifecycle_stage, archived, given_name, family_name, display_name, job_title,"
            + " primary_email, details, custom_fields)"
            + " select c.tenant_id, p.id, c.version, c.created_at, c.updated_at, c.owner_id,"
            + " c.lifecycle_stage, c.archived, 'Given' || p.n, 'Family' || p.n,"
            + " 'Given' || p.n || ' Family' || p.n, c.job_title, p.email,"
            + replaced("c.details", grantedEmail)
            + ", c.custom_fields from crm_contact c, bench_people p"
            + where("c", tenant, "id", granted),
        "insert into crm_contact_key (tenant_id, contact_id, field, key_value)"
            + " select k.tenant_id, p.id, k.field,"
            + " replace(replace(replace(k.key_value, '"
            + grantedEmail
            + "', p.email), 'given0', 'given' || p.n), 'family0', 'family' || p.n)"
            + " from crm_contact_key k, bench_people p"
            + where("k", tenant, "contact_id", granted),
        "insert into crm_contact_value (tenant_id, contact_id, seq, field, text_key, text_value,"
            + " number_value, date_value, instant_value, bool_value)"
            + " select v.tenant_id, p.id, v.seq, v.field, v.text_key, v.text_value,"
            + " v.number_value, v.date_value, v.instant_value, v.bool_value"
            + " from crm_contact_value v, bench_people p"
            + where("v", tenant, "contact_id", granted),
        entries("p.grant_id", granted, "GRANTED", "p.n % 10 <= 7"),
        entries("p.withdraw_id", withdrawn, "WITHDRAWN", "p.n % 10 = 7"),
        "insert into crm_consent_state (tenant_id, contact_id, channel, purpose, entry_id)"
            + " select s.tenant_id, p.id, s.channel, s.purpose,"
            + " case when p.n % 10 = 7 then p.withdraw_id else p.grant_id end"
            + " from crm_consent_state s, bench_people p"
            + where("s", tenant, "contact_id", granted)
            + " and p.n % 10 <= 7",
        "insert into crm_suppression (tenant_id, kind, address, reason, suppressed_at,"
            + " suppressed_by) select x.tenant_id, x.kind, p.email, x.reason, x.suppressed_at,"
            + " x.suppressed_by from crm_suppression x, bench_people p where x.tenant_id = '"
            + tenant
            + "' and x.address = '"
            + suppressedEmail
            + "' and p.n % 100 = 3",
        "insert into crm_segment_member (tenant_id, kind, set_name, contact_id, member_position)"
            + " select m.tenant_id, m.kind, m.set_name, p.id, p.n"
            + " from crm_segment_member m, bench_people p"
            + where("m", tenant, "contact_id", granted),
        "update crm_static_list set member_count = "
            + count
            + " where tenant_id = '"
            + tenant
            + "'");
    database.execute(
        "vacuum analyze crm_contact",
        "vacuum analyze crm_contact_key",
        "vacuum analyze crm_contact_value",
        "vacuum analyze crm_consent_entry",
        "vacuum analyze crm_consent_state",
        "vacuum analyze crm_suppression",
        "vacuum analyze crm_segment_member");
  }

  /**
   * The copies of contact {@code template}'s newsletter entry of {@code status}, under the ids of
   * column {@code id}, for the people {@code who}.
   */
  private static String entries(String id, String template, String status, String who) {
    return "insert into crm_consent_entry (tenant_id, id, contact_id, channel, purpose, status,"
        + " legal_basis, source, wording, form, ip_address, recorded_at, recorded_by)"
        + " select e.tenant_id, "
        + id
        + ", p.id, e.channel, e.purpose, e.status, e.legal_basis, e.source, e.wording, e.form,"
        + " e.ip_address, e.recorded_at, e.recorded_by from crm_consent_entry e, bench_people p"
        + where("e", Newsletter.TENANT.value(), "contact_id", template)
        + " and e.status = '"
        + status
        + "' and "
        + who;
  }

  private static String replaced(String column, String email) {
    return "replace(replace(replace("
        + column
        + "::text, '"
        + email
        + "', p.email), 'Given0', 'Given' || p.n), 'Family0', 'Family' || p.n)::jsonb";
  }

  private static String where(String alias, String tenant, String column, String contact) {
    return " where "
        + alias
        + ".tenant_id = '"
        + tenant
        + "' and "
        + alias
        + "."
        + column
        + " = '"
        + contact
        + "'";
  }
}
