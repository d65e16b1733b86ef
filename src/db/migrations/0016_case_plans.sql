-- Plans in a case (issue 7 items 3, 4, 6; decisions 062 and 064): tiltaksplan, samarbeidsavtale, dagsplan,
-- gradual return and teaching during illness. `content` is the domain's Plan (src/domain/plans), checked
-- by the server before it is stored. Every edit, activation and closing is a new version: the version it
-- replaced goes to record_history (updateVersioned), so the plan agreed at one meeting stays readable.
create table case_plan (
  id uuid primary key,
  kommune_id uuid not null references kommune(id),
  case_id uuid not null references pupil_case(id),
  pupil_id uuid not null references pupil(id),
  kind text not null check (kind in ('tiltaksplan', 'samarbeidsavtale', 'dagsplan', 'gradvis-tilbakeforing', 'opplaering-ved-sykdom')),
  status text not null check (status in ('utkast', 'aktiv', 'avsluttet')),
  content jsonb not null,
  activated_on date,
  activated_by uuid references app_user(id),
  closed_on date,
  created_by uuid not null references app_user(id),
  created_at timestamptz not null,
  updated_by uuid not null references app_user(id),
  updated_at timestamptz not null,
  version integer not null default 1,
  -- The content's kind never changes (a new kind is a new plan).
  check (content ->> 'kind' = kind)
);
create index case_plan_case on case_plan (case_id);

alter table case_plan enable row level security;
alter table case_plan force row level security;
create policy tenant on case_plan using (kommune_id = naervaer_kommune_id()) with check (kommune_id = naervaer_kommune_id());
-- A service partner sees a plan only through a consent covering the case (0011).
create policy consent_scope on case_plan as restrictive using (naervaer_partner_service() is null or naervaer_case_visible(case_id));
grant select, insert, update, delete on case_plan to naervaer_app;
