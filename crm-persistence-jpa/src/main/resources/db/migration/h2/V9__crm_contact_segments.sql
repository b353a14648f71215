-- crmkit segment columns for H2 2.x: what segments filter on that the contact row keeps only
-- inside its JSON document, as typed, indexed rows, so that a segment becomes an index lookup.

-- the primary company, for the segment fields company.name and company.domain
alter table crm_contact add column primary_company_id uuid;

-- one row per value: the first address's country and city, and each custom field value
-- (a multi-select field has one row per chosen option); field is the segment field name
create table crm_contact_value (
  tenant_id     varchar(64)  not null,
  contact_id    uuid         not null,
  seq           integer      not null,
  field         varchar(80)  not null,
  text_key      varchar(200),
  text_value    varchar(10000),
  number_value  numeric(76, 38),
  date_value    date,
  instant_value timestamp(6) with time zone,
  bool_value    boolean,
  constraint crm_contact_value_pk primary key (tenant_id, contact_id, seq),
  constraint crm_contact_value_contact_fk foreign key (tenant_id, contact_id)
    references crm_contact (tenant_id, id)
);
create index crm_contact_value_text_ix on crm_contact_value (tenant_id, field, text_key, contact_id);
create index crm_contact_value_number_ix
  on crm_contact_value (tenant_id, field, number_value, contact_id);
create index crm_contact_value_date_ix on crm_contact_value (tenant_id, field, date_value, contact_id);
create index crm_contact_value_instant_ix
  on crm_contact_value (tenant_id, field, instant_value, contact_id);
