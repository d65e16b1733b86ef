-- Absence registration, guardians' reports, observations, alerts and the contact log (issue 4).

-- The school's own pupil id (elevnummer), as used in imported files. Unique within the kommune.
alter table pupil add column local_id text;
create unique index pupil_local_id on pupil (kommune_id, local_id);

-- The school's skolerute for one school year; lessons per day come from each class's timetable, and
-- Norwegian public holidays are closed without being listed.
create table school_calendar (
  id uuid primary key,
  kommune_id uuid not null references kommune(id),
  school_id uuid not null references school(id),
  school_year smallint not null,
  first_day date not null,
  last_day date not null,
  spring_starts date not null,
  closed jsonb not null default '[]'::jsonb,
  version integer not null default 1,
  unique (school_id, school_year),
  check (last_day > first_day and spring_starts > first_day and spring_starts <= last_day)
);

create table absence_event (
  id uuid primary key,
  kommune_id uuid not null references kommune(id),
  pupil_id uuid not null references pupil(id),
  class_id uuid not null references class(id),
  date date not null,
  kind text not null check (kind in ('day', 'lesson', 'late', 'left')),
  subject text,
  period smallint check (period between 1 and 12),
  minutes smallint check (minutes between 1 and 600),
  documented boolean not null,
  reason text check (reason in ('sykdom', 'helse', 'permisjon', 'annet', 'ukjent')),
  source text not null check (source in ('laerer', 'foresatt', 'import')),
  note text,
  registered_by uuid not null references app_user(id),
  registered_at timestamptz not null,
  version integer not null default 1,
  deleted_at timestamptz,
  check (kind <> 'lesson' or (subject is not null and period is not null)),
  check (kind <> 'left' or period is not null),
  check (kind <> 'late' or minutes is not null)
);
-- One live event per pupil, day, kind and period: a guardian's report and the teacher's registration of
-- the same absence are one event, and importing the same file twice adds nothing.
create unique index absence_event_natural on absence_event (pupil_id, date, kind, (coalesce(period, 0))) where deleted_at is null;
create index absence_event_class_date on absence_event (class_id, date);

-- Every version of every event, written with the change. Append-only like the audit log.
create table absence_event_history (
  id bigint generated always as identity primary key,
  kommune_id uuid not null references kommune(id),
  event_id uuid not null references absence_event(id),
  version integer not null,
  change text not null check (change in ('created', 'updated', 'deleted')),
  changed_by uuid not null references app_user(id),
  changed_at timestamptz not null,
  snapshot jsonb not null
);
create index absence_event_history_event on absence_event_history (event_id);
create trigger absence_event_history_no_update before update or delete on absence_event_history
  for each row execute function audit_log_append_only();

-- What absence data cannot show: a serious single episode, major trouble attending, signs (000 §2).
-- rule_id links it to an observation rule of the school's profile, which then fires.
create table observation (
  id uuid primary key,
  kommune_id uuid not null references kommune(id),
  pupil_id uuid not null references pupil(id),
  kind text not null check (kind in ('alvorlig-hendelse', 'store-vansker-med-oppmøte', 'familiens-rutiner', 'tegn')),
  rule_id text,
  observed_on date not null,
  description text not null,
  recorded_by uuid not null references app_user(id),
  recorded_at timestamptz not null,
  version integer not null default 1
);
create index observation_pupil on observation (pupil_id);

-- An alert is an episode of a rule for a pupil: from the school day it starts to hold (started_on) to
-- the last day it held (ended_on, null while it still holds).
create table alert (
  id uuid primary key,
  kommune_id uuid not null references kommune(id),
  pupil_id uuid not null references pupil(id),
  class_id uuid not null references class(id),
  school_id uuid not null references school(id),
  profile text not null,
  rule_id text not null,
  started_on date not null,
  ended_on date,
  status text not null default 'new' check (status in ('new', 'seen', 'handled', 'dismissed')),
  explanation jsonb not null,
  dismiss_reason text,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  version integer not null default 1,
  unique (pupil_id, profile, rule_id, started_on)
);
create index alert_school_status on alert (school_id, status);

-- The contact log: every contact about a pupil's absence (004 §1.1), also reused by the case issue.
create table contact_log (
  id uuid primary key,
  kommune_id uuid not null references kommune(id),
  pupil_id uuid not null references pupil(id),
  alert_id uuid references alert(id),
  contacted_at timestamptz not null,
  with_whom text[] not null,
  channel text not null check (channel in ('telefon', 'møte', 'melding', 'hjemmebesøk', 'brev')),
  summary text not null,
  agreed text,
  recorded_by uuid not null references app_user(id),
  recorded_at timestamptz not null,
  version integer not null default 1
);
create index contact_log_pupil on contact_log (pupil_id);

do $$
declare t text;
begin
  foreach t in array array['school_calendar', 'absence_event', 'absence_event_history', 'observation', 'alert', 'contact_log']
  loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant on %I using (kommune_id = naervaer_kommune_id()) with check (kommune_id = naervaer_kommune_id())', t);
  end loop;
end $$;

grant select, insert, update, delete on school_calendar, absence_event, observation, alert, contact_log to naervaer_app;
grant select, insert on absence_event_history to naervaer_app;
