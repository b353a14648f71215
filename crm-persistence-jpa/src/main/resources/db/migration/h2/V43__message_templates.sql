-- Message templates: name (unique in the tenant), channel and Mustache parts in columns, the
-- declared merge fields with their fallbacks as a JSON document. Listings page by (tenant, id).

create table crm_message_template (
  tenant_id    varchar(64)  not null,
  id           uuid         not null,
  version      bigint       not null,
  created_at   timestamp(6) with time zone not null,
  updated_at   timestamp(6) with time zone not null,
  owner_id     varchar(128) not null,
  name         varchar(200) not null,
  channel      varchar(8)   not null,
  subject      varchar(500) not null,
  html_part    varchar(200000),
  text_part    varchar(100000) not null,
  merge_fields varchar(1000000) not null,
  constraint crm_message_template_pk primary key (tenant_id, id),
  constraint crm_message_template_name_uk unique (tenant_id, name)
);
