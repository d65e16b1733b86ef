-- The event store at import scale (issue 13 item 7, decision 120). A million imported rows cost seven
-- foreign-key checks and a history row each; this takes both out of the per-row path, keeping what
-- they guaranteed:
--
-- 1. absence_event's four foreign keys (kommune, pupil, class, registered_by) become one check per
--    statement: an AFTER trigger with the statement's rows as a transition table looks up their distinct
--    pupils, classes, users and kommuner once, refuses the statement with foreign_key_violation (23503)
--    if one is missing, and holds each of them with FOR KEY SHARE until commit, as a foreign key does.
--    It is stricter than the keys were: the pupil and the class must be of the event's own kommune.
--    The other side (deleting a pupil, class, user or kommune that events still name) is refused by
--    an AFTER DELETE statement trigger on each of those tables. Nærvær deletes none of them today.
-- 2. An event's first version is no longer copied into absence_event_history when it is written: while
--    its version is 1 the row itself is that version. Before its first change a trigger copies the
--    row as it was into the history ('created', by whoever registered it, when), so every version of
--    every event is still there once it has more than one. A single registration still writes its
--    'created' row at once (src/server/absence/events.ts); the import does not.

alter table absence_event drop constraint absence_event_kommune_id_fkey;
alter table absence_event drop constraint absence_event_pupil_id_fkey;
alter table absence_event drop constraint absence_event_class_id_fkey;
alter table absence_event drop constraint absence_event_registered_by_fkey;

create or replace function absence_event_check_references() returns trigger
  language plpgsql
  as $$
declare
  pupils uuid[];
  classes uuid[];
  users uuid[];
  kommuner uuid[];
  held bigint;
  what text;
begin
  -- One pass over the statement's rows for their distinct references (an import's million rows name a
  -- few thousand pupils, their classes, one user and one kommune). An element repeated in the arrays
  -- (a pupil in two classes) is looked up twice and counted twice: the counts still compare.
  select array_agg(g.pupil_id), array_agg(g.class_id), array_agg(g.registered_by), array_agg(g.kommune_id)
    into pupils, classes, users, kommuner
    from (select pupil_id, class_id, registered_by, kommune_id from new_rows group by 1, 2, 3, 4) g;
  if pupils is null then
    return null;
  end if;
  -- Each must exist (the pupil and class in the event's own kommune), held until commit as a foreign key holds it.
  what := 'elev';
  select count(*) into held from (
    select 1 from pupil p join unnest(pupils, kommuner) as d(id, kommune_id)
      on p.id = d.id and p.kommune_id = d.kommune_id for key share of p) x;
  if held = cardinality(pupils) then
    what := 'klasse';
    select count(*) into held from (
      select 1 from class c join unnest(classes, kommuner) as d(id, kommune_id)
        on c.id = d.id and c.kommune_id = d.kommune_id for key share of c) x;
  end if;
  if held = cardinality(classes) then
    what := 'bruker';
    select count(*) into held from (
      select 1 from app_user u join unnest(users) as d(id) on u.id = d.id for key share of u) x;
  end if;
  if held = cardinality(users) then
    what := 'kommune';
    select count(*) into held from (
      select 1 from kommune k join unnest(kommuner) as d(id) on k.id = d.id for key share of k) x;
    if held = cardinality(kommuner) then
      return null;
    end if;
  end if;
  raise exception 'absence_event names a % that does not exist (in its kommune)', what
    using errcode = 'foreign_key_violation', table = 'absence_event';
end $$;

create trigger absence_event_references_insert after insert on absence_event
  referencing new table as new_rows for each statement execute function absence_event_check_references();
create trigger absence_event_references_update after update on absence_event
  referencing new table as new_rows for each statement execute function absence_event_check_references();

-- The referenced side: a pupil, class, user or kommune that an event names cannot be deleted.
create or replace function absence_event_referenced() returns trigger
  language plpgsql
  as $$
declare
  named boolean;
begin
  if tg_table_name = 'pupil' then
    select exists (select 1 from absence_event e join old_rows o on e.pupil_id = o.id) into named;
  elsif tg_table_name = 'class' then
    select exists (select 1 from absence_event e join old_rows o on e.class_id = o.id) into named;
  elsif tg_table_name = 'app_user' then
    select exists (select 1 from absence_event e join old_rows o on e.registered_by = o.id) into named;
  else
    select exists (select 1 from absence_event e join old_rows o on e.kommune_id = o.id) into named;
  end if;
  if named then
    raise exception 'a row of % is still named by absence_event', tg_table_name
      using errcode = 'foreign_key_violation', table = tg_table_name;
  end if;
  return null;
end $$;

create trigger absence_event_referenced after delete on pupil
  referencing old table as old_rows for each statement execute function absence_event_referenced();
create trigger absence_event_referenced after delete on class
  referencing old table as old_rows for each statement execute function absence_event_referenced();
create trigger absence_event_referenced after delete on app_user
  referencing old table as old_rows for each statement execute function absence_event_referenced();
create trigger absence_event_referenced after delete on kommune
  referencing old table as old_rows for each statement execute function absence_event_referenced();

-- The first version of an event that has none in the history yet (an imported one), copied before it changes.
create or replace function absence_event_keep_first_version() returns trigger
  language plpgsql
  as $$
begin
  insert into absence_event_history (kommune_id, event_id, version, change, changed_by, changed_at, snapshot)
  select old.kommune_id, old.id, old.version, 'created', old.registered_by, old.registered_at, to_jsonb(old)
  where not exists (select 1 from absence_event_history h where h.event_id = old.id);
  return new;
end $$;

create trigger absence_event_first_version before update on absence_event
  for each row when (old.version = 1) execute function absence_event_keep_first_version();
