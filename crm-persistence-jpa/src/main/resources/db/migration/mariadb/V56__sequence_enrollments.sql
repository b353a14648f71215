-- Enrollments of contacts in sales sequences. open_sequence_id is the sequence while the
-- enrollment is active or paused and null after: the unique constraint keeps one open enrollment
-- per contact and sequence (nulls never collide, on every database).
create table crm_enrollment (
  tenant_id        varchar(64)  not null,
  id               uuid         not null,
  version          bigint       not null,
  created_at       datetime(6) not null,
  updated_at       datetime(6) not null,
  sequence_id      uuid         not null,
  open_sequence_id uuid,
  contact_id       uuid         not null,
  sender_id        varchar(128) not null,
  enrolled_by      varchar(128) not null,
  status           varchar(16)  not null,
  next_step        integer      not null,
  exit_reason      varchar(32),
  runs             json not null,
  history          json not null,
  constraint crm_enrollment_pk primary key (tenant_id, id),
  constraint crm_enrollment_open_uk unique (tenant_id, contact_id, open_sequence_id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_bin;
create index crm_enrollment_contact_ix on crm_enrollment (tenant_id, contact_id, id);
create index crm_enrollment_sequence_ix on crm_enrollment (tenant_id, sequence_id, id);
create index crm_enrollment_sender_ix on crm_enrollment (tenant_id, sender_id, updated_at);
