-- Issue 22 items 2–3 (decisions 230–231).
--
-- 1. A decision the school changes after an appeal (fvl § 33 andre ledd) is a new enkeltvedtak with its own letter,
--    delivery, receipt and appeal deadline: a new case_decision row that names the decision it replaces. One
--    changed decision per decision; it goes with the case (and with the decision it replaces).
-- 2. A closed school environment matter is its own saksmappe in an archive extract: an extract may be made for one
--    matter (scope 'matter'), and archive_extract_case links an extract to a case or to a matter. The link to a
--    matter goes with the matter when it is erased (decision 210); the erasure deletes the extracts first.
alter table case_decision add column replaces_decision_id uuid references case_decision(id) on delete cascade;
create unique index case_decision_replaces on case_decision (replaces_decision_id) where replaces_decision_id is not null;

alter table archive_extract drop constraint archive_extract_scope_check;
alter table archive_extract add constraint archive_extract_scope_check check (scope in ('case', 'school', 'matter'));

alter table archive_extract_case alter column case_id drop not null;
alter table archive_extract_case add column matter_id uuid references school_environment_case(id) on delete cascade;
alter table archive_extract_case add constraint archive_extract_case_case_or_matter
  check ((case_id is null) <> (matter_id is null));
alter table archive_extract_case add constraint archive_extract_case_matter unique (extract_id, matter_id);
create index archive_extract_case_matter_id on archive_extract_case (matter_id) where matter_id is not null;
