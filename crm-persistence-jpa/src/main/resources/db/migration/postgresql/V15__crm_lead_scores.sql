-- The latest score of each lead, with its explanation: a lead's own score column holds only the
-- bounded total.

create table crm_lead_score (
  tenant_id         varchar(64)  not null,
  lead_id           uuid         not null,
  version           bigint       not null,
  model             varchar(200) not null,
  scored_at         timestamp(6) with time zone not null,
  fit_points        bigint       not null,
  engagement_points bigint       not null,
  total_points      bigint       not null,
  grade             varchar(2)   not null,
  explanation       jsonb not null,
  constraint crm_lead_score_pk primary key (tenant_id, lead_id)
);
