-- Issue 22 item 2 (decision 236): an appeal that has waited a month at the Statsforvalteren without an outcome
-- recorded is put in the school leadership's inbox once, as `decision-waiting`.
alter table inbox_item drop constraint inbox_item_kind_check;
alter table inbox_item add constraint inbox_item_kind_check
  check (kind in ('case-shared', 'stafettholder', 'participant', 'notice', 'task-assigned', 'task-due',
                  'evaluation-due', 'concern-unhandled', 'guardian-report', 'guardian-document', 'guardian-reply',
                  'absence-unreported', 'referral-waiting', 'school-environment', 'contact-gap',
                  'health-concern', 'pupil-voice', 'school-environment-due', 'decision-deadline',
                  'decision-reply', 'decision-waiting'));
