-- The session behind a request in one round trip (issue 14 item 8, decision 072). Every API request
-- looked its session up in a transaction of its own: begin, the role, the context, the session, the
-- kommune's context, the user, the roles, commit — eight round trips before the use-case began. This
-- function does the same reads in one statement: the live session with this token hash, its user, the
-- user's roles and the names of the schools and service units they work for (the organisation written
-- into each audit row, decision 053), and the kommune's name. It runs as the owner (SECURITY DEFINER),
-- sets the same request context that row-level security reads before each step (so it also holds for
-- an owner that is not a superuser), and reveals nothing to a caller who does not know the token: the
-- token's hash is the key. Only the owner may call it. Idle and absolute timeouts, disabled accounts
-- and the touch of last_seen_at stay in the application (src/server/auth/sessions.ts).
create or replace function naervaer_session(p_token_hash text)
  returns table (
    session_id uuid, kommune_id uuid, user_id uuid, csrf_token text, created_at timestamptz, last_seen_at timestamptz,
    second_factor_pending boolean, username text, display_name text, kind text, disabled_at timestamptz,
    roles jsonb, organisations text[], kommune_name text
  )
  language plpgsql volatile security definer
  set search_path = public
  as $$
  #variable_conflict use_column
  declare s user_session;
  begin
    perform set_config('naervaer.session_token_hash', p_token_hash, true);
    select * into s from user_session us where us.token_hash = p_token_hash and us.ended_at is null;
    if not found then
      return;
    end if;
    perform set_config('naervaer.kommune_id', s.kommune_id::text, true);
    perform set_config('naervaer.user_id', s.user_id::text, true);
    return query
      select s.id, s.kommune_id, s.user_id, s.csrf_token, s.created_at, s.last_seen_at, s.second_factor_pending,
             u.username, u.display_name, u.kind, u.disabled_at,
             coalesce((select jsonb_agg(jsonb_build_object('role', r.role, 'schoolId', r.school_id, 'classId', r.class_id,
                                                           'serviceUnitId', r.service_unit_id, 'subject', r.subject))
                       from role_assignment r where r.user_id = s.user_id), '[]'::jsonb),
             array(select sc.name from school sc where sc.id in (select r.school_id from role_assignment r where r.user_id = s.user_id)
                   union
                   select su.name from service_unit su where su.id in (select r.service_unit_id from role_assignment r where r.user_id = s.user_id)),
             (select k.name from kommune k where k.id = s.kommune_id)
      from app_user u where u.id = s.user_id;
  end $$;
revoke all on function naervaer_session(text) from public;
