-- Issue 21, what remains of items 1 and 2 (decisions 204 and 206).
--
-- 1. Activating a plan starts its measures, so it records «Elevens stemme og barnets beste» like the ladder's
--    steps (decision 204): the record as sent with the activation, trimmed (src/domain/ladder/heard.ts). On the
--    plan's row, so it is versioned with the plan (record_history), under the case's row-level security, and
--    exported and erased with the plan. Null for a draft and for plans activated before this migration.
alter table case_plan add column activation_heard jsonb;

-- 2. The inbox kind `pupil-voice`: the pupil wrote a check-in or a wish before a meeting on their own page
--    (decision 206). The kinds of the other migrations of this round too (`school-environment-due`,
--    `decision-deadline`): each re-creates this check, so each lists them all, whichever runs last.
alter table inbox_item drop constraint inbox_item_kind_check;
alter table inbox_item add constraint inbox_item_kind_check
  check (kind in ('case-shared', 'stafettholder', 'participant', 'notice', 'task-assigned', 'task-due',
                  'evaluation-due', 'concern-unhandled', 'guardian-report', 'guardian-document', 'guardian-reply',
                  'absence-unreported', 'referral-waiting', 'school-environment', 'contact-gap',
                  'health-concern', 'pupil-voice', 'school-environment-due', 'decision-deadline'));
