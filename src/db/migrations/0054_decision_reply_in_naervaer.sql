-- Issue 22 item 2 (decision 228): the guardians answer a forhåndsvarsel in Nærvær. The reply stays where the
-- school's recorded reply is (`reply_on`, `reply` on case_decision, one reply per decision); these columns say how
-- it came: `naervaer` — written by a guardian with parental responsibility on the child page, `reply_user_id` is
-- that guardian's account, `reply_sent_at` when it was last sent and `reply_on` that day in Oslo — or `school` —
-- given on paper or by phone and recorded by the school (step `reply`). A reply recorded before this migration
-- came through the school.
alter table case_decision add column reply_channel text check (reply_channel in ('naervaer', 'school'));
alter table case_decision add column reply_user_id uuid references app_user(id);
alter table case_decision add column reply_sent_at timestamptz;
update case_decision set reply_channel = 'school' where reply_on is not null;
alter table case_decision add constraint case_decision_reply_channel
  check ((reply_on is null) = (reply_channel is null)
         and (reply_channel = 'naervaer') = (reply_user_id is not null and reply_sent_at is not null));

-- The one who drafted the decision and the case's stafettholder learn that the guardians have answered.
alter table inbox_item drop constraint inbox_item_kind_check;
alter table inbox_item add constraint inbox_item_kind_check
  check (kind in ('case-shared', 'stafettholder', 'participant', 'notice', 'task-assigned', 'task-due',
                  'evaluation-due', 'concern-unhandled', 'guardian-report', 'guardian-document', 'guardian-reply',
                  'absence-unreported', 'referral-waiting', 'school-environment', 'contact-gap',
                  'health-concern', 'pupil-voice', 'school-environment-due', 'decision-deadline',
                  'decision-reply'));
