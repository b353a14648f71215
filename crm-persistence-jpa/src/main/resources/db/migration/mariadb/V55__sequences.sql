-- Sales sequences: one row per sequence, its steps, sender, window and limit as a document; names
-- are unique in a tenant.
create table crm_sequence (
  tenant_id  varchar(64)  not null,
  id         uuid         not null,
  version    bigint       not null,
  created_at datetime(6) not null,
  updated_at datetime(6) not null,
  name       varchar(100) not null,
  details    json not null,
  constraint crm_sequence_pk primary key (tenant_id, id),
  constraint crm_sequence_name_uk unique (tenant_id, name)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_bin;
