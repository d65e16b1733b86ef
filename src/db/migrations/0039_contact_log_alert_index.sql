-- Issue 14 item 8 (decision 072, the morning peak): the contact log by the alert it answers. A registration
-- re-evaluates its pupil and asks which of the pupil's alerts have a contact logged (an alert with a contact
-- is kept as history, not deleted), and deleting an alert checks the contact log's foreign key: both read
-- contact_log by alert_id, which had no index, so each read the kommune's whole contact log.
create index contact_log_alert on contact_log (alert_id) where alert_id is not null;
