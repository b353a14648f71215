-- SLA policies: each tenant's policies in the order they are tried, the policy as a document, so
-- that they survive a restart and every host instance applies the same ones.
create table crm_sla_policy (
  tenant_id varchar(64)  not null,
  position  integer      not null,
  name      varchar(100) not null,
  policy    jsonb        not null,
  constraint crm_sla_policy_pk primary key (tenant_id, position)
);
