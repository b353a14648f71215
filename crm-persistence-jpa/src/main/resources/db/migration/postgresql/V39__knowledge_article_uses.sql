-- Which tickets each article helped solve: one row per pair, so that a ticket counts once; the
-- "most used articles" report groups them by article.

create table crm_article_use (
  tenant_id  varchar(64) not null,
  article_id uuid        not null,
  ticket_id  varchar(64) not null,
  used_at    timestamp(6) with time zone not null,
  constraint crm_article_use_pk primary key (tenant_id, article_id, ticket_id),
  constraint crm_article_use_article_fk foreign key (tenant_id, article_id)
    references crm_article (tenant_id, id)
);
