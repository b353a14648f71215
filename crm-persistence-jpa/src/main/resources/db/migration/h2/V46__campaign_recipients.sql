-- Campaign recipients: one row per contact and campaign, claimed by one sender at a time (SELECT
-- ... FOR UPDATE SKIP LOCKED on the queued rows), found again by the provider's message id.
create table crm_campaign_recipient (
  tenant_id           varchar(64)                 not null,
  id                  uuid                        not null,
  version             bigint                      not null,
  created_at          timestamp(6) with time zone not null,
  updated_at          timestamp(6) with time zone not null,
  campaign_id         uuid                        not null,
  contact_id          uuid                        not null,
  status              varchar(16)                 not null,
  claimed_at          timestamp(6) with time zone,
  sent_at             timestamp(6) with time zone,
  address             varchar(320)                not null,
  provider_message_id varchar(500),
  note                varchar(500)                not null,
  engagements         varchar(1000000) not null,
  constraint crm_campaign_recipient_pk primary key (tenant_id, id),
  constraint crm_campaign_recipient_contact_uk unique (tenant_id, campaign_id, contact_id),
  constraint crm_campaign_recipient_provider_uk unique (tenant_id, provider_message_id)
);
create index crm_campaign_recipient_status_ix
  on crm_campaign_recipient (tenant_id, campaign_id, status, id);
create index crm_campaign_recipient_claimed_ix
  on crm_campaign_recipient (tenant_id, campaign_id, claimed_at);
create index crm_campaign_recipient_contact_ix on crm_campaign_recipient (tenant_id, contact_id, id);
