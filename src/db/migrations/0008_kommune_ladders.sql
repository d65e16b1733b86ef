-- A municipality's own tiltakstrapp (issue 5 item 1: "a municipality can adapt its own"), beside the
-- shipped ones in content/ladders; validated by the same schema (and its child-welfare guardrail) at save.
create table kommune_ladder (
  id uuid primary key,
  kommune_id uuid not null references kommune(id),
  ladder_id text not null check (ladder_id ~ '^[a-z0-9][a-z0-9-]*$'),
  definition jsonb not null,
  updated_by uuid not null references app_user(id),
  updated_at timestamptz not null,
  version integer not null default 1,
  unique (kommune_id, ladder_id)
);
alter table kommune_ladder enable row level security;
alter table kommune_ladder force row level security;
create policy tenant on kommune_ladder using (kommune_id = naervaer_kommune_id()) with check (kommune_id = naervaer_kommune_id());
grant select, insert, update, delete on kommune_ladder to naervaer_app;
