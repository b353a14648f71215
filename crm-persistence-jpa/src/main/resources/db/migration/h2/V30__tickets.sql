-- Support tickets: one row per ticket, its details, history, conversation and SLA clocks as
-- documents; queues read (team or assignee, due instant, id), the SLA due work the check instant.
create table crm_ticket (
  tenant_id     varchar(64)                 not null,
  id            uuid                        not null,
  version       bigint                      not null,
  created_at    timestamp(6) with time zone not null,
  updated_at    timestamp(6) with time zone not null,
  owner_id      varchar(128)                not null,
  status        varchar(16)                 not null,
  unsolved      boolean                     not null,
  priority      varchar(16)                 not null,
  channel       varchar(16)                 not null,
  requester_id  uuid                        not null,
  company_id    uuid,
  creator_id    varchar(128)                not null,
  assignee_id   varchar(128),
  team_id       varchar(128),
  queue_due_at  timestamp(6) with time zone not null,
  sla_check_at  timestamp(6) with time zone,
  subject       varchar(500)                not null,
  type          varchar(50)                 not null,
  details       varchar(1000000)            not null,
  history       varchar(1000000)            not null,
  conversation  varchar(1000000)            not null,
  sla           varchar(1000000),
  custom_fields varchar(1000000)            not null,
  constraint crm_ticket_pk primary key (tenant_id, id)
);
create index crm_ticket_team_queue_ix on crm_ticket (tenant_id, team_id, unsolved, queue_due_at, id);
create index crm_ticket_assignee_queue_ix
  on crm_ticket (tenant_id, assignee_id, unsolved, queue_due_at, id);
create index crm_ticket_sla_check_ix on crm_ticket (tenant_id, sla_check_at, id);
create index crm_ticket_requester_ix on crm_ticket (tenant_id, requester_id, id);
create index crm_ticket_status_ix on crm_ticket (tenant_id, status, id);
create index crm_ticket_id_owner_ix on crm_ticket (id, tenant_id, owner_id);
