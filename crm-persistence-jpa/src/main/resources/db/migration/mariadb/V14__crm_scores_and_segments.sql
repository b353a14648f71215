-- Lead scores, segment definitions with their last members, and static lists: kept in the
-- database so that a host on this adapter loses none of them on restart.

create table crm_score (
  tenant_id         varchar(64)  not null,
  contact_id        uuid         not null,
  version           bigint       not null,
  model             varchar(200) not null,
  scored_at         datetime(6) not null,
  fit_points        bigint       not null,
  engagement_points bigint       not null,
  total_points      bigint       not null,
  grade             varchar(2)   not null,
  explanation       json not null,
  constraint crm_score_pk primary key (tenant_id, contact_id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_bin;

-- who to call first: a tenant's highest totals, equal totals in contact id order
create index crm_score_rank_ix on crm_score (tenant_id, total_points desc, contact_id);

create table crm_segment (
  tenant_id    varchar(64)  not null,
  name         varchar(200) not null,
  version      bigint       not null,
  segment_text mediumtext not null,
  constraint crm_segment_pk primary key (tenant_id, name)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_bin;

create table crm_static_list (
  tenant_id    varchar(64)  not null,
  name         varchar(200) not null,
  version      bigint       not null,
  member_count integer      not null,
  constraint crm_static_list_pk primary key (tenant_id, name)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_bin;

-- the members of a segment's last evaluation (kind SEGMENT) or of a static list (kind LIST)
create table crm_segment_member (
  tenant_id       varchar(64)  not null,
  kind            varchar(8)   not null,
  set_name        varchar(200) not null,
  contact_id      uuid         not null,
  member_position integer      not null,
  constraint crm_segment_member_pk primary key (tenant_id, kind, set_name, contact_id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_bin;
