// The case page as the API answers it: the loaded case, its ladder level, tasks, the timeline (actions,
// contacts, held meetings and alerts, in time order) and the parts shown by their own presenters.
import type { CaseWeeklyContact } from '../cases/weekly-contact';
import type { Selectable } from 'kysely';
import type { Database } from '../../db/schema';
import type { BeforeAfter } from '../../domain/absence/before-after';
import { allowedActions, type CaseState } from '../../domain/ladder/case-machine';
import { isEvaluationOverdue } from '../../domain/ladder/evaluation-date';
import { findTask, LADDER_ROLES, type Ladder, type LadderLevel } from '../../domain/ladder/ladder-schema';
import type { PupilPlace } from '../absence/place';
import type { CaseRow } from '../cases/case-place';
import type { consentFormFacts } from '../cases/consents';
import type { planSummaries } from '../cases/plans';
import { masked } from '../cases/restricted-notes';
import type { caseFormsOverview } from '../use-cases/case-forms-overview';
import { presentAlert, presentContact, BY_NAERVAER } from './absence';
import { isOneOf, TICKED_BY_KINDS } from '../../contract/enums';
import type { presentConsents } from './consent';
import { MEETING_LABEL, presentMeeting } from './meetings';
import { presentAssessment, presentReferral } from './referrals';
import { presentPupilPlace } from './pupil';
import type { MinutesVersion } from '../../contract/meetings';
import { minutesText, type MinutesTemplate } from '../../domain/meetings/minutes-template';

type Row<T extends keyof Database> = Selectable<Database[T]>;

export type LoadedCase = {
  row: CaseRow;
  place: PupilPlace;
  ladder: Ladder;
  level: LadderLevel;
  state: CaseState;
  /** The stafettholder's account is disabled (left by the roster, or by hand): «ny stafettholder trengs» (decision 083). */
  holderDisabled: boolean;
  today: string;
  /** A service partner reads; the school acts. */
  partner: boolean;
  names: Map<string, string>;
  mayRead: (c: Row<'contact_log'>) => boolean;
  actions: Row<'case_action'>[];
  tasks: Row<'case_task'>[];
  contacts: Row<'contact_log'>[];
  alerts: Row<'alert'>[];
  referrals: Row<'case_referral'>[];
  assessments: Row<'case_assessment'>[];
  participants: Pick<Row<'case_participant'>, 'id' | 'name' | 'role'>[];
  meetings: Row<'case_meeting'>[];
  /** The earlier versions of each meeting's minutes (decision 116). */
  minutesHistory: Map<string, MinutesVersion[]>;
  /** The minutes templates of content/minutes, as text to start the minutes from. */
  minutesTemplates: readonly MinutesTemplate[];
  plans: Awaited<ReturnType<typeof planSummaries>>;
  beforeAfter: BeforeAfter | null;
  /** The evaluation date «Start tiltak» offers today (open cases). */
  defaultEvaluationOn: string | null;
  /** The measures of the active plans, for the evaluation to judge one by one. */
  evaluationMeasures: { measure: string; planTitle: string }[];
  consents: Awaited<ReturnType<typeof presentConsents>>;
  consentForm: Awaited<ReturnType<typeof consentFormFacts>> | null;
  formsOverview: Awaited<ReturnType<typeof caseFormsOverview>>;
  /** Whether the reader may tick this task (src/server/cases/task-access.ts). */
  mayTick: (task: Row<'case_task'>) => boolean;
};

