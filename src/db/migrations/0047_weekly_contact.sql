-- Issue 21 item 5 (decisions 193–195): the weekly contact, a recurring task the contact log closes.
-- The weeks are computed (src/domain/ladder/weekly-contact.ts), never stored; what is stored is the team's
-- switch on the case: null = as the ladder says, true = on (from `weekly_contact_since`), false = off. It lives on
-- pupil_case, so it is versioned (record_history), guarded by the case's row-level security and exported and
-- erased with the case.
alter table pupil_case add column weekly_contact boolean;
alter table pupil_case add column weekly_contact_since date;

-- The contact teacher's and stafettholder's «a school week passed without contact» (one per case and week).
alter table inbox_item drop constraint inbox_item_kind_check;
alter table inbox_item add constraint inbox_item_kind_check
  check (kind in ('case-shared', 'stafettholder', 'participant', 'notice', 'task-assigned', 'task-due',
                  'evaluation-due', 'concern-unhandled', 'guardian-report', 'guardian-document', 'guardian-reply',
                  'absence-unreported', 'referral-waiting', 'school-environment', 'contact-gap',
                  'health-concern'));
-- The kinds of the other migrations of issue 21 too (0045 school-environment, 0047 contact-gap, 0048
-- health-concern): each of them re-creates this check, so each lists them all, whichever runs last.
