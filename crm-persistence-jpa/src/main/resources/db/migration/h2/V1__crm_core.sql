-- crmkit core schema for H2 2.x: contacts, companies, timeline, tasks, custom fields, outbox.
-- Every table is keyed by tenant first; every lookup the repositories make has an index.

create table crm_contact (
  tenant_id       varchar(64)               not null,
  id              uuid                      not null,
  version         bigint                    not null,
  created_at      timestamp(6) with time zone not null,
  updated_at      timestamp(6) with time zone not null,
  owner_id        varchar(128)              not null,
  lifecycle_stage varchar(32)               not null,
  archived        boolean                   not null,
  given_name      varchar(200)              not null,
  family_name     varchar(200)              not null,
  display_name    varchar(200)              not null,
  job_title       varchar(200)              not null,
  primary_email   varchar(320),
  details         varchar(1000000)          not null,
  custom_fields   varchar(1000000)          not null,
  constraint crm_contact_pk primary key (tenant_id, id),
  constraint crm_contact_primary_email_uk unique (tenant_id, primary_email)
);
create index crm_contact_owner_ix on crm_contact (tenant_id, owner_id, id);
create index crm_contact_stage_ix on crm_contact (tenant_id, lifecycle_stage, id);

create table crm_contact_key (
  tenant_id  varchar(64)  not null,
  contact_id uuid         not null,
  field      varchar(16)  not null,
  key_value  varchar(200) not null,
  constraint crm_contact_key_pk primary key (tenant_id, contact_id, field, key_value),
  constraint crm_contact_key_contact_fk foreign key (tenant_id, contact_id)
    references crm_contact (tenant_id, id)
);
create index crm_contact_key_lookup_ix on crm_contact_key (tenant_id, field, key_value, contact_id);

create table crm_contact_external_id (
  tenant_id    varchar(64)  not null,
  contact_id   uuid         not null,
  external_key varchar(200) not null,
  constraint crm_contact_external_id_pk primary key (tenant_id, external_key),
  constraint crm_contact_external_id_contact_fk foreign key (tenant_id, contact_id)
    references crm_contact (tenant_id, id)
);
create index crm_contact_external_id_contact_ix on crm_contact_external_id (tenant_id, contact_id);

create table crm_company (
  tenant_id       varchar(64)               not null,
  id              uuid                      not null,
  version         bigint                    not null,
  created_at      timestamp(6) with time zone not null,
  updated_at      timestamp(6) with time zone not null,
  owner_id        varchar(128)              not null,
  lifecycle_stage varchar(32)               not null,
  archived        boolean                   not null,
  name            varchar(300)              not null,
  domain          varchar(253),
  industry        varchar(100)              not null,
  employees       integer,
  parent_id       uuid,
  details         varchar(1000000)          not null,
  custom_fields   varchar(1000000)          not null,
  constraint crm_company_pk primary key (tenant_id, id)
);
create index crm_company_domain_ix on crm_company (tenant_id, domain, id);
create index crm_company_parent_ix on crm_company (tenant_id, parent_id, id);
create index crm_company_owner_ix on crm_company (tenant_id, owner_id, id);

create table crm_company_key (
  tenant_id  varchar(64)  not null,
  company_id uuid         not null,
  field      varchar(16)  not null,
  key_value  varchar(200) not null,
  constraint crm_company_key_pk primary key (tenant_id, company_id, field, key_value),
  constraint crm_company_key_company_fk foreign key (tenant_id, company_id)
    references crm_company (tenant_id, id)
);
create index crm_company_key_lookup_ix on crm_company_key (tenant_id, field, key_value, company_id);

create table crm_company_external_id (
  tenant_id    varchar(64)  not null,
  company_id   uuid         not null,
  external_key varchar(200) not null,
  constraint crm_company_external_id_pk primary key (tenant_id, external_key),
  constraint crm_company_external_id_company_fk foreign key (tenant_id, company_id)
    references crm_company (tenant_id, id)
);
create index crm_company_external_id_company_ix on crm_company_external_id (tenant_id, company_id);

create table crm_activity (
  tenant_id   varchar(64)               not null,
  id          uuid                      not null,
  version     bigint                    not null,
  created_at  timestamp(6) with time zone not null,
  updated_at  timestamp(6) with time zone not null,
  owner_id    varchar(128)              not null,
  occurred_at timestamp(6) with time zone not null,
  type        varchar(50)               not null,
  subject     varchar(500)              not null,
  body        varchar(100000)           not null,
  amount      numeric(38, 4),
  currency    varchar(3),
  details     varchar(1000000)          not null,
  constraint crm_activity_pk primary key (tenant_id, id)
);

create table crm_activity_link (
  tenant_id   varchar(64)               not null,
  activity_id uuid                      not null,
  target      varchar(100)              not null,
  occurred_at timestamp(6) with time zone not null,
  constraint crm_activity_link_pk primary key (tenant_id, activity_id, target),
  constraint crm_activity_link_activity_fk foreign key (tenant_id, activity_id)
    references crm_activity (tenant_id, id)
);
create index crm_activity_link_timeline_ix
  on crm_activity_link (tenant_id, target, occurred_at desc, activity_id desc);

create table crm_task (
  tenant_id    varchar(64)               not null,
  id           uuid                      not null,
  version      bigint                    not null,
  created_at   timestamp(6) with time zone not null,
  updated_at   timestamp(6) with time zone not null,
  title        varchar(500)              not null,
  kind         varchar(16)               not null,
  description  varchar(10000)            not null,
  due_at       timestamp(6) with time zone not null,
  remind_at    timestamp(6) with time zone,
  priority     varchar(16)               not null,
  assignee_id  varchar(128)              not null,
  status       varchar(16)               not null,
  completed_at timestamp(6) with time zone,
  about        varchar(10000)            not null,
  constraint crm_task_pk primary key (tenant_id, id)
);
create index crm_task_due_ix on crm_task (tenant_id, assignee_id, status, due_at, id);
create index crm_task_reminder_ix on crm_task (tenant_id, status, remind_at, id);

create table crm_task_about (
  tenant_id varchar(64)  not null,
  task_id   uuid         not null,
  target    varchar(100) not null,
  constraint crm_task_about_pk primary key (tenant_id, task_id, target),
  constraint crm_task_about_task_fk foreign key (tenant_id, task_id)
    references crm_task (tenant_id, id)
);
create index crm_task_about_target_ix on crm_task_about (tenant_id, target, task_id);

create table crm_custom_field (
  tenant_id   varchar(64)      not null,
  record_type varchar(16)      not null,
  field_key   varchar(63)      not null,
  version     bigint           not null,
  label       varchar(200)     not null,
  type        varchar(16)      not null,
  required    boolean          not null,
  options     varchar(1000000) not null,
  constraint crm_custom_field_pk primary key (tenant_id, record_type, field_key)
);

create sequence crm_outbox_seq start with 1 increment by 1;

create table crm_outbox (
  position     bigint                    not null,
  tenant_id    varchar(64)               not null,
  aggregate_id varchar(64)               not null,
  event_type   varchar(100)              not null,
  occurred_at  timestamp(6) with time zone not null,
  payload      varchar(1000000)          not null,
  constraint crm_outbox_pk primary key (position)
);
create index crm_outbox_aggregate_ix on crm_outbox (aggregate_id, position);
