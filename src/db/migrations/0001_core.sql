-- Nærvær core schema: tenancy (kommune), schools, classes, pupils, guardians, users and roles,
-- sessions and the audit log. Runs unchanged on PostgreSQL 15+ and PGlite (PostgreSQL 18).
--
-- Tenancy: every table with tenant data carries kommune_id and has row-level security ENABLED and
-- FORCED. The application acts as the role naervaer_app (no superuser, no BYPASSRLS, owns nothing)
-- and tells the policies who is asking through transaction-local settings (set_config(..., true)):
--   naervaer.kommune_id   the kommune of the current request; unset => no rows at all
--   naervaer.user_id      the user making the request (audit, sessions)
--   naervaer.login_username / naervaer.session_token_hash
--                         the only two ways to see a row before the kommune is known: the one user
--                         row with that username (login), the one session row with that token hash.

create or replace function naervaer_kommune_id() returns uuid
  language sql stable
  as $$ select nullif(current_setting('naervaer.kommune_id', true), '')::uuid $$;

create table kommune (
  id uuid primary key,
  kommunenummer text not null unique,
  name text not null,
  created_at timestamptz not null default now(),
  version integer not null default 1
);

create table school (
  id uuid primary key,
  kommune_id uuid not null references kommune(id),
  name text not null,
  organisasjonsnummer text,
  first_trinn smallint not null check (first_trinn between 1 and 10),
  last_trinn smallint not null check (last_trinn between 1 and 10 and last_trinn >= first_trinn),
  rule_profile text,
  created_at timestamptz not null default now(),
  version integer not null default 1,
  unique (kommune_id, name)
);

-- Helsestasjon/skolehelsetjenesten, PPT, barneverntjeneste, BUP, kommunepsykolog: partners who see a
-- pupil only once consent exists (a later migration adds consent).
create table service_unit (
  id uuid primary key,
  kommune_id uuid not null references kommune(id),
  name text not null,
  kind text not null check (kind in ('helsestasjon', 'ppt', 'barneverntjeneste', 'bup', 'kommunepsykolog')),
  version integer not null default 1,
  unique (kommune_id, name)
);

-- school_year is the calendar year the school year starts in: 2026 = 2026–2027.
create table class (
  id uuid primary key,
  kommune_id uuid not null references kommune(id),
  school_id uuid not null references school(id),
  name text not null,
  trinn smallint not null check (trinn between 1 and 10),
  school_year smallint not null check (school_year between 2000 and 2100),
  version integer not null default 1,
  unique (school_id, school_year, name)
);

-- national_id: fødselsnummer or D-number, optional (newly arrived pupils may have none). Never in URLs
-- or logs; the opaque id is what leaves the server.
create table pupil (
  id uuid primary key,
  kommune_id uuid not null references kommune(id),
  first_name text not null,
  last_name text not null,
  birth_date date not null,
  national_id text check (national_id ~ '^[0-9]{11}$'),
  protected_address text not null default 'none' check (protected_address in ('none', 'fortrolig', 'strengt_fortrolig')),
  created_at timestamptz not null default now(),
  version integer not null default 1,
  unique (kommune_id, national_id)
);

-- Class history: one row per period a pupil belonged to a class.
create table class_membership (
  id uuid primary key,
  kommune_id uuid not null references kommune(id),
  pupil_id uuid not null references pupil(id),
  class_id uuid not null references class(id),
  valid_from date not null,
  valid_to date,
  check (valid_to is null or valid_to >= valid_from)
);
create index class_membership_class on class_membership (class_id);
create index class_membership_pupil on class_membership (pupil_id);

create table app_user (
  id uuid primary key,
  kommune_id uuid not null references kommune(id),
  username text not null,
  display_name text not null,
  kind text not null check (kind in ('staff', 'municipal', 'service', 'guardian')),
  password_hash text,
  -- Seams: a second login step (TOTP) and OpenID Connect (Feide) come with later issues.
  totp_secret text,
  oidc_subject text,
  is_demo boolean not null default false,
  failed_logins integer not null default 0,
  locked_until timestamptz,
  disabled_at timestamptz,
  created_at timestamptz not null default now(),
  version integer not null default 1
);
-- Usernames are unique across all kommuner: login finds the user before any kommune is known.
create unique index app_user_username on app_user (lower(username));

create table guardian (
  id uuid primary key,
  kommune_id uuid not null references kommune(id),
  first_name text not null,
  last_name text not null,
  phone text,
  email text,
  user_id uuid references app_user(id),
  version integer not null default 1
);

