-- Issue 13 item 7 (decision 175): the import's alerts and day marks at a million rows. Measured on the import
-- benchmark's database (a million events, 138 149 alerts), each of these cost seconds of the import's one
-- transaction:
--
-- 1. Deleting an alert scanned the whole alert table twice: `continues_alert_id` (a newer episode continuing an
--    older one) and `handled_contact_id` reference rows that nothing indexed, so every deleted alert's
--    ON DELETE SET NULL looked through all of the kommune's alerts. Emptying the benchmark's alerts ran for over
--    ten minutes; a re-evaluation that deletes a pupil's alerts paid one scan per alert. Both get an index.
-- 2. alert's four foreign keys (kommune, pupil, class, school) were checked row by row: each of the 138 149 rows
--    locked its pupil, class, school and kommune again (6,9 s for the insert, 3,1 s without them). They become
--    one check per statement, as absence_event's did in 0032 (both now through one function,
--    naervaer_missing_reference): an AFTER trigger over the statement's rows looks up their distinct pupils,
--    classes, schools and kommuner once, refuses the statement with
--    foreign_key_violation (23503) if one is missing, and holds each with FOR KEY SHARE until commit. Stricter
--    than the keys: the pupil, class and school must be of the alert's own kommune. Deleting a pupil, class,
--    school or kommune that alerts still name is refused by an AFTER DELETE statement trigger (Nærvær deletes
--    none of them today).
-- 3. The day figures' trigger (0038) wrote one pupil_day_dirty row per pupil-day a statement touched: 962 515
--    rows for the benchmark's import, about 7 s. A statement of more than 10 000 events instead takes the
--    «computed» mark off the classes it touched, so the refresher recomputes those classes whole from their
--    events, as it does after a changed skolerute — the same figures, read once at the next oversight read.

create index alert_continues on alert (continues_alert_id) where continues_alert_id is not null;
create index alert_handled_contact on alert (handled_contact_id) where handled_contact_id is not null;

alter table alert drop constraint alert_kommune_id_fkey;
alter table alert drop constraint alert_pupil_id_fkey;
alter table alert drop constraint alert_class_id_fkey;
alter table alert drop constraint alert_school_id_fkey;

-- What an event's or an alert's references must be, checked once for a statement's distinct rows (0032 wrote
-- this for absence_event alone): each pupil, class and school must exist in the row's own kommune, each user and
-- kommune must exist, and each is held with FOR KEY SHARE until commit, as a foreign key holds it. The arrays
-- are aligned with `kommuner`; a null array is not checked. Returns what is missing ('elev', 'klasse', 'skole',
-- 'bruker', 'kommune'), or null when all are there.
create or replace function naervaer_missing_reference(
  pupils uuid[], classes uuid[], schools uuid[], users uuid[], kommuner uuid[]
) returns text
  language plpgsql
  as $$
declare
  held bigint;
begin
  if pupils is not null then
    select count(*) into held from (
      select 1 from pupil p join unnest(pupils, kommuner) as d(id, kommune_id)
        on p.id = d.id and p.kommune_id = d.kommune_id for key share of p) x;
    if held <> cardinality(pupils) then return 'elev'; end if;
  end if;
  if classes is not null then
    select count(*) into held from (
      select 1 from class c join unnest(classes, kommuner) as d(id, kommune_id)
        on c.id = d.id and c.kommune_id = d.kommune_id for key share of c) x;
    if held <> cardinality(classes) then return 'klasse'; end if;
  end if;
  if schools is not null then
    select count(*) into held from (
      select 1 from school s join unnest(schools, kommuner) as d(id, kommune_id)
        on s.id = d.id and s.kommune_id = d.kommune_id for key share of s) x;
    if held <> cardinality(schools) then return 'skole'; end if;
  end if;
  if users is not null then
    select count(*) into held from (
      select 1 from app_user u join unnest(users) as d(id) on u.id = d.id for key share of u) x;
    if held <> cardinality(users) then return 'bruker'; end if;
  end if;
  select count(*) into held from (
    select 1 from kommune k join unnest(kommuner) as d(id) on k.id = d.id for key share of k) x;
  if held <> cardinality(kommuner) then return 'kommune'; end if;
  return null;
end $$;

-- absence_event's check (0032) through the shared function.
create or replace function absence_event_check_references() returns trigger
  language plpgsql
  as $$
declare
  pupils uuid[];
  classes uuid[];
  users uuid[];
  kommuner uuid[];
  what text;
