-- The merge journal: one row per merge of contacts or companies, with the merged records as they
-- were and the links moved, so that a merge can be undone; one row per record involved, so that
-- a person's merges are found (for erasure and access requests).
create table crm_merge_entry (
  tenant_id   varchar(64)  not null,
  id          uuid         not null,
  version     bigint       not null,
  created_at  datetime(6)  not null,
  updated_at  datetime(6)  not null,
  record_type varchar(16)  not null,
  survivor_id uuid         not null,
  merged_by   varchar(128) not null,
  undone_at   datetime(6),
  undone_by   varchar(128),
  records     json         not null,
  moves       json         not null,
  constraint crm_merge_entry_pk primary key (tenant_id, id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_bin;

create table crm_merge_party (
  tenant_id varchar(64) not null,
  merge_id  uuid        not null,
  party_id  uuid        not null,
  constraint crm_merge_party_pk primary key (tenant_id, merge_id, party_id),
  constraint crm_merge_party_entry_fk foreign key (tenant_id, merge_id)
    references crm_merge_entry (tenant_id, id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_bin;
create index crm_merge_party_party_ix on crm_merge_party (tenant_id, party_id, merge_id);
