-- Setting up an installation without SQL (issue 16 item 1, decision 080). An account made by
-- `naervaer user create` has no password: it gets a one-time link whose token is stored only as its
-- SHA-256 here, valid for a limited time and used once. The person sets their own password on the page
-- the link opens; the token travels in the link's fragment, so it is never in a server's access log.
create table password_setup (
  id uuid primary key,
  kommune_id uuid not null references kommune(id),
  user_id uuid not null references app_user(id),
  token_hash text not null unique,
  created_at timestamptz not null,
  expires_at timestamptz not null,
  used_at timestamptz
);
create index password_setup_user on password_setup (user_id);

alter table password_setup enable row level security;
alter table password_setup force row level security;
create policy tenant on password_setup using (kommune_id = naervaer_kommune_id()) with check (kommune_id = naervaer_kommune_id());
grant select, insert, update, delete on password_setup to naervaer_app;
