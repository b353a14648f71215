-- Due work of the automation feature: one row per tenant and idempotency key. Runners claim the
-- pending rows that are due, oldest first, with SELECT ... FOR UPDATE SKIP LOCKED. A record's
-- automation log is a search by subject prefix.

create table crm_due_item (
  tenant_id   varchar(64)  not null,
  idem_key    varchar(200) not null,
  kind        varchar(40)  not null,
  due_at      timestamp(6) with time zone not null,
  subject     varchar(500) not null,
  state       varchar(10)  not null,
  finished_at timestamp(6) with time zone,
  outcome     varchar(500) not null,
  constraint crm_due_item_pk primary key (tenant_id, idem_key),
  constraint crm_due_item_state_ck check (state in ('PENDING', 'DONE', 'FAILED'))
);
create index crm_due_item_due_ix on crm_due_item (tenant_id, state, due_at, idem_key);
create index crm_due_item_subject_ix on crm_due_item (tenant_id, subject);