export function presentCase({
  row,
  place,
  ladder,
  level,
  state,
  holderDisabled,
  today,
  partner,
  names,
  mayRead,
  actions,
  tasks,
  contacts,
  alerts,
  referrals,
  assessments,
  participants,
  meetings,
  minutesHistory,
  minutesTemplates,
  plans,
  beforeAfter,
  defaultEvaluationOn,
  evaluationMeasures,
  consents,
  consentForm,
  formsOverview,
  mayTick,
}: LoadedCase) {
  return {
    id: row.id,
    version: row.version,
    pupil: presentPupilPlace(place),
    ladder: { id: ladder.id, name: ladder.name },
    state,
    overdue: state.status === 'open' && isEvaluationOverdue(state.evaluationDue, today),
    defaultEvaluationOn,
    evaluationMeasures,
    stafettholder: {
      id: row.stafettholder_id,
      name: names.get(row.stafettholder_id) ?? 'Ukjent',
      needsNew: holderDisabled,
    },
    openedFrom: row.opened_from,
    level: {
      level: level.level,
      title: level.title,
      problemAreas: level.problemAreas,
      goals: level.goals,
      evaluation: level.evaluation,
      partners: level.partners,
      responsible: level.responsible,
    },
    allowedActions: partner ? [] : allowedActions(ladder, state),
    readOnly: partner,
    consents,
    consentForm,
    tasks: tasks.map((t) => ({
      id: t.id,
      level: t.level,
      ladderTaskId: t.ladder_task_id,
      action: t.ladder_task_id ? (findTask(ladder, t.ladder_task_id)?.action ?? null) : null,
      weekly: t.ladder_task_id ? findTask(ladder, t.ladder_task_id)?.recurring !== undefined : false,
      responsible: t.responsible,
      ownerName: t.owner_id ? (names.get(t.owner_id) ?? null) : null,
      dueOn: t.due_on,
      doneOn: t.done_on,
      doneByName: t.done_by ? (names.get(t.done_by) ?? null) : null,
      source: t.source,
      version: t.version,
      ...taskCompletion(t, ladder),
      mayTick: t.done_on === null && mayTick(t),
    })),
    timeline: [
      ...actions.map((a) => ({
        at: new Date(a.acted_at).toISOString(),
        kind: 'action' as const,
        text: describeAction(
          a.action as { type: string; reason?: string; outcome?: string; summary?: string; assessment?: string },
        ),
        byName: names.get(a.acted_by) ?? 'Ukjent',
      })),
      ...contacts.map((c) => ({
        at: new Date(c.contacted_at).toISOString(),
        kind: 'contact' as const,
        text: `${presentContact(c, names).channel}: ${(mayRead(c) ? c : masked(c)).summary}`,
        byName: c.recorded_by ? (names.get(c.recorded_by) ?? 'Ukjent') : BY_NAERVAER,
      })),
      ...meetings
        .filter((m) => m.held_on)
        .map((m) => ({
          at: `${m.held_on}T12:00:00.000Z`,
          kind: 'meeting' as const,
          text: `${MEETING_LABEL[m.kind]} holdt`,
          byName: names.get(m.recorded_by) ?? 'Ukjent',
        })),
      ...alerts.map((a) => ({
        at: new Date(a.created_at).toISOString(),
        kind: 'alert' as const,
        text: `Nytt varsel: ${a.explanation.explanation}`,
        byName: 'Nærvær',
        forStafettholder: (a.status === 'new' || a.status === 'seen') && a.retired_at === null,
        alertId: a.id,
      })),
    ].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)),
    alerts: alerts.map((a) => presentAlert(a, place, place.className, state.status === 'open' ? row.id : null)),
    beforeAfter,
    meetings: meetings.map((m) => presentMeeting(m, minutesHistory.get(m.id))),
    minutesTemplates: minutesTemplates.map((t) => ({
      id: t.id,
      title: t.title,
      source: t.source,
      meetingKinds: [...t.meetingKinds],
      text: minutesText(t),
    })),
    referrals: referrals.map((r) => presentReferral(r, today)),
    participants: participants.map((p) => ({
      ...p,
      roleLabel: (LADDER_ROLES as Record<string, string>)[p.role] ?? p.role,
    })),
    assessments: assessments.map(presentAssessment),
    forms: formsOverview.forms,
    statements: formsOverview.statements,
    pupilVoice: formsOverview.pupilVoice,
    mappedCauses: formsOverview.mappedCauses,
    plans,
  };
}

