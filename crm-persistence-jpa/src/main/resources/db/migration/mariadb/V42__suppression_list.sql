-- Each tenant's suppression list: normalised email addresses, E.164 phone numbers and email
-- domains never contacted. The address is kept as it is, with no link to a contact, so that it
-- still suppresses after the contact's erasure.

create table crm_suppression (
  tenant_id     varchar(64)  not null,
  kind          varchar(16)  not null,
  address       varchar(320) not null,
  reason        varchar(32)  not null,
  suppressed_at datetime(6) not null,
  suppressed_by varchar(128) not null,
  constraint crm_suppression_pk primary key (tenant_id, kind, address)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_bin;

create index crm_suppression_address_ix on crm_suppression (tenant_id, address);
