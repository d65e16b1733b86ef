-- Issue 21 item 3, what remained (decisions 210–212): the aktivitetsplan sent home, and its evaluation reminded.
--
-- «Send til foresatte» sends the aktivitetsplan of a school environment matter like the other documents sent
-- home: one guardian_document row (source_id is the matter), no case_id (the matter is not the absence case's,
-- and an erased absence case must not take the family's copy of the plan with it: decision 187). The deletion
-- of a closed matter under the retention settings deletes its row (decision 210).
alter table guardian_document drop constraint guardian_document_kind_check;
alter table guardian_document add constraint guardian_document_kind_check
  check (kind in ('letter', 'minutes', 'plan', 'activity-plan'));

-- A few school days before the aktivitetsplan's evaluation date, the matter's responsible people are reminded
-- (inbox kind school-environment-due, decision 212). Every migration of this round re-creates the check with
-- the kinds of all of them (pupil-voice, school-environment-due, decision-deadline), whichever runs last.
alter table inbox_item drop constraint inbox_item_kind_check;
alter table inbox_item add constraint inbox_item_kind_check
  check (kind in ('case-shared', 'stafettholder', 'participant', 'notice', 'task-assigned', 'task-due',
                  'evaluation-due', 'concern-unhandled', 'guardian-report', 'guardian-document', 'guardian-reply',
                  'absence-unreported', 'referral-waiting', 'school-environment', 'contact-gap',
                  'health-concern', 'pupil-voice', 'school-environment-due', 'decision-deadline'));