begin
  -- One pass over the statement's rows for their distinct references (an import's million rows name a
  -- few thousand pupils, their classes, one user and one kommune).
  select array_agg(g.pupil_id), array_agg(g.class_id), array_agg(g.registered_by), array_agg(g.kommune_id)
    into pupils, classes, users, kommuner
    from (select pupil_id, class_id, registered_by, kommune_id from new_rows group by 1, 2, 3, 4) g;
  if pupils is null then
    return null;
  end if;
  what := naervaer_missing_reference(pupils, classes, null, users, kommuner);
  if what is null then
    return null;
  end if;
  raise exception 'absence_event names a % that does not exist (in its kommune)', what
    using errcode = 'foreign_key_violation', table = 'absence_event';
end $$;

create or replace function alert_check_references() returns trigger
  language plpgsql
  as $$
declare
  pupils uuid[];
  classes uuid[];
  schools uuid[];
  kommuner uuid[];
  what text;
begin
  select array_agg(g.pupil_id), array_agg(g.class_id), array_agg(g.school_id), array_agg(g.kommune_id)
    into pupils, classes, schools, kommuner
    from (select pupil_id, class_id, school_id, kommune_id from new_rows group by 1, 2, 3, 4) g;
  if pupils is null then
    return null;
  end if;
  what := naervaer_missing_reference(pupils, classes, schools, null, kommuner);
  if what is null then
    return null;
  end if;
  raise exception 'alert names a % that does not exist (in its kommune)', what
    using errcode = 'foreign_key_violation', table = 'alert';
end $$;

create trigger alert_references_insert after insert on alert
  referencing new table as new_rows for each statement execute function alert_check_references();
create trigger alert_references_update after update on alert
  referencing new table as new_rows for each statement execute function alert_check_references();

create or replace function alert_referenced() returns trigger
  language plpgsql
  as $$
declare
  named boolean;
begin
  if tg_table_name = 'pupil' then
    select exists (select 1 from alert a join old_rows o on a.pupil_id = o.id) into named;
  elsif tg_table_name = 'class' then
    select exists (select 1 from alert a join old_rows o on a.class_id = o.id) into named;
  elsif tg_table_name = 'school' then
    select exists (select 1 from alert a join old_rows o on a.school_id = o.id) into named;
  else
    select exists (select 1 from alert a join old_rows o on a.kommune_id = o.id) into named;
  end if;
  if named then
    raise exception 'a row of % is still named by alert', tg_table_name
      using errcode = 'foreign_key_violation', table = tg_table_name;
  end if;
  return null;
end $$;

create trigger alert_referenced after delete on pupil
  referencing old table as old_rows for each statement execute function alert_referenced();
create trigger alert_referenced after delete on class
  referencing old table as old_rows for each statement execute function alert_referenced();
create trigger alert_referenced after delete on school
  referencing old table as old_rows for each statement execute function alert_referenced();
create trigger alert_referenced after delete on kommune
  referencing old table as old_rows for each statement execute function alert_referenced();

-- Large statements mark classes, small ones pupil-days (see 3 above). Counting stops at the threshold.
create or replace function pupil_day_mark_dirty() returns trigger
  language plpgsql
  as $$
declare
  large boolean;
begin
  if tg_op = 'DELETE' then
    select count(*) > 10000 into large from (select 1 from old_rows limit 10001) x;
  else
    select count(*) > 10000 into large from (select 1 from new_rows limit 10001) x;
  end if;
  if large then
    if tg_op = 'INSERT' then
      delete from class_day_calendar where class_id in (select class_id from new_rows);
    elsif tg_op = 'UPDATE' then
      delete from class_day_calendar
        where class_id in (select class_id from new_rows union select class_id from old_rows);
    else
      delete from class_day_calendar where class_id in (select class_id from old_rows);
    end if;
  elsif tg_op = 'INSERT' then
    insert into pupil_day_dirty (kommune_id, pupil_id, class_id, date)
      select distinct kommune_id, pupil_id, class_id, date from new_rows;
  elsif tg_op = 'UPDATE' then
    insert into pupil_day_dirty (kommune_id, pupil_id, class_id, date)
      select kommune_id, pupil_id, class_id, date from new_rows
      union select kommune_id, pupil_id, class_id, date from old_rows;
  else
    insert into pupil_day_dirty (kommune_id, pupil_id, class_id, date)
      select distinct kommune_id, pupil_id, class_id, date from old_rows;
  end if;
  return null;
end $$;
