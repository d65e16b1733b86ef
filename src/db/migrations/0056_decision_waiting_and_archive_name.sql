-- Issue 22 item 2 (decision 236): an appeal that has waited a month at the Statsforvalteren without an outcome
-- recorded is put in the school leadership's inbox once, as `decision-waiting`.
alter table inbox_item drop constraint inbox_item_kind_check;
alter table inbox_item add constraint inbox_item_kind_check
  check (kind in ('case-shared', 'stafettholder', 'participant', 'notice', 'task-assigned', 'task-due',
                  'evaluation-due', 'concern-unhandled', 'guardian-report', 'guardian-document', 'guardian-reply',
                  'absence-unreported', 'referral-waiting', 'school-environment', 'contact-gap',
                  'health-concern', 'pupil-voice', 'school-environment-due', 'decision-deadline',
                  'decision-reply', 'decision-waiting'));

-- Issue 22 item 4 (decision 237): the archive an extract was handed over to — the kommune's arkivdepot or an
-- interkommunalt arkiv — as the one who marked it wrote it, beside the day and the person.
alter table archive_extract add column handed_over_to text
  check (handed_over_to is null or (handed_over_on is not null and length(handed_over_to) between 1 and 200));
