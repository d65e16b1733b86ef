-- The people around a case besides the stafettholder: staff, partners and family, each with a role
-- (issue 5 item 2). A participant may be a user of Nærvær or just a name.
create table case_participant (
  id uuid primary key,
  kommune_id uuid not null references kommune(id),
  case_id uuid not null references pupil_case(id),
  name text not null,
  role text not null,
  user_id uuid references app_user(id),
  added_by uuid not null references app_user(id),
  added_at timestamptz not null,
  removed_at timestamptz
);
create index case_participant_case on case_participant (case_id);
alter table case_participant enable row level security;
alter table case_participant force row level security;
create policy tenant on case_participant using (kommune_id = naervaer_kommune_id()) with check (kommune_id = naervaer_kommune_id());
grant select, insert, update, delete on case_participant to naervaer_app;
