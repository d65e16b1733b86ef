-- A municipality's own rule profiles, edited in the app. They sit beside the shipped profiles
-- (content/profiles); a school follows one of either by id. Validated by the same schema at save.
create table kommune_rule_profile (
  id uuid primary key,
  kommune_id uuid not null references kommune(id),
  profile_id text not null check (profile_id ~ '^[a-z0-9][a-z0-9-]*$'),
  definition jsonb not null,
  updated_by uuid not null references app_user(id),
  updated_at timestamptz not null,
  version integer not null default 1,
  unique (kommune_id, profile_id)
);

alter table kommune_rule_profile enable row level security;
alter table kommune_rule_profile force row level security;
create policy tenant on kommune_rule_profile using (kommune_id = naervaer_kommune_id()) with check (kommune_id = naervaer_kommune_id());
grant select, insert, update, delete on kommune_rule_profile to naervaer_app;
