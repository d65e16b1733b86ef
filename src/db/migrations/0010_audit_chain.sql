-- A tamper-evident audit trail (issue 6 item 4): every audit row carries the SHA-256 of its content and of
-- the row before it in the same kommune, computed by a trigger with PostgreSQL's built-in sha256().
-- The anchor (last id and hash per kommune) is kept outside the chain, so a cut tail is detected too.
-- `naervaer audit verify` recomputes the chain.

-- What the trail records besides who, when and which pupil (issue 6 item 4): the kind of access, the
-- entity and its id, the case, the actor's organisation, where the request came from, and whether it
-- was allowed or denied. Older rows keep nulls.
alter table audit_log add column kind text check (kind in ('read', 'create', 'update', 'delete', 'export', 'print'));
alter table audit_log add column entity text;
alter table audit_log add column entity_id text;
alter table audit_log add column case_id uuid;
alter table audit_log add column organisation text;
alter table audit_log add column client_ip text;
alter table audit_log add column outcome text not null default 'allowed' check (outcome in ('allowed', 'denied'));
create index audit_log_case on audit_log (case_id);

alter table audit_log add column prev_hash text;
alter table audit_log add column hash text;

create table audit_anchor (
  kommune_id uuid primary key references kommune(id),
  last_id bigint not null,
  last_hash text not null
);
alter table audit_anchor enable row level security;
alter table audit_anchor force row level security;
create policy tenant on audit_anchor using (kommune_id = naervaer_kommune_id()) with check (kommune_id = naervaer_kommune_id());
-- The application may read the anchor (to verify) but never write it: only the trigger does.
grant select on audit_anchor to naervaer_app;

-- The canonical text of a row: fixed field order, UTC timestamps with microseconds, jsonb's own text form.
create or replace function audit_row_digest(prev text, r audit_log) returns text
  language sql stable
  as $$
    select encode(sha256(convert_to(
      coalesce(prev, '') || '|' || r.id::text || '|' || r.kommune_id::text || '|' ||
      to_char(r.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') || '|' ||
      coalesce(r.user_id::text, '') || '|' || coalesce(r.role, '') || '|' || r.action || '|' ||
      coalesce(r.pupil_id::text, '') || '|' || r.details::text || '|' || coalesce(r.kind, '') || '|' ||
      coalesce(r.entity, '') || '|' || coalesce(r.entity_id, '') || '|' || coalesce(r.case_id::text, '') || '|' ||
      coalesce(r.organisation, '') || '|' || coalesce(r.client_ip, '') || '|' || r.outcome, 'UTF8')), 'hex')
  $$;

-- Runs as the owner (security definer) so the application role cannot write the anchor itself. The
-- anchor row is locked per kommune until the transaction ends, which orders concurrent inserts into
-- one chain; the id is drawn again after the lock, so id order is chain order even when two requests
-- write at the same time.
create or replace function audit_log_chain() returns trigger
  language plpgsql security definer
  as $$
  declare previous text;
  begin
    select last_hash into previous from audit_anchor where kommune_id = new.kommune_id for update;
    new.id := nextval(pg_get_serial_sequence('audit_log', 'id'));
    new.prev_hash := previous;
    new.hash := audit_row_digest(previous, new);
    insert into audit_anchor (kommune_id, last_id, last_hash) values (new.kommune_id, new.id, new.hash)
      on conflict (kommune_id) do update set last_id = excluded.last_id, last_hash = excluded.last_hash;
    return new;
  end $$;

-- Chain the rows that exist (in id order per kommune) before the trigger takes over.
alter table audit_log disable trigger audit_log_no_update;
do $$
declare r audit_log; previous text; k uuid;
begin
  for k in select distinct kommune_id from audit_log loop
    previous := null;
    for r in select * from audit_log where kommune_id = k order by id loop
      update audit_log set prev_hash = previous, hash = audit_row_digest(previous, r) where id = r.id returning hash into previous;
      insert into audit_anchor (kommune_id, last_id, last_hash) values (k, r.id, previous)
        on conflict (kommune_id) do update set last_id = excluded.last_id, last_hash = excluded.last_hash;
    end loop;
  end loop;
end $$;
alter table audit_log enable trigger audit_log_no_update;

create trigger audit_log_chain before insert on audit_log for each row execute function audit_log_chain();
