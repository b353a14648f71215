-- The bulk insert of activities (TimelineService.logAll) checks that a batch of new ids is free
-- with "tenant_id = ? and id in (...)". H2 positions an index by an IN list only on its first
-- column, so against the primary key (tenant_id, id) it read every activity of the tenant for each
-- batch; this covering index starts with the id, as V11's do for contacts and companies.
-- PostgreSQL and MariaDB position their primary keys by both columns and need no such index.
create index crm_activity_id_owner_ix on crm_activity (id, tenant_id, owner_id);
