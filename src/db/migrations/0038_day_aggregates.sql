-- Issue 19 item 6 (decision 161): the owner's overview and the reviews read per-pupil-per-day figures instead of
-- every event of the year. Writes stay as they are: a statement-level trigger on absence_event notes which
-- pupil-days a statement touched (one INSERT … SELECT per statement, however many rows), and the refresher
-- (src/server/oversight/refresh-day-aggregates.ts) recomputes exactly those days with the rule engine before an
-- oversight read. A class whose skolerute or timetable changed loses its «computed» mark (triggers on those
-- tables) and is recomputed whole, as is a class never computed (every class, the first time).

-- One row per pupil, school day and the class the day's events were registered in, where there is any
-- registration: the day's share of school time away in the rule engine's units (SHARE_UNITS_PER_DAY a day;
-- all, documented only and undocumented only, each capped at one day as the engine caps it), whether the
-- pupil was away the whole day, single lessons away (leaving early counts the lessons left) and late arrivals.
create table pupil_day_absence (
  kommune_id uuid not null references kommune(id),
  pupil_id uuid not null,
  class_id uuid not null,
  date date not null,
  units_all integer not null,
  units_documented integer not null,
  units_undocumented integer not null,
  whole_day smallint not null,
  lessons smallint not null,
  late smallint not null,
  primary key (pupil_id, date, class_id)
);
create index pupil_day_absence_class on pupil_day_absence (class_id, date);

-- Per class and calendar month, the owner's sums over the month's pupil-days (its whole month of school days on
-- the class's calendar): pupils over 5, 10 and 20 % of school time, the units and counts summed, and the pupils
-- with days there who were never members of the class (nearly always none). Kept with the day rows by the
-- refresher; the owner's overview reads a finished month from here and the month in progress from the day rows.
create table class_month_absence (
  kommune_id uuid not null references kommune(id),
  class_id uuid not null,
  month text not null check (month ~ '^[0-9]{4}-[0-9]{2}$'),
  school_days integer not null,
  over_5 integer not null,
  over_10 integer not null,
  over_20 integer not null,
  units_all bigint not null,
  units_documented bigint not null,
  units_undocumented bigint not null,
  whole_days integer not null,
  lessons integer not null,
  late integer not null,
  outsiders uuid[] not null,
  primary key (class_id, month)
);

-- The pupil-days written since the last refresh. Insert-only from the trigger (no unique key: two registrations
-- at once never wait for each other here); the refresher deletes what it has taken.
create table pupil_day_dirty (
  seq bigint generated always as identity primary key,
  kommune_id uuid not null references kommune(id),
  pupil_id uuid not null,
  class_id uuid not null,
  date date not null
);

-- The classes whose rows are computed on their present calendar, with the lessons per weekday they were computed
-- with (what the owner's overview compiles school days from); a class without a row here is recomputed whole.
create table class_day_calendar (
  class_id uuid primary key,
  kommune_id uuid not null references kommune(id),
  lessons_per_weekday smallint[] not null,
  computed_at timestamptz not null
);

create or replace function pupil_day_mark_dirty() returns trigger
  language plpgsql
  as $$
begin
  if tg_op = 'INSERT' then
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

create trigger absence_event_day_dirty_insert after insert on absence_event
  referencing new table as new_rows for each statement execute function pupil_day_mark_dirty();
create trigger absence_event_day_dirty_update after update on absence_event
  referencing old table as old_rows new table as new_rows for each statement execute function pupil_day_mark_dirty();
create trigger absence_event_day_dirty_delete after delete on absence_event
  referencing old table as old_rows for each statement execute function pupil_day_mark_dirty();

-- A changed skolerute or timetable changes the days and lessons the rows were computed on: the classes concerned
-- lose their mark. Both change seldom (a school year's setup, a timetable import); one statement per statement.
create or replace function class_day_calendar_forget() returns trigger
  language plpgsql
  as $$
begin
  if tg_table_name = 'school_calendar' then
    delete from class_day_calendar d using class c
      where c.id = d.class_id
        and (c.school_id, c.school_year) in (select school_id, school_year from changed_rows);
  else
    delete from class_day_calendar where class_id in (select class_id from changed_rows);
  end if;
  return null;
end $$;
create trigger school_calendar_day_insert after insert on school_calendar
  referencing new table as changed_rows for each statement execute function class_day_calendar_forget();
create trigger school_calendar_day_update after update on school_calendar
  referencing new table as changed_rows for each statement execute function class_day_calendar_forget();
create trigger school_calendar_day_delete after delete on school_calendar
  referencing old table as changed_rows for each statement execute function class_day_calendar_forget();
create trigger timetable_lesson_day_insert after insert on timetable_lesson
  referencing new table as changed_rows for each statement execute function class_day_calendar_forget();
create trigger timetable_lesson_day_update after update on timetable_lesson
  referencing new table as changed_rows for each statement execute function class_day_calendar_forget();
create trigger timetable_lesson_day_delete after delete on timetable_lesson
  referencing old table as changed_rows for each statement execute function class_day_calendar_forget();
do $$
declare t text;
begin
  foreach t in array array['pupil_day_absence', 'class_month_absence', 'pupil_day_dirty', 'class_day_calendar'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant on %I using (kommune_id = naervaer_kommune_id()) with check (kommune_id = naervaer_kommune_id())', t);
  end loop;
end $$;
-- A partner service reads no absence figures (as absence_event's consent_scope).
create policy consent_scope on pupil_day_absence as restrictive
  using (naervaer_partner_service() is null or naervaer_pupil_visible(pupil_id));
grant select, insert, update, delete on pupil_day_absence, class_month_absence, pupil_day_dirty, class_day_calendar
  to naervaer_app;
