-- H2 answers "column in (...)" from an index only when that column leads the index; behind the
-- tenant column, as in (tenant_id, primary_email), the list is tested against every row of the
-- tenant. Its planner still prices such an index as if the list were used, so an extra index
-- would never be chosen. The bulk paths (an import's lookup of existing contacts, a bulk insert's
-- uniqueness check) ask for hundreds of primary emails and keys at once: lead these two indexes
-- with the value looked up. Lookups of one value use them as before.
alter table crm_contact drop constraint crm_contact_primary_email_uk;
alter table crm_contact add constraint crm_contact_primary_email_uk
  unique (primary_email, tenant_id);

drop index crm_contact_key_lookup_ix;
create index crm_contact_key_lookup_ix on crm_contact_key (key_value, field, tenant_id, contact_id);
