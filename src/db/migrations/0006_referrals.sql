-- Referrals and expert assessments in a case (issue 5 item 6): to PPT (with the pedagogical report signed
-- by the guardians), BUP (via the doctor), barneverntjeneste, helsestasjon; PPT's sakkyndig vurdering or a
-- temporary sakkyndig uttalelse; a doctor's statement of partial sick leave. While a referral is pending
-- everyone keeps a samtidighetsansvar: the case shows who waits for what, since when.
create table case_referral (
  id uuid primary key,
  kommune_id uuid not null references kommune(id),
  case_id uuid not null references pupil_case(id),
  service text not null check (service in ('ppt', 'bup', 'barnevern', 'helsestasjon', 'fastlege', 'kommunepsykolog', 'spesialisthelsetjeneste')),
  status text not null check (status in ('under-arbeid', 'sendt', 'mottatt', 'avsluttet', 'avvist')),
  sent_on date,
  answered_on date,
  guardians_signed boolean not null default false,
  note text,
  updated_by uuid not null references app_user(id),
  updated_at timestamptz not null,
  version integer not null default 1
);
create index case_referral_case on case_referral (case_id);

create table case_assessment (
  id uuid primary key,
  kommune_id uuid not null references kommune(id),
  case_id uuid not null references pupil_case(id),
  kind text not null check (kind in ('sakkyndig-vurdering', 'sakkyndig-uttalelse', 'legeerklaering')),
  issued_on date not null,
  issued_by text not null,
  recommendations text not null,
  valid_until date,
  recorded_by uuid not null references app_user(id),
  recorded_at timestamptz not null,
  version integer not null default 1
);
create index case_assessment_case on case_assessment (case_id);

do $$
declare t text;
begin
  foreach t in array array['case_referral', 'case_assessment']
  loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant on %I using (kommune_id = naervaer_kommune_id()) with check (kommune_id = naervaer_kommune_id())', t);
  end loop;
end $$;
grant select, insert, update, delete on case_referral, case_assessment to naervaer_app;
