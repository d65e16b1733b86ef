-- Meetings in a case (issue 5): undringssamtale with the pupil or the guardians, samarbeidsmøte,
-- discussion in the nærværsteam/S-team (named or anonymised), ansvarsgruppemøte; minutes filed in the
-- pupil's file and printable as a letter home.
create table case_meeting (
  id uuid primary key,
  kommune_id uuid not null references kommune(id),
  case_id uuid not null references pupil_case(id),
  kind text not null check (kind in ('undringssamtale-elev', 'undringssamtale-foresatte', 'samarbeidsmote', 'naervaersteam', 'ansvarsgruppemote')),
  scheduled_on date not null,
  participants text[] not null default '{}',
  agenda text not null default '',
  anonymised boolean not null default false,
  held_on date,
  minutes text,
  next_meeting_on date,
  recorded_by uuid not null references app_user(id),
  updated_at timestamptz not null,
  version integer not null default 1
);
create index case_meeting_case on case_meeting (case_id);

alter table case_meeting enable row level security;
alter table case_meeting force row level security;
create policy tenant on case_meeting using (kommune_id = naervaer_kommune_id()) with check (kommune_id = naervaer_kommune_id());
grant select, insert, update, delete on case_meeting to naervaer_app;
