-- The product catalogue: one row per product; the sku is unique within the tenant.
create table crm_product (
  tenant_id      varchar(64)    not null,
  id             uuid           not null,
  version        bigint         not null,
  created_at     timestamp(6) with time zone not null,
  updated_at     timestamp(6) with time zone not null,
  owner_id       varchar(128)   not null,
  sku            varchar(64)    not null,
  name           varchar(200)   not null,
  family         varchar(100)   not null,
  list_amount    numeric(38, 4) not null,
  currency       varchar(3)     not null,
  billing        varchar(16)    not null,
  active         boolean        not null,
  constraint crm_product_pk primary key (tenant_id, id),
  constraint crm_product_sku_uk unique (tenant_id, sku)
);
create index crm_product_id_owner_ix on crm_product (id, tenant_id, owner_id);