const OUTCOME: Record<string, string> = {
  solved: 'løst',
  better: 'bedre, fortsetter',
  'more-needed': 'trenger mer, neste nivå',
};

const JUDGEMENT: Record<string, string> = {
  virket: 'virket',
  delvis: 'virket delvis',
  'virket-ikke': 'virket ikke',
  'ikke-gjennomfort': 'ikke gjennomført',
};

/** «Tiltak: Egen garderobe – virket; Vekking – ikke gjennomført (mor på nattevakt)». */
function describeJudgements(
  assessment: string,
  measures: { measure: string; judgement: string; comment?: string }[] | undefined,
): string {
  if (!measures?.length) return '';
  const stop = /[.!?]$/.test(assessment.trim()) ? '' : '.';
  const each = measures.map(
    (m) =>
      `${m.measure} – ${JUDGEMENT[m.judgement] ?? m.judgement}${m.comment?.trim() ? ` (${m.comment.trim()})` : ''}`,
  );
  return `${stop} Tiltakene: ${each.join('; ')}.`;
}

function describeAction(a: {
  type: string;
  reason?: string;
  outcome?: string;
  summary?: string;
  assessment?: string;
  measures?: { measure: string; judgement: string; comment?: string }[];
}): string {
  switch (a.type) {
    case 'open':
      return `Sak åpnet: ${a.reason ?? ''}`;
    case 'start-measures':
      return 'Tiltak startet';
    case 'set-evaluation-date':
      return `Ny evalueringsdato: ${a.reason ?? ''}`;
    case 'evaluate':
      return `Evaluert (${OUTCOME[a.outcome ?? ''] ?? a.outcome}): ${a.assessment ?? ''}${describeJudgements(a.assessment ?? '', a.measures)}`;
    case 'escalate':
      return `Løftet ett nivå: ${a.reason ?? ''}`;
    case 'de-escalate':
      return `Tatt ned ett nivå: ${a.reason ?? ''}`;
    case 'close':
      return `Sak avsluttet: ${a.summary ?? ''}`;
    case 'reopen':
      return `Sak gjenåpnet: ${a.reason ?? ''}`;
    case 'report-to-child-welfare':
      return 'Bekymringsmelding til barneverntjenesten logget, med helhetsvurdering';
    case 'take-over':
      return 'Saken overtatt av elevens nye skole';
    case 'hand-over':
      return `Stafettpinnen gitt videre: ${a.reason ?? ''}`;
    default:
      return a.type;
  }
}

/** How a task was done (by work in the case, or by hand with a comment) and its source's words (decisions 112–113). */
function taskCompletion(t: Row<'case_task'>, ladder: Ladder) {
  const c = (t.completion ?? {}) as { tickedBy?: { kind?: unknown; id?: unknown }; comment?: unknown };
  const kind = c.tickedBy?.kind;
  const tickedBy =
    typeof kind === 'string' && isOneOf(TICKED_BY_KINDS, kind) && typeof c.tickedBy?.id === 'string'
      ? { kind, id: c.tickedBy.id }
      : null;
  const task = t.ladder_task_id ? findTask(ladder, t.ladder_task_id) : undefined;
  // Rows made before decision 113 hold the source's words; they read as the app's words too.
  const text = task?.appText && t.text === task.text ? task.appText : t.text;
  return {
    text,
    sourceText: task && task.text !== text ? task.text : null,
    tickedBy,
    comment: typeof c.comment === 'string' && c.comment ? c.comment : null,
  };
}

/** The case's weekly contact as the status section shows it (decision 193): the gaps without the weeks closed. */
export function presentWeeklyContact(w: CaseWeeklyContact) {
  return {
    applies: w.applies,
    reasons: w.reasons,
    team: w.team,
    ladderTask: w.ladderTask,
    lastContactOn: w.lastContactOn,
    gaps: w.gaps.map((g) => ({ monday: g.monday, week: g.week, year: g.year })),
  };
}
