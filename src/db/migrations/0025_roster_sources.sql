-- Roster import and sync (issue 16 item 2, decisions 082 and 083). The pupil administration system
-- (Visma Flyt Skole, IST …) gives every school, class and person a stable id of its own (OneRoster's
-- sourcedId, or the id column of Nærvær's templates); a sync finds the row it made last time by that id,
-- so running the same export twice changes nothing. Rows made by hand (a school from `naervaer school
-- create`, the first admin) have no source id and are never touched by a sync unless adopted by name.
alter table school add column source_id text;
create unique index school_source on school (kommune_id, source_id) where source_id is not null;

alter table class add column source_id text;
create unique index class_source on class (kommune_id, source_id) where source_id is not null;

-- left_on: the day the pupil left the kommune's schools (the roster no longer has them). The pupil and
-- their case stay (the case under the archive rules); the class membership ends the day before.
alter table pupil add column source_id text;
alter table pupil add column left_on date;
create unique index pupil_source on pupil (kommune_id, source_id) where source_id is not null;

-- A guardian's national id is what ID-porten's pid is matched against (issue 16 item 4); like the
-- pupil's, never in URLs or logs.
alter table guardian add column source_id text;
alter table guardian add column national_id text check (national_id ~ '^[0-9]{11}$');
create unique index guardian_source on guardian (kommune_id, source_id) where source_id is not null;

-- Parental responsibility (foreldreansvar): a guardian without it is still a contact, but a later
-- issue may limit what they see; the roster says so in metadata.naervaer.parentalResponsibility.
alter table guardian_pupil add column parental_responsibility boolean not null default true;

-- Staff from the roster. An account whose person leaves the roster is disabled (disabled_at), which
-- ends its sessions; left_on tells a roster departure from a disabling by hand.
alter table app_user add column source_id text;
alter table app_user add column left_on date;
create unique index app_user_source on app_user (kommune_id, source_id) where source_id is not null;

-- Roles the roster gave (and will take back); roles given by hand in «Brukere» are left alone.
alter table role_assignment add column from_roster boolean not null default false;
