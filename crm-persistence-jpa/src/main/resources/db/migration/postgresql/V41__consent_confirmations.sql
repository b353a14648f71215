-- Double opt-in: each confirmation by the SHA-256 digest of its token (the token itself is never
-- stored), single use; and the subscription types each tenant defines, which consent names.

create table crm_consent_confirmation (
  tenant_id        varchar(64) not null,
  token_digest     varchar(64) not null,
  contact_id       uuid        not null,
  channel          varchar(16) not null,
  purpose          varchar(64) not null,
  pending_entry_id uuid        not null,
  expires_at       timestamp(6) with time zone not null,
  used_at          timestamp(6) with time zone,
  constraint crm_consent_confirmation_pk primary key (tenant_id, token_digest)
);

create index crm_consent_confirmation_contact_ix
  on crm_consent_confirmation (tenant_id, contact_id);

create table crm_subscription_type (
  tenant_id    varchar(64)  not null,
  purpose      varchar(64)  not null,
  display_name varchar(200) not null,
  constraint crm_subscription_type_pk primary key (tenant_id, purpose)
);
