-- A contact's external ids move into its key table, as keys of the field 'external'. With one
-- child table per contact, a bulk insert writes every contact's keys in the same JDBC batches: two
-- child tables made the provider switch statements, and so flush a batch, at every contact.
-- H2 has no partial index: a generated column holds the key of external ids only (null for other
-- keys, and nulls never clash), and a unique constraint on it keeps external ids unique per
-- tenant. Lookups by external id use crm_contact_key_lookup_ix like every other key.

alter table crm_contact_key add column external_key varchar(200)
  generated always as (case when field = 'external' then key_value end);

alter table crm_contact_key add constraint crm_contact_key_external_uk
  unique (tenant_id, external_key);

insert into crm_contact_key (tenant_id, contact_id, field, key_value)
  select tenant_id, contact_id, 'external', external_key from crm_contact_external_id;

drop table crm_contact_external_id;
