-- «Registrering ført» (issue 17 item 6, decision 105): a class's register for a day is taken when the
-- teacher ends it with «Resten er til stede». Until then a pupil without a registration is only
-- unregistered, not known to be present. One row per class and day: the latest confirmation (who and
-- when); every confirmation also has its audit row.
create table class_register (
  kommune_id uuid not null references kommune(id),
  class_id uuid not null references class(id),
  date date not null,
  taken_by uuid not null references app_user(id),
  taken_at timestamptz not null,
  primary key (class_id, date)
);
create index class_register_kommune on class_register (kommune_id);

alter table class_register enable row level security;
alter table class_register force row level security;
create policy tenant on class_register using (kommune_id = naervaer_kommune_id()) with check (kommune_id = naervaer_kommune_id());
grant select, insert, update, delete on class_register to naervaer_app;
