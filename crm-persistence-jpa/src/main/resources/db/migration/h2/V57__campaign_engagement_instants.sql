-- When each recipient last showed it received, opened and clicked its campaign's message, as
-- columns beside the engagements document, so that a segment's condition opened campaign "x" within
-- last 30 days is one indexed EXISTS per contact: the recipient row found by its (tenant_id,
-- campaign_id, contact_id) key, the campaign by its unique name. Null until the provider reports
-- such an event; the adapter writes them with every recipient.
alter table crm_campaign_recipient add column delivered_at timestamp(6) with time zone;
alter table crm_campaign_recipient add column opened_at timestamp(6) with time zone;
alter table crm_campaign_recipient add column clicked_at timestamp(6) with time zone;
