-- Issue 18's remaining parts (decisions 152–154): restricting a parent's right to information on screen, and
-- a protected address per guardian.

-- Who restricted a parent's right to information (barnelova § 47 third paragraph), when and on what basis
-- (decision 152). `information_restricted_source` says who set it: 'school' (on the pupil page; a roster
-- sync never lifts it; a restriction without a source counts as the school's) or 'roster' (the template's column; the roster may lift what it set). The version
-- lets two people at the school not overwrite each other (409).
alter table guardian_pupil add column information_restricted_reason text;
alter table guardian_pupil add column information_restricted_at timestamptz;
alter table guardian_pupil add column information_restricted_by uuid references app_user(id);
alter table guardian_pupil add column information_restricted_source text
  check (information_restricted_source in ('school', 'roster'));
alter table guardian_pupil add column version integer not null default 1;

-- A guardian's own protected address (decision 153): fortrolig or strengt fortrolig for the guardian, whether
-- or not the child's address is. The other guardian never sees a protected guardian's contact details.
alter table guardian add column protected_address text not null default 'none'
  check (protected_address in ('none', 'fortrolig', 'strengt_fortrolig'));
