-- Issue 22 items 1–2 (decisions 213–217): individual decisions (enkeltvedtak) in a case — a reduced timetable or
-- exemption from the duty of education, individuelt tilrettelagd opplæring, leave, or a kommune's own kind
-- (content/decisions). One row per decision carries its draft (facts, legal basis, reasons, the pupil's views
-- and how they were weighed, the best interest, what is decided, from/to, the sakkyndig vurdering, the
-- guardians' consent or the temporary measure), and every step after it with its date: the forhåndsvarsel and
-- the reply, the decision, the letter's delivery and the family's receipt (the appeal deadline runs from it),
-- the appeal, the school's reassessment, sending it on to the Statsforvalteren, and the final outcome.
-- Every edit is a new version: the version it replaced goes to record_history (updateVersioned), so an edit
-- never silently overwrites another's. Erased with its case (privacy_erase_case follows the foreign key).
create table case_decision (
  id uuid primary key,
  kommune_id uuid not null references kommune(id),
  case_id uuid not null references pupil_case(id) on delete cascade,
  pupil_id uuid not null references pupil(id),
  -- The kind's id in content/decisions; a kommune's own kind keeps its id as long as the kind exists.
  kind text not null check (length(kind) between 1 and 100),
  status text not null default 'draft'
    check (status in ('draft', 'notice-sent', 'reply-recorded', 'decided', 'delivered', 'appealed', 'upheld',
                      'forwarded', 'changed', 'final')),
  -- The draft.
  facts text not null default '',
  legal_basis text[] not null default '{}',
  reasons text not null default '',
  -- «Elevens stemme og barnets beste» (decision 181's record: { pupilViews, bestInterest }), null until written.
  heard jsonb,
  weighed text not null default '',
  decision text not null default '',
  valid_from date,
  valid_to date,
  -- PPT's sakkyndig vurdering the decision rests on. No foreign key: the case's assessments are erased with it.
  assessment_id uuid,
  consent_on date,
  consent_by text,
  -- A temporary measure in wait for PPT (000 §7): its evaluation date and the considerations weighed.
  temporary_evaluate_on date,
  temporary_considerations text,
  -- The forhåndsvarsel (fvl § 16) and the guardians' reply.
  notice_sent_on date,
  reply_by date,
  reply_on date,
  reply text,
  -- The decision.
  decided_on date,
  decided_by uuid references app_user(id),
  -- The letter's delivery (decision 214): the channel, when sent, and when the family received it (the first
  -- time a guardian opened it in Nærvær, or the date staff entered for paper).
  delivery_channel text check (delivery_channel in ('naervaer', 'paper')),
  delivered_on date,
  received_on date,
  receipt text check (receipt in ('opened', 'entered')),
  -- The appeal (fvl § 28), the school's reassessment (fvl § 33), sent on to the Statsforvalteren, the outcome.
  appeal_received_on date,
  appeal text,
  reassessed_on date,
  reassessment text check (reassessment in ('upheld', 'changed')),
  reassessment_reasons text,
  forwarded_on date,
  forwarded_documents text[],
  outcome_on date,
  outcome text check (outcome in ('upheld', 'changed', 'annulled')),
  outcome_text text,
  created_by uuid not null references app_user(id),
  created_at timestamptz not null,
  updated_by uuid not null references app_user(id),
  updated_at timestamptz not null,
  version integer not null default 1,
  check (valid_to is null or valid_from is null or valid_to >= valid_from),
  check ((status = 'draft') = (notice_sent_on is null and decided_on is null))
);
create index case_decision_case on case_decision (case_id);
create index case_decision_pupil on case_decision (pupil_id);
-- The board's deadlines: the decisions still under way.
create index case_decision_open on case_decision (kommune_id) where status not in ('draft', 'changed', 'final');

alter table case_decision enable row level security;
alter table case_decision force row level security;
create policy tenant on case_decision using (kommune_id = naervaer_kommune_id()) with check (kommune_id = naervaer_kommune_id());
-- Service partners do not read decisions: what they need reaches them in the case (decision 217).
create policy consent_scope on case_decision as restrictive using (naervaer_partner_service() is null);
-- A pupil's own session sees no other pupil's decisions (0044).
create policy own_pupil on case_decision as restrictive
  using (naervaer_own_pupil() is null or pupil_id = naervaer_own_pupil())
  with check (naervaer_own_pupil() is null or pupil_id = naervaer_own_pupil());
grant select, insert, update, delete on case_decision to naervaer_app;

-- The school leader learns when a decision's deadline is close (reply due, appeal to reassess).
alter table inbox_item drop constraint inbox_item_kind_check;
alter table inbox_item add constraint inbox_item_kind_check
  check (kind in ('case-shared', 'stafettholder', 'participant', 'notice', 'task-assigned', 'task-due',
                  'evaluation-due', 'concern-unhandled', 'guardian-report', 'guardian-document', 'guardian-reply',
                  'absence-unreported', 'referral-waiting', 'school-environment', 'contact-gap',
                  'health-concern', 'pupil-voice', 'school-environment-due', 'decision-deadline'));
-- The kinds of the other migrations of this round too ('pupil-voice', 'school-environment-due'): each of them
-- re-creates this check, so each lists them all, whichever runs last.
