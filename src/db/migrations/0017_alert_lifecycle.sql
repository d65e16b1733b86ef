-- Alerts that never vanish (issue 13 item 2). An alert whose episode the school's current rules no longer
-- compute — the school switched profile, a rule was edited, the skolerute changed, a registration was
-- corrected after someone acted — is retired with the reason, never deleted and never re-labelled: its
-- status (new, seen, handled, dismissed) is kept, so that when the same episode comes back (switching back)
-- it is open again, or handled as before. An episode that continues under the new rules carries the status
-- of the one it continues (continues_alert_id), so a handled alert does not ask for another call.
alter table alert add column retired_at timestamptz;
alter table alert add column retired_reason text;
alter table alert add column continues_alert_id uuid references alert(id) on delete set null;
-- One contact can handle the overlapping alerts of one concern (item 5); each alert names it.
alter table alert add column handled_contact_id uuid references contact_log(id) on delete set null;
alter table alert add constraint alert_retired_with_reason check ((retired_at is null) = (retired_reason is null));

-- Alerts handled before this migration name their contact through contact_log.alert_id.
create index alert_pupil on alert (pupil_id);
