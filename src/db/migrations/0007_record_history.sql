-- Every edit of a versioned record keeps the version it replaced (issue 5 item 11, and the foundation's
-- "an edit never silently overwrites"): written by updateVersioned in the same transaction. Append-only.
create table record_history (
  id bigint generated always as identity primary key,
  kommune_id uuid not null references kommune(id),
  table_name text not null,
  record_id uuid not null,
  version integer not null,
  snapshot jsonb not null,
  changed_by uuid references app_user(id),
  changed_at timestamptz not null
);
create index record_history_record on record_history (record_id);
create trigger record_history_no_update before update or delete on record_history
  for each row execute function audit_log_append_only();

alter table record_history enable row level security;
alter table record_history force row level security;
create policy tenant on record_history using (kommune_id = naervaer_kommune_id()) with check (kommune_id = naervaer_kommune_id());
grant select, insert on record_history to naervaer_app;
