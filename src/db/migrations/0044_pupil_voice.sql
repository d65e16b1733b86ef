-- Issue 21 item 2 (decision 184): a voice of their own. The pupil signs in to a page of their own and writes
-- a weekly check-in (001's scaling tool, 1–10, and what would make it one step better) and what they want the
-- adults to know before a meeting and who they want there. Both belong to the pupil's open case: they appear
-- in the case as the pupil's own entries and are erased with the case.

-- A pupil's own account: kind 'pupil', linked from the pupil it is (pupil.user_id), as a guardian's is
-- linked from guardian.user_id.
alter table app_user drop constraint app_user_kind_check;
alter table app_user add constraint app_user_kind_check check (kind in ('staff', 'municipal', 'service', 'guardian', 'pupil'));
alter table pupil add column user_id uuid unique references app_user(id);

-- The pupil the request's user is (null for everyone who is not a pupil). Security definer: it reads the
-- pupil row whatever the caller's policies show.
create or replace function naervaer_own_pupil() returns uuid
  language sql stable security definer
  set search_path = public
  as $$
    select p.id from pupil p
    where p.user_id = nullif(current_setting('naervaer.user_id', true), '')::uuid
      and p.kommune_id = naervaer_kommune_id()
  $$;
revoke all on function naervaer_own_pupil() from public;
grant execute on function naervaer_own_pupil() to naervaer_app;

-- One check-in per pupil and ISO week («2026-W49»), editable that week (versioned).
create table pupil_checkin (
  id uuid primary key,
  kommune_id uuid not null references kommune(id),
  pupil_id uuid not null references pupil(id),
  case_id uuid not null references pupil_case(id),
  iso_week text not null check (iso_week ~ '^\d{4}-W\d{2}$'),
  score integer not null check (score between 1 and 10),
  one_step_better text not null default '',
  written_by uuid not null references app_user(id),
  written_at timestamptz not null,
  version integer not null default 1,
  unique (pupil_id, iso_week)
);
create index pupil_checkin_case on pupil_checkin (case_id);
create index pupil_checkin_kommune on pupil_checkin (kommune_id);

-- What the pupil wants the adults to know before a meeting, and who they want there (the choices, and others
-- in their own words). One row per wish; the latest is the one that counts.
create table pupil_meeting_wish (
  id uuid primary key,
  kommune_id uuid not null references kommune(id),
  pupil_id uuid not null references pupil(id),
  case_id uuid not null references pupil_case(id),
  want_adults_to_know text not null default '',
  who text[] not null default '{}',
  who_else text not null default '',
  written_by uuid not null references app_user(id),
  written_at timestamptz not null
);
create index pupil_meeting_wish_case on pupil_meeting_wish (case_id);
create index pupil_meeting_wish_kommune on pupil_meeting_wish (kommune_id);

-- The kommune's rows; a service partner's only through the consent; a pupil's only their own.
alter table pupil_checkin enable row level security;
alter table pupil_checkin force row level security;
create policy tenant on pupil_checkin using (kommune_id = naervaer_kommune_id()) with check (kommune_id = naervaer_kommune_id());
create policy consent_scope on pupil_checkin as restrictive using (naervaer_partner_service() is null or naervaer_pupil_visible(pupil_id));
create policy own_pupil on pupil_checkin as restrictive
  using (naervaer_own_pupil() is null or pupil_id = naervaer_own_pupil())
  with check (naervaer_own_pupil() is null or pupil_id = naervaer_own_pupil());
grant select, insert, update on pupil_checkin to naervaer_app;

alter table pupil_meeting_wish enable row level security;
alter table pupil_meeting_wish force row level security;
create policy tenant on pupil_meeting_wish using (kommune_id = naervaer_kommune_id()) with check (kommune_id = naervaer_kommune_id());
create policy consent_scope on pupil_meeting_wish as restrictive using (naervaer_partner_service() is null or naervaer_pupil_visible(pupil_id));
create policy own_pupil on pupil_meeting_wish as restrictive
  using (naervaer_own_pupil() is null or pupil_id = naervaer_own_pupil())
  with check (naervaer_own_pupil() is null or pupil_id = naervaer_own_pupil());
grant select, insert on pupil_meeting_wish to naervaer_app;
