-- Issue 22 items 3 and 4 (decisions 221–224): the pupil's file as a Noark 5 arkivuttrekk.
--
-- 1. archive_extract: one extract as made — a tar file with arkivstruktur.xml, the journals, the change log,
--    the ADDML description, the schemas and the documents as PDF/A-2b — with its SHA-256, its size and when and
--    by whom it was made (automatically when a case closes, or on demand for a case or a school's period), and
--    when it was handed over to the archive and by whom. The file is kept so it can be fetched and handed over.
-- 2. archive_extract_case: which cases an extract holds. It points at pupil_case, so privacy_erase_case (0014)
--    erases a case's links with the case; the erasure deletes the extracts that hold the case first (decision 224).
create table archive_extract (
  id uuid primary key,
  kommune_id uuid not null references kommune(id),
  school_id uuid not null references school(id),
  scope text not null check (scope in ('case', 'school')),
  reason text not null check (reason in ('closed', 'on-demand')),
  period_from date not null,
  period_to date not null check (period_to >= period_from),
  file_name text not null check (length(file_name) between 1 and 200),
  bytes bytea not null,
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  size_bytes integer not null check (size_bytes > 0),
  documents integer not null check (documents >= 0),
  made_at timestamptz not null,
  made_by uuid not null references app_user(id),
  handed_over_on date,
  handed_over_by uuid references app_user(id),
  handed_over_at timestamptz,
  version integer not null default 1,
  check ((handed_over_on is null) = (handed_over_by is null) and (handed_over_on is null) = (handed_over_at is null))
);
create index archive_extract_school on archive_extract (school_id, made_at);

alter table archive_extract enable row level security;
alter table archive_extract force row level security;
create policy tenant on archive_extract using (kommune_id = naervaer_kommune_id()) with check (kommune_id = naervaer_kommune_id());
-- A service partner never reads the school's archive extracts.
create policy no_partner on archive_extract as restrictive using (naervaer_partner_service() is null);
grant select, insert, update, delete on archive_extract to naervaer_app;

create table archive_extract_case (
  id uuid primary key,
  kommune_id uuid not null references kommune(id),
  extract_id uuid not null references archive_extract(id) on delete cascade,
  case_id uuid not null references pupil_case(id),
  pupil_id uuid not null references pupil(id),
  unique (extract_id, case_id)
);
create index archive_extract_case_case on archive_extract_case (case_id);
create index archive_extract_case_pupil on archive_extract_case (pupil_id);

alter table archive_extract_case enable row level security;
alter table archive_extract_case force row level security;
create policy tenant on archive_extract_case using (kommune_id = naervaer_kommune_id()) with check (kommune_id = naervaer_kommune_id());
create policy no_partner on archive_extract_case as restrictive using (naervaer_partner_service() is null);
grant select, insert, delete on archive_extract_case to naervaer_app;
