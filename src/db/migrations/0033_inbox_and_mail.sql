-- Issue 18 items 1–2 (decisions 123–126): the inbox every user has in Nærvær, the written notices of the
-- ladder kept with their PDF, each user's choice of e-mail per kind, and the outbox the mail worker sends from.

-- A new role: avdelingsdirektør for skole (kommunalsjef), who receives the written notices at levels 2–3
-- and sees only those notices' cases. The school owner (skoleeier) keeps seeing figures only.
alter table role_assignment drop constraint role_assignment_role_check;
alter table role_assignment add constraint role_assignment_role_check
  check (role in ('kontaktlaerer', 'faglaerer', 'skoleledelse', 'ressursteam', 'administrator',
                  'skoleeier', 'helsesykepleier', 'ppt', 'barnevern', 'bup', 'kommunepsykolog', 'avdelingsdirektor'));

-- Where a user's e-mail notices go (decision 125): their work address, from the roster or the «Brukere»
-- screen. Without one, the inbox in Nærvær is all they get.
alter table app_user add column email text;

-- A written notice sent from a case (000 §5): to the school's leadership at level 1, to the
-- avdelingsdirektør at levels 2–3. The PDF is kept as sent, so the recipient reads exactly that letter.
create table case_notice (
  id uuid primary key,
  kommune_id uuid not null references kommune(id),
  case_id uuid not null references pupil_case(id),
  pupil_id uuid not null references pupil(id),
  recipient text not null check (recipient in ('skoleledelse', 'avdelingsdirektor')),
  level smallint not null check (level between 0 and 3),
  file_name text not null,
  pdf bytea not null,
  sent_by uuid not null references app_user(id),
  sent_at timestamptz not null
);
create index case_notice_case on case_notice (case_id);
create index case_notice_kommune on case_notice (kommune_id);

-- One thing waiting for one user. What it is about is named by ids only; the words are made when it is
-- read, by whoever may read them (a partner without consent learns nothing of the case from it).
-- `done_at` is set when the work is done; kinds whose work lives elsewhere (a task done, a consent
-- withdrawn) are also judged done when read (decision 124). One item per user and `dedupe_key`.
create table inbox_item (
  id uuid primary key,
  kommune_id uuid not null references kommune(id),
  user_id uuid not null references app_user(id),
  kind text not null check (kind in ('case-shared', 'stafettholder', 'participant', 'notice', 'task-assigned',
                                     'task-due', 'evaluation-due', 'concern-unhandled', 'guardian-report')),
  case_id uuid references pupil_case(id),
  pupil_id uuid references pupil(id),
  notice_id uuid references case_notice(id),
  task_id uuid references case_task(id),
  dedupe_key text not null,
  created_at timestamptz not null,
  read_at timestamptz,
  done_at timestamptz,
  unique (user_id, dedupe_key)
);
create index inbox_item_user on inbox_item (user_id, created_at desc);
create index inbox_item_kommune on inbox_item (kommune_id);
create index inbox_item_notice on inbox_item (notice_id) where notice_id is not null;

-- What a user wants by e-mail, per kind of item: at once, a daily summary at an hour, or nothing.
-- No row means at once (decision 125).
create table notice_preference (
  kommune_id uuid not null references kommune(id),
  user_id uuid not null references app_user(id),
  kind text not null,
  mode text not null check (mode in ('now', 'daily', 'none')),
  hour smallint check (hour between 0 and 23),
  primary key (user_id, kind),
  check ((mode = 'daily') = (hour is not null))
);

-- The outbox (decision 126): one e-mail to send, written in the transaction that caused it. The worker
-- claims a due row by moving `next_attempt_at` on (a lease) before sending, and marks it sent after; a
-- crash in between sends it again with the same Message-ID. The address is read when sending, never
-- copied here; the e-mail says nothing about any pupil.
create table mail_outbox (
  id uuid primary key,
  kommune_id uuid not null references kommune(id),
  user_id uuid not null references app_user(id),
  kind text not null,
  dedupe_key text not null,
  message_id text not null,
  state text not null default 'pending' check (state in ('pending', 'sent', 'failed')),
  attempts integer not null default 0,
  next_attempt_at timestamptz not null,
  last_error text,
  created_at timestamptz not null,
  sent_at timestamptz,
  unique (user_id, dedupe_key)
);
create index mail_outbox_due on mail_outbox (next_attempt_at) where state = 'pending';
create index mail_outbox_kommune on mail_outbox (kommune_id, created_at desc);

do $$
declare t text;
begin
  foreach t in array array['case_notice', 'inbox_item', 'notice_preference', 'mail_outbox'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant on %I using (kommune_id = naervaer_kommune_id()) with check (kommune_id = naervaer_kommune_id())', t);
  end loop;
end $$;

-- An inbox is its owner's: a request reads and changes only its own user's items (anyone in the kommune
-- may put an item in someone's inbox). The mail worker runs without a user and reads them all.
-- naervaer.inbox_all lifts this for one statement where the application must see every user's items of a
-- case: putting items in (src/server/inbox/notify.ts: INSERT … ON CONFLICT checks the SELECT policy against
-- the rows it meets), the receipts of a notice (below) and the pupil's privacy export. It is set and
-- cleared around that statement, inside the transaction.
-- Erasing a closed case (privacy_erase_case, 0014) removes every user's items of it.
create or replace function naervaer_own_inbox_item(owner uuid) returns boolean
  language sql stable
  as $$
    select nullif(current_setting('naervaer.user_id', true), '') is null
      or owner = nullif(current_setting('naervaer.user_id', true), '')::uuid
      or current_setting('naervaer.privacy_erasure', true) = 'on'
      or current_setting('naervaer.inbox_all', true) = 'on'
  $$;
create policy own_items on inbox_item as restrictive for select using (naervaer_own_inbox_item(user_id));
create policy own_items_update on inbox_item as restrictive for update using (naervaer_own_inbox_item(user_id));
create policy own_items_delete on inbox_item as restrictive for delete using (naervaer_own_inbox_item(user_id));
-- The receipts of a case's written notices, for the case screen: who received each notice and when they
-- read it; nothing else of anyone's inbox. The request may read the case (the use-case checks that first).
create or replace function naervaer_notice_receipts(p_case uuid)
  returns table (notice_id uuid, user_id uuid, read_at timestamptz)
  language plpgsql
  as $$
  begin
    perform set_config('naervaer.inbox_all', 'on', true);
    return query
      select i.notice_id, i.user_id, i.read_at from inbox_item i
      where i.case_id = p_case and i.kind = 'notice' and i.notice_id is not null;
    perform set_config('naervaer.inbox_all', '', true);
  end $$;

-- A service partner reads a notice's case only through consent, like every other case row.
create policy consent_scope on case_notice as restrictive using (naervaer_partner_service() is null or naervaer_case_visible(case_id));

grant select, insert, delete on case_notice to naervaer_app;
grant select, insert, update, delete on inbox_item to naervaer_app;
grant execute on function naervaer_own_inbox_item(uuid) to naervaer_app;
grant execute on function naervaer_notice_receipts(uuid) to naervaer_app;
grant select, insert, update, delete on notice_preference to naervaer_app;
grant select, insert, update, delete on mail_outbox to naervaer_app;
