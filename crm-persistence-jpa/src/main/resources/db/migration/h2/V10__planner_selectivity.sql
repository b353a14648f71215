-- H2 chooses an index from its estimate of each column's selectivity, which it measures only once
-- a table has been analysed (by ANALYZE, or automatically after some thousands of changed rows).
-- Until then it takes every column to be as selective as any other, and answers a lookup by
-- primary key, (tenant_id, id), from a covering secondary index such as (tenant_id, owner_id, id)
-- positioned by the tenant alone, reading every row of the tenant. Say what is true of every
-- database of this schema: a tenant column has few distinct values and ids are unique, so that a
-- young database plans as an analysed one does. ANALYZE replaces these figures with measured ones.
alter table crm_contact alter column tenant_id selectivity 1;
alter table crm_contact_key alter column tenant_id selectivity 1;
alter table crm_company alter column tenant_id selectivity 1;
alter table crm_company_key alter column tenant_id selectivity 1;
alter table crm_activity alter column tenant_id selectivity 1;
alter table crm_activity_link alter column tenant_id selectivity 1;
alter table crm_task alter column tenant_id selectivity 1;
alter table crm_task_about alter column tenant_id selectivity 1;
alter table crm_custom_field alter column tenant_id selectivity 1;
alter table crm_outbox alter column tenant_id selectivity 1;
alter table crm_pipeline alter column tenant_id selectivity 1;
alter table crm_deal alter column tenant_id selectivity 1;
alter table crm_lead alter column tenant_id selectivity 1;
alter table crm_reason alter column tenant_id selectivity 1;
alter table crm_contact_value alter column tenant_id selectivity 1;
alter table crm_contact alter column id selectivity 100;
alter table crm_company alter column id selectivity 100;
alter table crm_activity alter column id selectivity 100;
alter table crm_task alter column id selectivity 100;
alter table crm_pipeline alter column id selectivity 100;
alter table crm_deal alter column id selectivity 100;
alter table crm_lead alter column id selectivity 100;
