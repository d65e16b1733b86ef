// The aktivitetsplikt as plain data (issue 21 item 3, decisions 187–188): the matter's steps, the written
// plan opplæringslova § 12-4 third paragraph requires (the problem, the planned measures, when they are
// carried out, who carries them out, when they are evaluated) and what the leadership's board flags.
// Pure: no clock (today is an argument), no I/O.

/** How a matter started: an observation ticked, by hand (pupil page or case), or a case note marked. */
export const SCHOOL_ENVIRONMENT_STARTS = ['observation', 'manual', 'case-note'] as const;
export type SchoolEnvironmentStart = (typeof SCHOOL_ENVIRONMENT_STARTS)[number];

export const SCHOOL_ENVIRONMENT_STATUSES = ['open', 'closed'] as const;
export type SchoolEnvironmentStatus = (typeof SCHOOL_ENVIRONMENT_STATUSES)[number];

/** One planned measure: what, when it is carried out (a date or a period, in words), who is responsible. */
export type ActivityMeasure = { what: string; when: string; responsible: string };

/** The aktivitetsplan: § 12-4's five elements, and the pupil's own view (§ 10-1, heard in every matter). */
export type ActivityPlan = {
  problem: string;
  measures: ActivityMeasure[];
  /** YYYY-MM-DD: when the measures are evaluated. */
  evaluationOn: string;
  pupilView: string;
};

/** A required element the plan lacks, by its path in the plan (the form puts the message at that field). */
export type PlanGap = {
  path: string;
  element: 'problem' | 'measures' | 'what' | 'when' | 'responsible' | 'evaluationOn';
};

const blank = (s: string | null | undefined) => !s || s.trim() === '';

/**
 * The law's required elements the plan does not have (§ 12-4 third paragraph): none means complete. The
 * pupil's view is not among them — the law asks that the pupil is heard, not that the plan quotes it.
 */
export function activityPlanGaps(plan: ActivityPlan): PlanGap[] {
  const gaps: PlanGap[] = [];
  if (blank(plan.problem)) gaps.push({ path: 'problem', element: 'problem' });
  if (plan.measures.length === 0) gaps.push({ path: 'measures', element: 'measures' });
  plan.measures.forEach((m, i) => {
    if (blank(m.what)) gaps.push({ path: `measures.${i}.what`, element: 'what' });
    if (blank(m.when)) gaps.push({ path: `measures.${i}.when`, element: 'when' });
    if (blank(m.responsible)) gaps.push({ path: `measures.${i}.responsible`, element: 'responsible' });
  });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(plan.evaluationOn)) gaps.push({ path: 'evaluationOn', element: 'evaluationOn' });
  return gaps;
}

/** What the steps of a matter read from it. */
export type MatterFacts = {
  status: SchoolEnvironmentStatus;
  adultInvolved: boolean;
  knownOn: string;
  leaderNotifiedAt: string;
  ownerNotifiedAt: string | null;
  investigatedOn: string | null;
  planMadeOn: string | null;
  evaluationDue: string | null;
  evaluatedOn: string | null;
  closedOn: string | null;
};

export const MATTER_STEPS = [
  'reported',
  'leader-notified',
  'owner-notified',
  'investigated',
  'plan-made',
  'evaluated',
  'closed',
] as const;
export type MatterStep = (typeof MATTER_STEPS)[number];

/** The matter's steps in order with the day each was done (null: not yet); the owner's only with an adult involved. */
export function matterSteps(m: MatterFacts): { step: MatterStep; on: string | null }[] {
  const day = (at: string | null) => (at ? at.slice(0, 10) : null);
  return [
    { step: 'reported' as const, on: m.knownOn },
    { step: 'leader-notified' as const, on: day(m.leaderNotifiedAt) },
    ...(m.adultInvolved ? [{ step: 'owner-notified' as const, on: day(m.ownerNotifiedAt) }] : []),
    { step: 'investigated' as const, on: m.investigatedOn },
    { step: 'plan-made' as const, on: m.planMadeOn },
    { step: 'evaluated' as const, on: m.evaluatedOn },
    { step: 'closed' as const, on: m.closedOn },
  ];
}

/** What the leadership's board says of an open matter (decision 189). */
export const MATTER_FLAGS = ['not-investigated', 'plan-missing', 'evaluation-due', 'evaluation-overdue'] as const;
export type MatterFlag = (typeof MATTER_FLAGS)[number];

/** Days before the evaluation date the board starts saying it is due. */
export const EVALUATION_WARNING_DAYS = 7;

const addDays = (iso: string, days: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/**
 * The flags of a matter on `today`: not yet investigated; no aktivitetsplan yet; the evaluation due within
 * a week, or past, and not done since the plan was (last) made. A closed matter has none.
 */
export function matterFlags(m: MatterFacts, today: string): MatterFlag[] {
  if (m.status === 'closed') return [];
  const flags: MatterFlag[] = [];
  if (!m.investigatedOn) flags.push('not-investigated');
  if (!m.planMadeOn) flags.push('plan-missing');
  // An evaluation on or after the day the plan was (last) made answers the plan's evaluation date.
  const evaluatedSince = m.evaluatedOn !== null && m.planMadeOn !== null && m.evaluatedOn >= m.planMadeOn;
  if (m.evaluationDue && !evaluatedSince) {
    if (m.evaluationDue < today) flags.push('evaluation-overdue');
    else if (m.evaluationDue <= addDays(today, EVALUATION_WARNING_DAYS)) flags.push('evaluation-due');
  }
  return flags;
}

/**
 * School days before the aktivitetsplan's evaluation date that the matter's responsible people are reminded in
 * their inbox (decision 212): three, so the evaluation can be prepared — the pupil heard again, those who carry
 * the measures asked — within the same school week, a week after the board's flag has started to show it.
 */
export const EVALUATION_REMINDER_SCHOOL_DAYS = 3;

/**
 * The day from which the evaluation of a plan is reminded: `schoolDays` school days before its date, counted on
 * the pupil's school calendar (`isSchoolDay`, by ISO date). Looks back at most 60 days (a calendar without school
 * days there reminds 60 days ahead, never not at all).
 */
export function evaluationReminderFrom(
  evaluationOn: string,
  isSchoolDay: (iso: string) => boolean,
  schoolDays: number = EVALUATION_REMINDER_SCHOOL_DAYS,
): string {
  let day = evaluationOn;
  let counted = 0;
  for (let back = 0; counted < schoolDays && back < 60; back++) {
    day = addDays(day, -1);
    if (isSchoolDay(day)) counted++;
  }
  return day;
}

/** Whether a matter's aktivitetsplan still waits for its evaluation: none recorded since the plan was (last) made. */
export function evaluationOutstanding(m: Pick<MatterFacts, 'planMadeOn' | 'evaluationDue' | 'evaluatedOn'>): boolean {
  if (!m.planMadeOn || !m.evaluationDue) return false;
  return !(m.evaluatedOn !== null && m.evaluatedOn >= m.planMadeOn);
}
