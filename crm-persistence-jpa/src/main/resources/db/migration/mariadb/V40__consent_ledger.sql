-- The consent ledger: entries written once (deleted only by an erasure), and per subscription
-- (contact, channel, purpose) the entry that is its current state, so that the current states of
-- an audience batch are one join over two primary keys.

create table crm_consent_entry (
  tenant_id   varchar(64)   not null,
  id          uuid          not null,
  contact_id  uuid          not null,
  channel     varchar(16)   not null,
  purpose     varchar(64)   not null,
  status      varchar(32)   not null,
  legal_basis varchar(32)   not null,
  source      varchar(16)   not null,
  wording     varchar(4000) not null,
  form        varchar(500)  not null,
  ip_address  varchar(64),
  recorded_at datetime(6) not null,
  recorded_by varchar(128)  not null,
  constraint crm_consent_entry_pk primary key (tenant_id, id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_bin;

create index crm_consent_entry_contact_ix on crm_consent_entry (tenant_id, contact_id, id);

create table crm_consent_state (
  tenant_id  varchar(64) not null,
  contact_id uuid        not null,
  channel    varchar(16) not null,
  purpose    varchar(64) not null,
  entry_id   uuid        not null,
  constraint crm_consent_state_pk primary key (tenant_id, contact_id, channel, purpose),
  constraint crm_consent_state_entry_fk foreign key (tenant_id, entry_id)
    references crm_consent_entry (tenant_id, id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_bin;
