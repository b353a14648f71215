-- H2 positions an index by an IN list only when the list is on the index's first column, yet it
-- costs the primary key (tenant_id, id) for "tenant_id = ? and id in (...)" as if both columns
-- positioned it, and then reads every row of the tenant for each batch of ids. These covering
-- indexes start with the id, so reading the owners of a batch of contacts or companies (the access
-- checks of TimelineService.logAll, one query per 500 ids) reads one index entry per id. PostgreSQL
-- and MariaDB position their primary keys by both columns and need no such index.
create index crm_contact_id_owner_ix on crm_contact (id, tenant_id, owner_id);
create index crm_company_id_owner_ix on crm_company (id, tenant_id, owner_id);
