-- Satisfaction surveys of solved tickets: the survey as a document, its answer instant for the
-- CSAT reports of a period.
alter table crm_ticket add column survey json;
alter table crm_ticket add column survey_answered_at datetime(6);
create index crm_ticket_survey_ix on crm_ticket (tenant_id, survey_answered_at, id);
