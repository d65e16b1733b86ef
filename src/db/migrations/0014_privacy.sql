-- Privacy operations (issue 6 item 5, decision 054): anonymous statistics that outlive an erased case,
-- and the one narrow way to erase rows of the append-only history tables when the retention settings
-- (content/retention) allow a pupil's case data to be deleted. The audit log is never erased.

-- What remains of an erased case: counts per school, school year (the year it starts in, as class),
-- highest level reached and how the case was opened. No pupil, no case id, no dates finer than the year.
create table case_statistics (
  id uuid primary key,
  kommune_id uuid not null references kommune(id),
  school_id uuid not null references school(id),
  school_year smallint not null check (school_year between 2000 and 2100),
  level smallint not null check (level between 0 and 9),
  opened_from text not null check (opened_from in ('alert', 'pattern', 'undring')),
  cases integer not null check (cases >= 0),
  days_open integer not null check (days_open >= 0),
  meetings integer not null check (meetings >= 0),
  unique (kommune_id, school_id, school_year, level, opened_from)
);
alter table case_statistics enable row level security;
alter table case_statistics force row level security;
create policy tenant on case_statistics using (kommune_id = naervaer_kommune_id()) with check (kommune_id = naervaer_kommune_id());
-- Counts carry no personal data; the application may correct them like any other tenant row.
grant select, insert, update, delete on case_statistics to naervaer_app;

-- case_action and record_history stay append-only for everyone, with one exception: a DELETE while the
-- transaction-local flag naervaer.privacy_erasure is 'on', which only the two functions below set. The
-- application role has no DELETE right on these tables at all, so it cannot use the flag itself; the
-- owner could, but the owner can also drop a trigger — the trigger guards against mistakes, the hash
-- chain of the audit log (decision 050) against the owner.
create or replace function history_append_only() returns trigger
  language plpgsql
  as $$
  begin
    if tg_op = 'DELETE' and current_setting('naervaer.privacy_erasure', true) = 'on' then
      return old;
    end if;
    raise exception '% er bare for tillegg: rader kan ikke endres eller slettes', tg_table_name;
  end $$;

drop trigger case_action_no_update on case_action;
create trigger case_action_no_update before update or delete on case_action
  for each row execute function history_append_only();
drop trigger record_history_no_update on record_history;
create trigger record_history_no_update before update or delete on record_history
  for each row execute function history_append_only();

-- Erases one closed case of the current kommune with everything that hangs off it: every row of every
-- table with a foreign key to pupil_case (found in the catalogue, so a table added later is covered or,
-- if it cannot be erased this way, makes the erasure fail rather than leave rows behind), the edit
-- history of those rows, and the case itself. Returns the number of rows erased per table.
-- Security definer: it runs as the owner, who may delete from the append-only tables. Whether the
-- retention settings allow the erasure is decided by the application (src/server/use-cases/
-- erase-pupil-case-data.ts) before it calls this; the function only insists that the case is closed
-- and belongs to the kommune of the request.
create or replace function privacy_erase_case(p_case uuid) returns jsonb
  language plpgsql security definer
  set search_path = public
  as $$
  declare
    k uuid := naervaer_kommune_id();
    fk record;
    ids text[];
    result jsonb := '{}'::jsonb;
  begin
    if k is null then
      raise exception 'privacy_erase_case: ingen kommune i konteksten';
    end if;
    if not exists (select 1 from pupil_case where id = p_case and kommune_id = k and status = 'closed') then
      raise exception 'privacy_erase_case: fant ingen avsluttet sak % i kommunen', p_case;
    end if;
    perform set_config('naervaer.privacy_erasure', 'on', true);
    for fk in
      select t.relname::text as tbl, a.attname::text as col
      from pg_constraint c
      join pg_class t on t.oid = c.conrelid
      join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
      where c.contype = 'f' and c.confrelid = 'public.pupil_case'::regclass and cardinality(c.conkey) = 1
      -- Rows others point at go last (consent after its scans), then by name for a stable order.
      order by (select count(*) from pg_constraint r where r.contype = 'f' and r.confrelid = c.conrelid and r.conrelid <> c.conrelid), 1
    loop
      execute format('with d as (delete from %I where %I = $1 and kommune_id = $2 returning id) select coalesce(array_agg(id::text), ''{}'') from d', fk.tbl, fk.col)
        into ids using p_case, k;
      delete from record_history r where r.kommune_id = k and r.table_name = fk.tbl and r.record_id::text = any (ids);
      result := result || jsonb_build_object(fk.tbl, cardinality(ids));
    end loop;
    delete from pupil_case where id = p_case and kommune_id = k;
    delete from record_history r where r.kommune_id = k and r.table_name = 'pupil_case' and r.record_id = p_case;
    perform set_config('naervaer.privacy_erasure', '', true);
    return result || jsonb_build_object('pupil_case', 1);
  end $$;

-- Erases the edit history (record_history) of rows the application has already deleted from a table
-- that holds a pupil's data directly (a pupil_id column): contact log entries and observations. Refuses
-- while any of the rows still exists, so it can only follow a deletion, never replace one.
create or replace function privacy_erase_record_history(p_table text, p_ids uuid[]) returns integer
  language plpgsql security definer
  set search_path = public
  as $$
  declare
    k uuid := naervaer_kommune_id();
    remaining integer;
    erased integer;
  begin
    if k is null then
      raise exception 'privacy_erase_record_history: ingen kommune i konteksten';
    end if;
    if not exists (select 1 from information_schema.columns where table_schema = 'public' and table_name = p_table and column_name = 'pupil_id') then
      raise exception 'privacy_erase_record_history: % holder ikke elevopplysninger direkte', p_table;
    end if;
    execute format('select count(*)::int from %I where id = any ($1)', p_table) into remaining using p_ids;
    if remaining > 0 then
      raise exception 'privacy_erase_record_history: % rad(er) i % finnes fortsatt', remaining, p_table;
    end if;
    perform set_config('naervaer.privacy_erasure', 'on', true);
    delete from record_history r where r.kommune_id = k and r.table_name = p_table and r.record_id = any (p_ids);
    get diagnostics erased = row_count;
    perform set_config('naervaer.privacy_erasure', '', true);
    return erased;
  end $$;

revoke execute on function privacy_erase_case(uuid), privacy_erase_record_history(text, uuid[]) from public;
grant execute on function privacy_erase_case(uuid), privacy_erase_record_history(text, uuid[]) to naervaer_app;
