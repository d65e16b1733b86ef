-- Issue 21 item 4 (decisions 190–192): measures that reach every lesson.

-- «Fulgt i dag»: a teacher of the pupil confirms that a measure of an active plan marked for the teaching
-- staff was followed on a day. One row per teacher, measure and day (confirming twice is one confirmation;
-- undoing the same day deletes the row). The evaluation counts the school days with at least one row.
-- `measure_id` is the measure's (or agreement row's) id inside the plan's content.
create table measure_confirmation (
  id uuid primary key,
  kommune_id uuid not null references kommune(id),
  case_id uuid not null references pupil_case(id),
  plan_id uuid not null references case_plan(id),
  pupil_id uuid not null references pupil(id),
  class_id uuid not null references class(id),
  measure_id text not null check (length(measure_id) between 1 and 100),
  date date not null,
  confirmed_by uuid not null references app_user(id),
  confirmed_at timestamptz not null,
  unique (plan_id, measure_id, date, confirmed_by)
);
create index measure_confirmation_case on measure_confirmation (case_id);
create index measure_confirmation_class_date on measure_confirmation (class_id, date);

alter table measure_confirmation enable row level security;
alter table measure_confirmation force row level security;
create policy tenant on measure_confirmation using (kommune_id = naervaer_kommune_id()) with check (kommune_id = naervaer_kommune_id());
-- A service partner sees a confirmation only through a consent covering the case, as the plan itself (0016).
create policy consent_scope on measure_confirmation as restrictive using (naervaer_partner_service() is null or naervaer_case_visible(case_id));
grant select, insert, delete on measure_confirmation to naervaer_app;

-- The substitute of the day (decision 192): the school's leadership names a teacher who takes a class on a
-- date in another's place. For that date the substitute sees the class's register and its «tilrettelegging»
-- notes, as the class's own teachers do; nothing of it carries over to another day.
create table class_substitute (
  id uuid primary key,
  kommune_id uuid not null references kommune(id),
  class_id uuid not null references class(id),
  date date not null,
  user_id uuid not null references app_user(id),
  assigned_by uuid not null references app_user(id),
  assigned_at timestamptz not null,
  unique (class_id, date, user_id)
);
create index class_substitute_user_date on class_substitute (user_id, date);

alter table class_substitute enable row level security;
alter table class_substitute force row level security;
create policy tenant on class_substitute using (kommune_id = naervaer_kommune_id()) with check (kommune_id = naervaer_kommune_id());
grant select, insert, delete on class_substitute to naervaer_app;
