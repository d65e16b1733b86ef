-- Forms filled in a case (issue 7, decision 063): the answers to one version of a form in content/forms
-- (decision 060), kept with the form id and version they were given to, who the form was filled with,
-- and optionally the meeting it was filled in. And the statement of a trusted person the pupil chose
-- (004 §3: when the pupil will not tell the team, a person of the pupil's choosing tells what the pupil
-- thinks and what matters to the pupil from now on). Both are the pupil's voice for the plan rules
-- (src/domain/plans/pupil-voice.ts); the plans read them by these column names.
create table case_form (
  id uuid primary key,
  kommune_id uuid not null references kommune(id),
  case_id uuid not null references pupil_case(id),
  pupil_id uuid not null references pupil(id),
  form_id text not null check (form_id ~ '^[a-z0-9][a-z0-9-]*$'),
  form_version integer not null check (form_version >= 1),
  -- Who the form was filled with; the form's own audience unless the team says otherwise.
  audience text not null check (audience in ('elev', 'foresatte', 'elev-og-foresatte', 'skolen')),
  meeting_id uuid references case_meeting(id),
  answers jsonb not null,
  filled_on date not null,
  recorded_by uuid not null references app_user(id),
  updated_at timestamptz not null,
  version integer not null default 1
);
create index case_form_case on case_form (case_id);

create table case_statement (
  id uuid primary key,
  kommune_id uuid not null references kommune(id),
  case_id uuid not null references pupil_case(id),
  pupil_id uuid not null references pupil(id),
  person_name text not null,
  relation text not null,
  -- A person the adults appointed does not count as the pupil's voice (004 §3: «få velge»).
  chosen_by_pupil boolean not null,
  statement text not null,
  given_on date not null,
  recorded_by uuid not null references app_user(id),
  recorded_at timestamptz not null,
  version integer not null default 1
);
create index case_statement_case on case_statement (case_id);

alter table case_form enable row level security;
alter table case_form force row level security;
create policy tenant on case_form using (kommune_id = naervaer_kommune_id()) with check (kommune_id = naervaer_kommune_id());
grant select, insert, update, delete on case_form to naervaer_app;

alter table case_statement enable row level security;
alter table case_statement force row level security;
create policy tenant on case_statement using (kommune_id = naervaer_kommune_id()) with check (kommune_id = naervaer_kommune_id());
grant select, insert, update, delete on case_statement to naervaer_app;

-- A service partner sees them only through a consent on the case (as every case table, 0011).
create policy consent_scope on case_form as restrictive using (naervaer_partner_service() is null or naervaer_case_visible(case_id));
create policy consent_scope on case_statement as restrictive using (naervaer_partner_service() is null or naervaer_case_visible(case_id));
