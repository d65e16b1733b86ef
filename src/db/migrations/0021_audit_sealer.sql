-- The audit sealer (decision 050, rewritten; issue 14 item 8). Until now a BEFORE INSERT trigger locked
-- the kommune's anchor row for the rest of the transaction, so every request of a kommune that wrote an
-- audit row waited for the one before it to commit, and a long import stalled every registration.
-- Now an audit row is inserted with no lock and no chain position: unsealed. A sealer (the server every
-- second, `naervaer audit seal`, `naervaer audit verify`, tests) gives each committed, unsealed row its
-- place in the kommune's chain (seq), its prev_hash and hash, and advances the anchor. The position is
-- assigned at sealing, in the order the sealer finds the committed rows (id order among them), so a row
-- that commits late is sealed later, at the end of the chain: never skipped, never out of order.
--
-- Rows cannot be changed before or after sealing: the application role has no UPDATE or DELETE on
-- audit_log (0001), inserts cannot bring their own seal, and the guard trigger lets an UPDATE through
-- only when it sets the seal of an unsealed row and changes nothing else.

drop trigger audit_log_chain on audit_log;
drop function audit_log_chain();

alter table audit_log add column seq bigint;
alter table audit_log add column sealed_at timestamptz;
alter table audit_anchor add column last_seq bigint;
alter table audit_anchor add column sealed_at timestamptz;
-- A kommune whose first row is not sealed yet has an anchor at position 0, with no row and no hash.
alter table audit_anchor alter column last_id drop not null;
alter table audit_anchor alter column last_hash drop not null;

-- The rows chained by 0010 keep their hashes: their chain order was id order, which becomes their seq.
alter table audit_log disable trigger audit_log_no_update;
update audit_log a set seq = n.seq, sealed_at = now()
  from (select id, row_number() over (partition by kommune_id order by id) as seq from audit_log) n
  where a.id = n.id;
alter table audit_log enable trigger audit_log_no_update;
update audit_anchor an set last_seq = (select max(seq) from audit_log a where a.kommune_id = an.kommune_id), sealed_at = now();

create unique index audit_log_chain_position on audit_log (kommune_id, seq);
-- What the sealer looks for: small, as only the tail of a few seconds is unsealed.
create index audit_log_unsealed on audit_log (kommune_id, id) where seq is null;

-- A new row carries no seal, whoever writes it.
create or replace function audit_log_unsealed() returns trigger
  language plpgsql
  as $$
  begin
    if new.seq is not null or new.prev_hash is not null or new.hash is not null or new.sealed_at is not null then
      raise exception 'audit_log: en ny rad kan ikke ha kjedeposisjon eller hash; de settes av forseglingen';
    end if;
    return new;
  end $$;
create trigger audit_log_unsealed before insert on audit_log for each row execute function audit_log_unsealed();

-- No delete; an update only when it seals an unsealed row (seq, prev_hash, hash, sealed_at) and leaves
-- every other column as it was.
create or replace function audit_log_guard() returns trigger
  language plpgsql
  as $$
  begin
    if tg_op = 'DELETE' then
      raise exception 'audit_log er bare for tillegg: rader kan ikke endres eller slettes';
    end if;
    if old.seq is not null or old.hash is not null then
      raise exception 'audit_log: rad % er forseglet og kan ikke endres', old.id;
    end if;
    if new.seq is null or new.hash is null or new.sealed_at is null then
      raise exception 'audit_log: rad % kan bare endres ved forsegling', old.id;
    end if;
    if (new.id, new.kommune_id, new.at, new.user_id, new.role, new.action, new.pupil_id, new.details, new.kind,
        new.entity, new.entity_id, new.case_id, new.organisation, new.client_ip, new.outcome)
       is distinct from
       (old.id, old.kommune_id, old.at, old.user_id, old.role, old.action, old.pupil_id, old.details, old.kind,
        old.entity, old.entity_id, old.case_id, old.organisation, old.client_ip, old.outcome) then
      raise exception 'audit_log: forseglingen kan bare sette kjedeposisjon og hash (rad %)', old.id;
    end if;
    return new;
  end $$;
drop trigger audit_log_no_update on audit_log;
create trigger audit_log_no_update before update or delete on audit_log for each row execute function audit_log_guard();

-- Seals up to max_rows committed, unsealed rows of the kommune in the request context, in id order, and
-- returns how many. The anchor row is locked while sealing, so two sealers of one kommune take turns;
-- the second reads the rows after the first has committed (read committed: each statement sees what
-- has committed before it starts), so it continues the chain where the first ended.
create or replace function audit_seal(max_rows integer) returns integer
  language plpgsql security definer
  set search_path = public
  as $$
  declare
    k uuid := naervaer_kommune_id();
    pos bigint;
    previous text;
    r audit_log;
    last_row bigint;
    sealed integer := 0;
    stamp timestamptz := clock_timestamp();
  begin
    if k is null then
      raise exception 'audit_seal: ingen kommune i konteksten';
    end if;
    insert into audit_anchor (kommune_id, last_id, last_hash, last_seq, sealed_at) values (k, null, null, 0, null)
      on conflict (kommune_id) do nothing;
    select coalesce(last_seq, 0), last_hash into pos, previous from audit_anchor where kommune_id = k for update;
    for r in select * from audit_log where kommune_id = k and seq is null order by id limit max_rows loop
      pos := pos + 1;
      update audit_log set seq = pos, prev_hash = previous, hash = audit_row_digest(previous, r), sealed_at = stamp
        where id = r.id and seq is null
        returning hash into previous;
      if not found then
        raise exception 'audit_seal: rad % ble forseglet av noen andre underveis', r.id;
      end if;
      sealed := sealed + 1;
      last_row := r.id;
    end loop;
    if sealed > 0 then
      update audit_anchor set last_id = last_row, last_hash = previous, last_seq = pos, sealed_at = stamp where kommune_id = k;
    end if;
    return sealed;
  end $$;
revoke all on function audit_seal(integer) from public;
grant execute on function audit_seal(integer) to naervaer_app;
