-- Consent for interdisciplinary cooperation (issue 6 item 1; the form in 001 "Tverrfaglig
-- samtykkeerklæring"): which services may exchange information about the pupil, who consented, what is
-- held back, and until when. A consent belongs to one case and holds until the case closes or it is
-- withdrawn; a refusal is recorded too. Service partners (helsestasjon, PPT, barneverntjeneste, BUP,
-- kommunepsykolog) see a pupil's case only through a valid consent covering their service — checked in
-- the use-case layer, and enforced here underneath by restrictive row-level policies.

create table consent (
  id uuid primary key,
  kommune_id uuid not null references kommune(id),
  pupil_id uuid not null references pupil(id),
  case_id uuid not null references pupil_case(id),
  decision text not null check (decision in ('granted', 'refused')),
  -- Codes from the form's list (src/domain/consent/services.ts); 'spesialisthelsetjeneste' and 'andre'
  -- are specified in the text fields.
  services text[] not null,
  specialist_services text,
  other_services text,
  -- Who consented: guardians by id, and the pupil from 15 (judged from the stored birth date).
  guardian_ids uuid[] not null,
  pupil_consented boolean not null,
  information_given text not null,
  scope text not null,
  held_back_matters text,
  excluded_services text[] not null default '{}',
  excluded_user_ids uuid[] not null default '{}',
  excluded_persons text,
  stafettlogg boolean not null,
  place text,
  consent_date date not null,
  collected_by uuid not null references app_user(id),
  collected_at_service text not null,
  recorded_at timestamptz not null,
  -- Set when the case closes: a consent holds "frem til saken avsluttes" and does not revive on reopening.
  expired_on date,
  withdrawn_on date,
  withdrawn_by uuid references app_user(id),
  withdrawal_reason text,
  version integer not null default 1
);
create index consent_case on consent (case_id);
create index consent_pupil on consent (pupil_id);

-- The signed form, scanned: kept beside the consent (not in it, so its edit history stays small). The
-- newest scan of a consent is the one shown.
create table consent_scan (
  id uuid primary key,
  kommune_id uuid not null references kommune(id),
  consent_id uuid not null references consent(id),
  case_id uuid not null references pupil_case(id),
  file_name text not null,
  mime text not null check (mime in ('application/pdf', 'image/png', 'image/jpeg')),
  data bytea not null,
  uploaded_by uuid not null references app_user(id),
  uploaded_at timestamptz not null
);
create index consent_scan_consent on consent_scan (consent_id);
alter table consent_scan enable row level security;
alter table consent_scan force row level security;
create policy tenant on consent_scan using (kommune_id = naervaer_kommune_id()) with check (kommune_id = naervaer_kommune_id());
grant select, insert on consent_scan to naervaer_app;

alter table consent enable row level security;
alter table consent force row level security;
create policy tenant on consent using (kommune_id = naervaer_kommune_id()) with check (kommune_id = naervaer_kommune_id());
grant select, insert, update, delete on consent to naervaer_app;

-- The request's service, set by the server for a service partner (naervaer.partner_service), empty for
-- everyone else. Which services a partner role belongs to is fixed in src/server/actor.ts.
create or replace function naervaer_partner_service() returns text
  language sql stable
  as $$ select nullif(current_setting('naervaer.partner_service', true), '') $$;

-- Whether the request may see this case: always for school staff (their own rules apply in the
-- use-cases); for a service partner only while the case is open and a granted, unwithdrawn consent on
-- it covers the partner's service and does not exclude the partner's service or person. Security
-- definer, so the check reads consent and case rows the policies below would hide from it.
create or replace function naervaer_case_visible(c uuid) returns boolean
  language sql stable security definer
  as $$
    select naervaer_partner_service() is null or exists (
      select 1 from consent k join pupil_case pc on pc.id = k.case_id
      where k.case_id = c and k.kommune_id = naervaer_kommune_id() and pc.status = 'open'
        and k.decision = 'granted' and k.withdrawn_on is null and k.expired_on is null
        and naervaer_partner_service() = any (k.services)
        and not (naervaer_partner_service() = any (k.excluded_services))
        and not (coalesce(nullif(current_setting('naervaer.user_id', true), '')::uuid, '00000000-0000-0000-0000-000000000000') = any (k.excluded_user_ids)))
  $$;

create or replace function naervaer_pupil_visible(p uuid) returns boolean
  language sql stable security definer
  as $$
    select naervaer_partner_service() is null
      or exists (select 1 from pupil_case pc where pc.pupil_id = p and pc.kommune_id = naervaer_kommune_id() and naervaer_case_visible(pc.id))
  $$;

-- Restrictive policies: they narrow what the tenant policy allows, and only bite for service partners.
-- Each is written `partner_service() is null or …` so that for school staff the cheap, inlined test
-- decides and the consent lookup never runs.
create policy consent_scope on pupil_case as restrictive using (naervaer_partner_service() is null or naervaer_case_visible(id));
create policy consent_scope on consent as restrictive using (naervaer_partner_service() is null or naervaer_case_visible(case_id));
do $$
declare t text;
begin
  foreach t in array array['consent_scan', 'case_action', 'case_task', 'case_meeting', 'case_referral', 'case_assessment', 'case_participant'] loop
    execute format('create policy consent_scope on %I as restrictive using (naervaer_partner_service() is null or naervaer_case_visible(case_id))', t);
  end loop;
  foreach t in array array['class_membership', 'guardian_pupil', 'absence_event', 'observation', 'alert', 'contact_log'] loop
    execute format('create policy consent_scope on %I as restrictive using (naervaer_partner_service() is null or naervaer_pupil_visible(pupil_id))', t);
  end loop;
end $$;
create policy consent_scope on pupil as restrictive using (naervaer_partner_service() is null or naervaer_pupil_visible(id));
-- Notes restricted to one service (a health note: only the health service, the stafettholder and the one
-- who wrote it). The use-cases show others that a restricted note exists, never its content; underneath,
-- a partner of another service does not get the row at all.
alter table contact_log add column restricted_to text check (restricted_to in ('helsestasjon', 'ppt', 'barneverntjeneste', 'bup', 'kommunepsykolog'));
alter table contact_log add column case_id uuid references pupil_case(id);
create policy restricted_note on contact_log as restrictive
  using (naervaer_partner_service() is null or restricted_to is null or restricted_to = naervaer_partner_service());

-- A partner reads no edit history and no absence history at all.
create policy consent_scope on record_history as restrictive using (naervaer_partner_service() is null);
create policy consent_scope on absence_event_history as restrictive using (naervaer_partner_service() is null);
grant execute on function naervaer_partner_service(), naervaer_case_visible(uuid), naervaer_pupil_visible(uuid) to naervaer_app;
