-- Sign-in with OpenID Connect (issue 16 item 4, decision 084): Feide for staff and pupils, ID-porten for
-- guardians, HelseID for health staff. Each kommune configures its own providers; a secret or private key
-- is never stored here, only the name of the environment variable that holds it (read by config.ts).
create table oidc_provider (
  id uuid primary key,
  kommune_id uuid not null references kommune(id),
  -- In the start URL (/api/auth/oidc/<slug>/start): unique across the installation, like usernames.
  slug text not null unique check (slug ~ '^[a-z0-9][a-z0-9-]{1,39}$'),
  display_name text not null,
  kind text not null check (kind in ('feide', 'idporten', 'helseid')),
  issuer text not null,
  client_id text not null,
  client_auth text not null check (client_auth in ('client_secret_basic', 'client_secret_post', 'private_key_jwt')),
  -- The environment variable with the client secret (or, for private_key_jwt, the private key as a JWK).
  secret_ref text not null check (secret_ref ~ '^NAERVAER_OIDC_[A-Z0-9_]+$'),
  scopes text not null,
  -- The claim naming the person: a username (Feide: eduPersonPrincipalName) or, for ID-porten, the
  -- national id (pid), matched through its keyed hash. Never `sub`: it is pairwise or per client.
  identity_claim text not null check (identity_claim <> 'sub'),
  -- Who may use it: roles of role_assignment, and 'foresatt' for guardians.
  roles text[] not null check (cardinality(roles) > 0),
  -- acr or amr values that count as strong authentication: Nærvær's own one-time code is then not asked.
  strong_acr text[] not null default '{}',
  strong_amr text[] not null default '{}',
  enabled boolean not null default true,
  created_at timestamptz not null,
  version integer not null default 1
);
create index oidc_provider_kommune on oidc_provider (kommune_id);

-- One sign-in under way: state (only its SHA-256), nonce and PKCE verifier, used once, for ten minutes.
create table oidc_login (
  id uuid primary key,
  kommune_id uuid not null references kommune(id),
  provider_id uuid not null references oidc_provider(id),
  state_hash text not null unique,
  nonce text not null,
  code_verifier text not null,
  created_at timestamptz not null,
  expires_at timestamptz not null,
  used_at timestamptz
);
create index oidc_login_provider on oidc_login (provider_id);

-- The provider a session came through, and its ID token for the provider's end-session (id_token_hint);
-- the token is cleared when the session ends.
alter table user_session add column oidc_provider_id uuid references oidc_provider(id);
alter table user_session add column oidc_id_token text;

-- Password log-in can be turned off per kommune, for everyone but its emergency admins.
alter table kommune add column password_login boolean not null default true;
alter table app_user add column emergency_admin boolean not null default false;

-- ID-porten's pid is matched to the keyed hash (HMAC-SHA-256, NAERVAER_ID_HASH_KEY) of a national id, so
-- the lookup needs no national id in clear and the hash alone tells nothing without the key.
alter table guardian add column national_id_hash text;
create index guardian_national_id_hash on guardian (kommune_id, national_id_hash);
alter table pupil add column national_id_hash text;

-- Row-level security: the kommune's own rows, and before any kommune is known exactly one row through a
-- transaction-local setting, as login_username and session_token_hash do for users and sessions (0001):
-- the provider named in a start URL, the sign-in under way with this state's hash, or (for the login
-- page) the enabled providers' public columns through the function below.
alter table oidc_provider enable row level security;
alter table oidc_provider force row level security;
create policy tenant on oidc_provider
  using (kommune_id = naervaer_kommune_id()
         or slug = nullif(current_setting('naervaer.oidc_slug', true), '')
         or (enabled and current_setting('naervaer.oidc_list', true) = 'on'))
  with check (kommune_id = naervaer_kommune_id());
alter table oidc_login enable row level security;
alter table oidc_login force row level security;
create policy tenant on oidc_login
  using (kommune_id = naervaer_kommune_id()
         or state_hash = nullif(current_setting('naervaer.oidc_state_hash', true), ''))
  with check (kommune_id = naervaer_kommune_id());
grant select, insert, update, delete on oidc_provider, oidc_login to naervaer_app;

-- The buttons of the login page: the enabled providers' names and kinds, nothing else (owner only, as
-- naervaer_session in 0022).
create or replace function naervaer_oidc_providers()
  returns table (slug text, display_name text, kind text)
  language plpgsql volatile security definer
  set search_path = public
  as $$
  begin
    perform set_config('naervaer.oidc_list', 'on', true);
    return query select p.slug, p.display_name, p.kind from oidc_provider p where p.enabled order by p.display_name, p.slug;
    perform set_config('naervaer.oidc_list', '', true);
  end $$;
revoke all on function naervaer_oidc_providers() from public;
