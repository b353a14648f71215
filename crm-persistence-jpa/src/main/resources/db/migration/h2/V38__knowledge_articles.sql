-- The knowledge base's articles: the current content in columns, tags, status history and every
-- published revision as JSON documents. Listings page by (tenant, status, id).

create table crm_article (
  tenant_id  varchar(64)  not null,
  id         uuid         not null,
  version    bigint       not null,
  created_at timestamp(6) with time zone not null,
  updated_at timestamp(6) with time zone not null,
  owner_id   varchar(128) not null,
  status     varchar(16)  not null,
  language   varchar(8)   not null,
  title      varchar(300) not null,
  body       varchar(100000) not null,
  tags       varchar(1000000) not null,
  history    varchar(1000000) not null,
  revisions  varchar(1000000) not null,
  constraint crm_article_pk primary key (tenant_id, id)
);
create index crm_article_status_ix on crm_article (tenant_id, status, id);
