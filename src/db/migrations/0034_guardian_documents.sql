-- Issue 18 items 3 and 5 (decisions 129–133): the guardians inside the follow-up.

-- A parent's right to information from the school (barnelova § 47) can be restricted; the school records it
-- (the roster carries parental responsibility, not this). A restricted parent sees nothing of the child.
alter table guardian_pupil add column information_restricted boolean not null default false;

-- A letter, the minutes of a meeting or a plan the school has sent to the child's guardians with «Send til
-- foresatte» (decision 130). One row per document however often the button is pressed; the guardians'
-- view shows only documents named here. `source_id` is the alert (letter), meeting (minutes) or plan.
create table guardian_document (
  id uuid primary key,
  kommune_id uuid not null references kommune(id),
  pupil_id uuid not null references pupil(id),
  case_id uuid references pupil_case(id) on delete cascade,
  kind text not null check (kind in ('letter', 'minutes', 'plan')),
  source_id uuid not null,
  sent_by uuid not null references app_user(id),
  sent_at timestamptz not null,
  unique (kind, source_id)
);
create index guardian_document_pupil on guardian_document (pupil_id);
create index guardian_document_kommune on guardian_document (kommune_id);

alter table guardian_document enable row level security;
alter table guardian_document force row level security;
create policy tenant on guardian_document using (kommune_id = naervaer_kommune_id()) with check (kommune_id = naervaer_kommune_id());
create policy consent_scope on guardian_document as restrictive using (naervaer_partner_service() is null or naervaer_pupil_visible(pupil_id));
grant select, insert, delete on guardian_document to naervaer_app;

-- The guardian's inbox learns of a document sent home; the contact teacher's of a guardian's reply.
alter table inbox_item drop constraint inbox_item_kind_check;
alter table inbox_item add constraint inbox_item_kind_check
  check (kind in ('case-shared', 'stafettholder', 'participant', 'notice', 'task-assigned', 'task-due',
                  'evaluation-due', 'concern-unhandled', 'guardian-report', 'guardian-document',
                  'guardian-reply'));
