-- crmkit sales schema for PostgreSQL 13+: pipelines, deals, leads and reason catalogues.
-- Keyed by tenant first like V1; every lookup the sales repositories make has an index.

-- Stages are kept whole in the pipeline row, in the tenant's order: a pipeline is always read and
-- written whole, and deals point at stages by id. The folded name keeps names unique in a tenant.
create table crm_pipeline (
  tenant_id         varchar(64)  not null,
  id                uuid         not null,
  version           bigint       not null,
  created_at        timestamp(6) with time zone not null,
  updated_at        timestamp(6) with time zone not null,
  name              varchar(80)  not null,
  name_key          varchar(160) not null,
  may_skip_stages   boolean      not null,
  may_move_backward boolean      not null,
  stages            jsonb not null,
  constraint crm_pipeline_pk primary key (tenant_id, id),
  constraint crm_pipeline_name_uk unique (tenant_id, name_key)
);

-- A deal keeps the stage it stands in as its pipeline defined it when the deal was last written
-- (the service rewrites the deals of an edited stage), and its whole stage history.
create table crm_deal (
  tenant_id           varchar(64)  not null,
  id                  uuid         not null,
  version             bigint       not null,
  created_at          timestamp(6) with time zone not null,
  updated_at          timestamp(6) with time zone not null,
  owner_id            varchar(128) not null,
  pipeline_id         uuid         not null,
  stage_id            uuid         not null,
  stage_kind          varchar(8)   not null,
  name                varchar(200) not null,
  amount              numeric(38, 4),
  currency            varchar(3),
  expected_close_date date,
  company_id          uuid,
  source              varchar(100) not null,
  forecast_override   varchar(16),
  stage               jsonb not null,
  contacts            jsonb not null,
  history             jsonb not null,
  custom_fields       jsonb not null,
  constraint crm_deal_pk primary key (tenant_id, id)
);
-- boards (a pipeline's open deals), one stage, "my open deals", a company's deals, every open deal
create index crm_deal_pipeline_ix on crm_deal (tenant_id, pipeline_id, stage_kind, id);
create index crm_deal_stage_ix on crm_deal (tenant_id, stage_id, id);
create index crm_deal_owner_ix on crm_deal (tenant_id, owner_id, stage_kind, id);
create index crm_deal_company_ix on crm_deal (tenant_id, company_id, id);
create index crm_deal_open_ix on crm_deal (tenant_id, stage_kind, id);

create table crm_lead (
  tenant_id          varchar(64)  not null,
  id                 uuid         not null,
  version            bigint       not null,
  created_at         timestamp(6) with time zone not null,
  updated_at         timestamp(6) with time zone not null,
  owner_id           varchar(128) not null,
  status             varchar(20)  not null,
  source             varchar(16)  not null,
  campaign_id        varchar(200),
  score              integer,
  unqualified_reason varchar(63),
  recycle_at         timestamp(6) with time zone,
  given_name         varchar(200) not null,
  family_name        varchar(200) not null,
  display_name       varchar(200) not null,
  email              varchar(320),
  company_name       varchar(300) not null,
  details            jsonb not null,
  attribution        jsonb not null,
  history            jsonb not null,
  conversion         jsonb,
  custom_fields      jsonb not null,
  constraint crm_lead_pk primary key (tenant_id, id)
);
create index crm_lead_status_ix on crm_lead (tenant_id, status, id);
create index crm_lead_owner_ix on crm_lead (tenant_id, owner_id, id);
create index crm_lead_source_ix on crm_lead (tenant_id, source, id);
-- only leads in nurture have a recycle instant: the recycling job reads the due ones in order
create index crm_lead_recycle_ix on crm_lead (tenant_id, recycle_at, id);

create table crm_reason (
  tenant_id varchar(64)  not null,
  catalogue varchar(20)  not null,
  code      varchar(63)  not null,
  version   bigint       not null,
  label     varchar(200) not null,
  constraint crm_reason_pk primary key (tenant_id, catalogue, code)
);
