-- Case follow-up along the tiltakstrapp (issue 5): one open case per pupil, its state on the ladder,
-- every action that moved it (the level history), and its tasks.

alter table school add column ladder text;

create table pupil_case (
  id uuid primary key,
  kommune_id uuid not null references kommune(id),
  pupil_id uuid not null references pupil(id),
  school_id uuid not null references school(id),
  ladder text not null,
  -- The ladder state (src/domain/ladder/case-machine.ts CaseState); status and level copied out for queries.
  state jsonb not null,
  status text not null check (status in ('open', 'closed')),
  level smallint not null check (level between 0 and 9),
  evaluation_due date,
  stafettholder_id uuid not null references app_user(id),
  opened_from text not null check (opened_from in ('alert', 'pattern', 'undring')),
  origin_alert_id uuid references alert(id),
  opened_by uuid not null references app_user(id),
  opened_at timestamptz not null,
  last_activity_at timestamptz not null,
  version integer not null default 1
);
create unique index pupil_case_one_open on pupil_case (pupil_id) where status = 'open';
create index pupil_case_school on pupil_case (school_id, status);

-- Every transition, with the state it led to: the case's level history. Append-only.
create table case_action (
  id bigint generated always as identity primary key,
  kommune_id uuid not null references kommune(id),
  case_id uuid not null references pupil_case(id),
  action jsonb not null,
  state_after jsonb not null,
  acted_by uuid not null references app_user(id),
  acted_at timestamptz not null
);
create index case_action_case on case_action (case_id);
create trigger case_action_no_update before update or delete on case_action
  for each row execute function audit_log_append_only();

create table case_task (
  id uuid primary key,
  kommune_id uuid not null references kommune(id),
  case_id uuid not null references pupil_case(id),
  level smallint not null,
  ladder_task_id text,
  text text not null,
  responsible text[] not null default '{}',
  owner_id uuid references app_user(id),
  due_on date,
  done_on date,
  done_by uuid references app_user(id),
  completion jsonb,
  source text not null check (source in ('ladder', 'team')),
  version integer not null default 1
);
create index case_task_case on case_task (case_id);

do $$
declare t text;
begin
  foreach t in array array['pupil_case', 'case_action', 'case_task']
  loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant on %I using (kommune_id = naervaer_kommune_id()) with check (kommune_id = naervaer_kommune_id())', t);
  end loop;
end $$;

grant select, insert, update, delete on pupil_case, case_task to naervaer_app;
grant select, insert on case_action to naervaer_app;
