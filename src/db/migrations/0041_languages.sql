-- Issue 20 (decision 176): the municipality's written standard and each person's language.
-- kommune.malform: the administrative written standard (språklova), bokmål or nynorsk; the default
-- language of its staff and the form of the documents kept in the pupil's file.
alter table kommune add column malform text not null default 'nb' check (malform in ('nb', 'nn'));
-- app_user.language: the interface language the user chose; null follows the kommune's målform.
alter table app_user add column language text check (language in ('nb', 'nn', 'en'));
-- guardian.language: the language the family reads letters, forms and its own pages in; null is the
-- kommune's målform.
alter table guardian add column language text check (language in ('nb', 'nn', 'en'));

-- The session lookup (0022) also says which language the user reads: their own choice; for a guardian
-- without one, the language chosen for the guardian; else the kommune's målform.
drop function naervaer_session(text);
create function naervaer_session(p_token_hash text)
  returns table (
    session_id uuid, kommune_id uuid, user_id uuid, csrf_token text, created_at timestamptz, last_seen_at timestamptz,
    second_factor_pending boolean, username text, display_name text, kind text, disabled_at timestamptz,
    roles jsonb, organisations text[], kommune_name text, language text
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
             (select k.name from kommune k where k.id = s.kommune_id),
             coalesce(u.language,
                      (select g.language from guardian g where g.user_id = u.id and g.language is not null limit 1),
                      (select k.malform from kommune k where k.id = s.kommune_id))
      from app_user u where u.id = s.user_id;
  end $$;
revoke all on function naervaer_session(text) from public;
