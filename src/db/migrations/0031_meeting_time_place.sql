-- A meeting's time and place, and the next meeting it planned (issue 17 item 11, decision 116). The time
-- is a wall-clock time in Norway («09:30»), kept beside the date as text so that PGlite and PostgreSQL
-- give back the same string; a meeting without a time is planned for the day. The place is free text
-- («Møterom 2», «Telefon»). «Neste møte» in the minutes creates the next planned meeting once; this
-- meeting keeps a link to it, so editing the minutes moves that meeting instead of making another.
alter table case_meeting add column scheduled_time text check (scheduled_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$');
alter table case_meeting add column place text not null default '';
alter table case_meeting add column next_meeting_id uuid references case_meeting(id) on delete set null;
