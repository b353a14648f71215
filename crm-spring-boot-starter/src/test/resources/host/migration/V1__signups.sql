create table if not exists host_signup (
  id uuid primary key,
  email varchar(320) not null,
  contact_id varchar(36) not null
);
