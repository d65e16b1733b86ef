-- Login limits that hold under concurrency, and a cap on live sessions per user (issue 14 items 2 and 7,
-- decision 052).
--   user_session.totp_attempts  codes tried on a session that awaits its second step, counted by the same
--                               statement that checks the limit, so parallel tries cannot pass it together
--   user_session.seq            the order sessions were opened in: at the cap, the oldest is ended first
--                               (created_at alone ties when the clock stands still, as NAERVAER_NOW makes it)
-- The table keeps its row-level security and grants from 0001 (grants cover new columns).
alter table user_session add column totp_attempts integer not null default 0;
alter table user_session add column seq bigint generated always as identity;
create index user_session_open on user_session (user_id, seq) where ended_at is null;
