-- A contact's external ids move into its key table, as keys of the field 'external'. With one
-- child table per contact, a bulk insert writes every contact's keys in the same JDBC batches: two
-- child tables made the provider switch statements, and so flush a batch, at every contact.
-- External ids stay unique per tenant through a partial unique index; lookups by external id use
-- crm_contact_key_lookup_ix like every other key. (An external id key is at most 161 characters,
-- so it is stored as it is, never hashed.)

insert into crm_contact_key (tenant_id, contact_id, field, key_value)
  select tenant_id, contact_id, 'external', external_key from crm_contact_external_id;

drop table crm_contact_external_id;

create unique index crm_contact_key_external_uk
  on crm_contact_key (tenant_id, key_value) where field = 'external';
