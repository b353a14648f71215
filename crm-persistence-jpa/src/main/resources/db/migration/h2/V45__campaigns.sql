-- Marketing campaigns: one row per campaign, its details and status history as documents; names
-- are unique in a tenant; the due work reads the scheduled and sending ones by status.
create table crm_campaign (
  tenant_id  varchar(64)                 not null,
  id         uuid                        not null,
  version    bigint                      not null,
  created_at timestamp(6) with time zone not null,
  updated_at timestamp(6) with time zone not null,
  owner_id   varchar(128)                not null,
  name       varchar(200)                not null,
  status     varchar(16)                 not null,
  send_at    timestamp(6) with time zone,
  claimed_at timestamp(6) with time zone,
  details    varchar(1000000) not null,
  history    varchar(1000000) not null,
  constraint crm_campaign_pk primary key (tenant_id, id),
  constraint crm_campaign_name_uk unique (tenant_id, name)
);
create index crm_campaign_due_ix on crm_campaign (tenant_id, status, send_at, id);
create index crm_campaign_id_owner_ix on crm_campaign (id, tenant_id, owner_id);
