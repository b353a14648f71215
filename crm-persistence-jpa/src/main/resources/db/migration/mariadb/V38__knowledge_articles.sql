-- The knowledge base's articles: the current content in columns, tags, status history and every
-- published revision as JSON documents. Listings page by (tenant, status, id).

create table crm_article (
  tenant_id  varchar(64)  not null,
  id         uuid         not null,
  version    bigint       not null,
  created_at datetime(6) not null,
  updated_at datetime(6) not null,
  owner_id   varchar(128) not null,
  status     varchar(16)  not null,
  language   varchar(8)   not null,
  title      varchar(300) not null,
  body       mediumtext not null,
  tags       json not null,
  history    json not null,
  revisions  json not null,
  constraint crm_article_pk primary key (tenant_id, id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_bin;
create index crm_article_status_ix on crm_article (tenant_id, status, id);
