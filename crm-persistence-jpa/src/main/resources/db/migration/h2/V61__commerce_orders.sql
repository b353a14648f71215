-- Orders: one row per order, its lines and status history as documents; a contact's orders are
-- read in id order, an import finds its order by the key in the source system (unique per tenant;
-- orders placed in the CRM have none).
create table crm_order (
  tenant_id       varchar(64)    not null,
  id              uuid           not null,
  version         bigint         not null,
  created_at      timestamp(6) with time zone not null,
  updated_at      timestamp(6) with time zone not null,
  owner_id        varchar(128)   not null,
  contact_id      uuid           not null,
  company_id      uuid,
  channel         varchar(16)    not null,
  campaign        varchar(100)   not null,
  external_system varchar(32),
  external_value  varchar(128),
  placed_at       timestamp(6) with time zone not null,
  currency        varchar(3)     not null,
  total_amount    numeric(38, 4) not null,
  refunded_amount numeric(38, 4) not null,
  status          varchar(16)    not null,
  activity_id     uuid,
  order_lines     varchar(1000000) not null,
  history         varchar(1000000) not null,
  constraint crm_order_pk primary key (tenant_id, id),
  constraint crm_order_external_uk unique (tenant_id, external_system, external_value)
);
create index crm_order_contact_ix on crm_order (tenant_id, contact_id, id);
create index crm_order_id_owner_ix on crm_order (id, tenant_id, owner_id);
