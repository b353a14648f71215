-- The contact table's indexes other than the primary key start with the column they select on, the
-- tenant second. PostgreSQL checks the foreign keys of crm_contact_key and crm_contact_value with one
-- cached query per connection, "tenant_id = $1 and id = $2", planned when referencing rows are first
-- written. Planned against a contact table that is small or unknown to the statistics (the first
-- import into an empty table), every index starting with tenant_id cost the same as the primary
-- key, and the planner took one of them (crm_contact_stage_ix, or the primary email's), positioned
-- by the tenant alone: each key row written afterwards read every contact of the tenant, and a bulk
-- insert's time grew with the square of its size. An index that does not start with tenant_id
-- cannot be positioned by that query, so the check takes the primary key whatever the statistics.
-- Searches and the uniqueness of primary emails bind both columns by equality, which these indexes
-- serve as before (in id order where they end with id).
alter table crm_contact drop constraint crm_contact_primary_email_uk;
alter table crm_contact
  add constraint crm_contact_primary_email_uk unique (primary_email, tenant_id);
drop index crm_contact_owner_ix;
drop index crm_contact_stage_ix;
create index crm_contact_owner_ix on crm_contact (owner_id, tenant_id, id);
create index crm_contact_stage_ix on crm_contact (lifecycle_stage, tenant_id, id);
