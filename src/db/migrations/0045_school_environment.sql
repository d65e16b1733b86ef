-- Issue 21 item 3 (decisions 187–189): «A safe school first». A matter about a pupil's school environment
-- under opplæringslova kapittel 12 (the aktivitetsplikt of § 12-4, the stricter duty of § 12-5 when an
-- adult at the school is involved), kept apart from the absence case: it stands whether or not the pupil has
-- one, and links to the open one when there is. Every step has its date; the aktivitetsplan (§ 12-4 third
-- paragraph) is the domain's ActivityPlan (src/domain/school-environment), checked by the server before it is
-- stored. Every edit is a new version: the version it replaced goes to record_history (updateVersioned).
create table school_environment_case (
  id uuid primary key,
  kommune_id uuid not null references kommune(id),
  pupil_id uuid not null references pupil(id),
  school_id uuid not null references school(id),
  -- The absence case open when the matter started. No foreign key on purpose: privacy_erase_case (0014) erases
  -- every row pointing at an erased case, and this matter is not the case's to erase (decision 187); after an
  -- erasure the id names nothing, and the matter shows no case.
  case_id uuid,
  status text not null check (status in ('open', 'closed')),
  started_from text not null check (started_from in ('observation', 'manual', 'case-note')),
  observation_id uuid references observation(id) on delete set null,
  -- § 12-5: an adult working at the school is involved (the school owner is told, too).
  adult_involved boolean not null default false,
  -- Reported: who knew, from when, and what they knew.
  reported_by uuid not null references app_user(id),
  reported_at timestamptz not null,
  known_on date not null,
  report text not null,
  -- The leadership told (the inbox item, written with the start); the school owner told (§ 12-5, or by hand).
  leader_notified_at timestamptz not null,
  owner_notified_at timestamptz,
  -- Investigated (§ 12-4: «snarast undersøkje saka»): when, and what was found.
  investigated_on date,
  findings text,
  -- The aktivitetsplan (§ 12-4 third paragraph), null until made; its evaluation date copied out for the board.
  plan jsonb,
  plan_made_on date,
  evaluation_due date,
  -- Evaluated: when and how it went; closed: when and why.
  evaluated_on date,
  evaluation text,
  closed_on date,
  closing text,
  created_at timestamptz not null,
  updated_by uuid not null references app_user(id),
  updated_at timestamptz not null,
  version integer not null default 1,
  check ((status = 'closed') = (closed_on is not null))
);
create index school_environment_case_pupil on school_environment_case (pupil_id);
create index school_environment_case_school_open on school_environment_case (school_id) where status = 'open';

alter table school_environment_case enable row level security;
alter table school_environment_case force row level security;
create policy tenant on school_environment_case using (kommune_id = naervaer_kommune_id()) with check (kommune_id = naervaer_kommune_id());
-- Service partners never see it: what they need of it reaches them through the case (decision 187).
create policy consent_scope on school_environment_case as restrictive using (naervaer_partner_service() is null);
grant select, insert, update, delete on school_environment_case to naervaer_app;

-- The school leadership (and, when an adult is involved, the school owner) learn of a new matter.
alter table inbox_item drop constraint inbox_item_kind_check;
alter table inbox_item add constraint inbox_item_kind_check
  check (kind in ('case-shared', 'stafettholder', 'participant', 'notice', 'task-assigned', 'task-due',
                  'evaluation-due', 'concern-unhandled', 'guardian-report', 'guardian-document', 'guardian-reply',
                  'absence-unreported', 'referral-waiting', 'school-environment', 'contact-gap',
                  'health-concern'));
-- The kinds of the other migrations of issue 21 too (0045 school-environment, 0047 contact-gap, 0048
-- health-concern): each of them re-creates this check, so each lists them all, whichever runs last.