create table guardian_pupil (
  kommune_id uuid not null references kommune(id),
  guardian_id uuid not null references guardian(id),
  pupil_id uuid not null references pupil(id),
  relation text not null default 'foresatt',
  primary key (guardian_id, pupil_id)
);
create index guardian_pupil_pupil on guardian_pupil (pupil_id);

-- Roles per school, class or service; municipal roles (skoleeier) have none of these.
create table role_assignment (
  id uuid primary key,
  kommune_id uuid not null references kommune(id),
  user_id uuid not null references app_user(id),
  role text not null check (role in ('kontaktlaerer', 'faglaerer', 'skoleledelse', 'ressursteam', 'administrator',
                                     'skoleeier', 'helsesykepleier', 'ppt', 'barnevern', 'bup', 'kommunepsykolog')),
  school_id uuid references school(id),
  class_id uuid references class(id),
  service_unit_id uuid references service_unit(id),
  subject text
);
create index role_assignment_user on role_assignment (user_id);

-- The class timetable: lessons per weekday (1 = Monday) and period, with subject.
create table timetable_lesson (
  id uuid primary key,
  kommune_id uuid not null references kommune(id),
  class_id uuid not null references class(id),
  weekday smallint not null check (weekday between 1 and 5),
  period smallint not null check (period between 1 and 12),
  subject text not null,
  teacher_id uuid references app_user(id),
  unique (class_id, weekday, period)
);

create table user_session (
  id uuid primary key,
  kommune_id uuid not null references kommune(id),
  user_id uuid not null references app_user(id),
  token_hash text not null unique,
  csrf_token text not null,
  created_at timestamptz not null,
  last_seen_at timestamptz not null,
  -- Seam for the second login step: a session that still awaits it grants nothing.
  second_factor_pending boolean not null default false,
  ended_at timestamptz
);
create index user_session_user on user_session (user_id);

-- Append-only: the application role may insert and read, never change or delete; a trigger stops
-- everyone else too.
create table audit_log (
  id bigint generated always as identity primary key,
  kommune_id uuid not null references kommune(id),
  at timestamptz not null,
  user_id uuid references app_user(id),
  role text,
  action text not null,
  pupil_id uuid references pupil(id),
  details jsonb not null default '{}'::jsonb
);
create index audit_log_pupil on audit_log (pupil_id);

create or replace function audit_log_append_only() returns trigger
  language plpgsql
  as $$ begin raise exception 'audit_log er bare for tillegg: rader kan ikke endres eller slettes'; end $$;
create trigger audit_log_no_update before update or delete on audit_log
  for each row execute function audit_log_append_only();

-- Row-level security.
alter table kommune enable row level security;
alter table kommune force row level security;
create policy tenant on kommune using (id = naervaer_kommune_id()) with check (id = naervaer_kommune_id());

do $$
declare t text;
begin
  foreach t in array array['school', 'service_unit', 'class', 'pupil', 'class_membership', 'guardian',
                           'guardian_pupil', 'role_assignment', 'timetable_lesson', 'audit_log']
  loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant on %I using (kommune_id = naervaer_kommune_id()) with check (kommune_id = naervaer_kommune_id())', t);
  end loop;
end $$;

alter table app_user enable row level security;
alter table app_user force row level security;
create policy tenant on app_user
  using (kommune_id = naervaer_kommune_id()
         or lower(username) = nullif(current_setting('naervaer.login_username', true), ''))
  with check (kommune_id = naervaer_kommune_id()
              or lower(username) = nullif(current_setting('naervaer.login_username', true), ''));

alter table user_session enable row level security;
alter table user_session force row level security;
create policy tenant on user_session
  using (kommune_id = naervaer_kommune_id()
         or token_hash = nullif(current_setting('naervaer.session_token_hash', true), ''))
  with check (kommune_id = naervaer_kommune_id());

-- The application role's rights. Created idempotently (roles are per cluster on a server).
do $$
begin
  if not exists (select 1 from pg_roles where rolname = 'naervaer_app') then
    create role naervaer_app nologin nosuperuser nobypassrls nocreatedb nocreaterole noinherit;
  end if;
exception when duplicate_object or unique_violation then null;
end $$;

grant usage on schema public to naervaer_app;
grant select, insert, update, delete on kommune, school, service_unit, class, pupil, class_membership,
  app_user, guardian, guardian_pupil, role_assignment, timetable_lesson, user_session to naervaer_app;
grant select, insert on audit_log to naervaer_app;
grant execute on function naervaer_kommune_id() to naervaer_app;

-- A migrating user that is not a superuser must be a member of naervaer_app to SET ROLE to it.
do $$
begin
  if not (select rolsuper from pg_roles where rolname = current_user) then
    execute format('grant naervaer_app to %I', current_user);
  end if;
end $$;
