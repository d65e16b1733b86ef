-- Issue 21 item 6 (decisions 196–198): the health service as a partner, not a reader.
--
-- 1. An «undring» from the helsesykepleier to the school about a pupil (health_concern): what she wonders
--    about and the basis for telling the school — the guardians' consent, or the pupil's own from 16
--    (pasient- og brukerrettighetsloven § 4-3, decision 196). The school marks it received and followed up,
--    and may link it to the pupil's case. Not an absence concern (alert/«bekymring»): a different thing.
-- 2. The ticks of a partner's own checklist in a case (partner_checklist_tick): the helsestasjon's steps of
--    000's appendix, which the ladder carries as `partnerChecklists` (decision 197).
-- 3. The inbox kind `health-concern`.

create table health_concern (
  id uuid primary key,
  kommune_id uuid not null references kommune(id),
  pupil_id uuid not null references pupil(id),
  -- The pupil's school and class when the undring was raised: who is told, and whose scope shows it.
  school_id uuid not null references school(id),
  class_id uuid not null references class(id),
  raised_by uuid not null references app_user(id),
  raised_at timestamptz not null,
  text text not null check (length(btrim(text)) > 0 and length(text) <= 4000),
  basis text not null check (basis in ('guardians', 'pupil')),
  consent_on date not null,
  -- Who gave the consent: a guardian's name for `guardians`; for `pupil`, the pupil (written by the server).
  consent_by text not null check (length(btrim(consent_by)) > 0 and length(consent_by) <= 200),
  status text not null default 'raised' check (status in ('raised', 'received', 'followed-up')),
  received_by uuid references app_user(id),
  received_at timestamptz,
  followed_up_by uuid references app_user(id),
  followed_up_at timestamptz,
  -- The case the school opened or linked from it; erasing that case erases the undring with it.
  case_id uuid references pupil_case(id) on delete cascade,
  version integer not null default 1
);
create index health_concern_pupil on health_concern (pupil_id);
create index health_concern_school on health_concern (school_id, status);
create index health_concern_raised_by on health_concern (raised_by);

alter table health_concern enable row level security;
alter table health_concern force row level security;
create policy tenant on health_concern using (kommune_id = naervaer_kommune_id()) with check (kommune_id = naervaer_kommune_id());
-- A service partner's request sees only the undringer she raised herself (the school sees its own by scope
-- in the use-case). Raising one reads the pupil in the school's context, narrowed to her schools (decision 196).
create policy partner_own on health_concern as restrictive
  using (naervaer_partner_service() is null
         or raised_by = nullif(current_setting('naervaer.user_id', true), '')::uuid);
grant select, insert, update, delete on health_concern to naervaer_app;

create table partner_checklist_tick (
  id uuid primary key,
  kommune_id uuid not null references kommune(id),
  case_id uuid not null references pupil_case(id) on delete cascade,
  checklist_id text not null,
  step_id text not null,
  ticked_by uuid not null references app_user(id),
  ticked_at timestamptz not null,
  unique (case_id, checklist_id, step_id)
);
create index partner_checklist_tick_kommune on partner_checklist_tick (kommune_id);

alter table partner_checklist_tick enable row level security;
alter table partner_checklist_tick force row level security;
create policy tenant on partner_checklist_tick using (kommune_id = naervaer_kommune_id()) with check (kommune_id = naervaer_kommune_id());
create policy consent_scope on partner_checklist_tick as restrictive using (naervaer_partner_service() is null or naervaer_case_visible(case_id));
grant select, insert, delete on partner_checklist_tick to naervaer_app;

-- The contact teacher's and the leadership's inbox learn of an undring from the health service.
alter table inbox_item drop constraint inbox_item_kind_check;
alter table inbox_item add constraint inbox_item_kind_check
  check (kind in ('case-shared', 'stafettholder', 'participant', 'notice', 'task-assigned', 'task-due',
                  'evaluation-due', 'concern-unhandled', 'guardian-report', 'guardian-document', 'guardian-reply',
                  'absence-unreported', 'referral-waiting', 'school-environment', 'contact-gap',
                  'health-concern'));
-- The kinds of the other migrations of issue 21 too (0045 school-environment, 0047 contact-gap, 0048
-- health-concern): each of them re-creates this check, so each lists them all, whichever runs last.
