-- Sales sequences: one row per sequence, its steps, sender, window and limit as a document; names
-- are unique in a tenant.
create table crm_sequence (
  tenant_id  varchar(64)  not null,
  id         uuid         not null,
  version    bigint       not null,
  created_at timestamp(6) with time zone not null,
  updated_at timestamp(6) with time zone not null,
  name       varchar(100) not null,
  details    varchar(1000000) not null,
  constraint crm_sequence_pk primary key (tenant_id, id),
  constraint crm_sequence_name_uk unique (tenant_id, name)
);
