-- Issue 18 item 4 and the rest of item 1 (decisions 134–138): the same-day notice to guardians when a pupil
-- is registered absent without their report, a second channel (SMS) behind the outbox, and the inbox item for
-- a referral waiting longer than the municipality's limit.

-- The school's time for the same-day notice (HH:MM, Oslo time); null: the content's default (09:30).
alter table school add column same_day_notice_at text
  check (same_day_notice_at ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$');
-- A class the school has turned the notice off for (a class with its own routine, a class on a trip).
alter table class add column same_day_notice boolean not null default true;

-- The notice is recorded in the contact log (004 §1.1: every contact about absence is logged), written by
-- Nærvær itself: no user recorded it. `notice_on` is the school day it concerns; one notice per pupil and day
-- (the unique index is what makes the periodic job idempotent).
alter table contact_log alter column recorded_by drop not null;
alter table contact_log add column notice_on date;
create unique index contact_log_notice_once on contact_log (pupil_id, notice_on) where notice_on is not null;

-- The new kinds of inbox item: the guardian's «registered absent, not reported» and the stafettholder's
-- «a referral is waiting longer than the limit».
alter table inbox_item drop constraint inbox_item_kind_check;
alter table inbox_item add constraint inbox_item_kind_check
  check (kind in ('case-shared', 'stafettholder', 'participant', 'notice', 'task-assigned', 'task-due',
                  'evaluation-due', 'concern-unhandled', 'guardian-report', 'guardian-document', 'guardian-reply',
                  'absence-unreported', 'referral-waiting'));

-- The outbox carries SMS too (decision 136): the channel, and for an SMS the guardian whose mobile number it
-- goes to (read when sending, never copied here). A guardian without an account has no user.
alter table mail_outbox add column channel text not null default 'email' check (channel in ('email', 'sms'));
alter table mail_outbox add column guardian_id uuid references guardian(id);
alter table mail_outbox alter column user_id drop not null;
alter table mail_outbox add constraint mail_outbox_recipient check (
  (channel = 'email' and user_id is not null) or (channel = 'sms' and guardian_id is not null));
create unique index mail_outbox_guardian_once on mail_outbox (guardian_id, dedupe_key) where guardian_id is not null;
