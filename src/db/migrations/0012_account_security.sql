-- Account security (issue 6 item 7, decision 052): the second login step (TOTP), accounts unused for long.
--   app_user.totp_last_step     the last TOTP time step accepted, so a code works once (RFC 6238 §5.2)
--   app_user.last_login_at      the last completed login, for the review of unused accounts
--   user_session.totp_enrol_secret
--                               a secret offered at first login; it moves to app_user.totp_secret only
--                               when the user confirms it with a code, so an abandoned enrolment
--                               leaves the account as it was
-- The tables keep their row-level security and grants from 0001 (grants cover new columns).
alter table app_user add column totp_last_step integer; -- steps of 30 s fit in integer until the year 4000
alter table app_user add column last_login_at timestamptz;
alter table user_session add column totp_enrol_secret text;
