// The case page as the API answers it: the loaded case, its ladder level, tasks, the timeline (actions,
// contacts, held meetings and alerts, in time order) and the parts shown by their own presenters.
import type { CaseWeeklyContact } from '../cases/weekly-contact';
import type { Selectable } from 'kysely';
import type { Database } from '../../db/schema';
import type { BeforeAfter } from '../../domain/absence/before-after';
import { allowedActions, type CaseState } from '../../domain/ladder/case-machine';
import { isEvaluationOverdue } from '../../domain/ladder/evaluation-date';
import { norwegianDate } from '../../domain/calendar/dates';
import { findTask, LADDER_ROLES, type Ladder, type LadderLevel } from '../../domain/ladder/ladder-schema';
import type { PupilPlace } from '../absence/place';
import type { MeasureToEvaluate } from '../cases/evaluation';
import type { CaseRow } from '../cases/case-place';
import type { consentFormFacts } from '../cases/consents';
import type { planSummaries } from '../cases/plans';
import { masked } from '../cases/restricted-notes';
import type { caseFormsOverview } from '../use-cases/case-forms-overview';
import { presentAlert, BY_NAERVAER } from './absence';
import { isOneOf, TICKED_BY_KINDS } from '../../contract/enums';
import type { presentConsents } from './consent';
import { presentMeeting } from './meetings';
import { TIMELINE_TEXTS, type TimelineTexts } from './timeline-texts';
import { documentTexts } from '../documents';
import { alertTexts, type AlertReader } from '../absence/alert-texts';
import type { Language } from '../../domain/language/language';
import { presentAssessment, presentReferral } from './referrals';
import { presentPupilPlace } from './pupil';
import type { MinutesVersion } from '../../contract/meetings';
import { minutesText, type MinutesTemplate } from '../../domain/meetings/minutes-template';
import { storedHeard } from '../../domain/ladder/heard';

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
  evaluationMeasures: MeasureToEvaluate[];
  consents: Awaited<ReturnType<typeof presentConsents>>;
  consentForm: Awaited<ReturnType<typeof consentFormFacts>> | null;
  formsOverview: Awaited<ReturnType<typeof caseFormsOverview>>;
  /** Whether the reader may tick this task (src/server/cases/task-access.ts). */
  mayTick: (task: Row<'case_task'>) => boolean;
  /** The reader's language (the timeline's fixed words) and how they read alerts (issue 20). */
  language: Language;
  reader?: AlertReader;
};

/** The steps of a case that carry «Elevens stemme og barnets beste», oldest first (decision 181). */
export function heardSteps(actions: Pick<Row<'case_action'>, 'action' | 'acted_at'>[]) {
  return actions.flatMap((a) => {
    const action = a.action as { type?: unknown; heard?: unknown };
    const heard = storedHeard(action.heard);
    return heard && typeof action.type === 'string'
      ? [{ at: new Date(a.acted_at).toISOString(), step: action.type, heard }]
      : [];
  });
}

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
  language,
  reader,
}: LoadedCase) {
  const words = TIMELINE_TEXTS[language];
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
      ...actions.map((a) => {
        const heard = storedHeard((a.action as { heard?: unknown }).heard);
        return {
          at: new Date(a.acted_at).toISOString(),
          kind: 'action' as const,
          text: describeAction(
            a.action as { type: string; reason?: string; outcome?: string; summary?: string; assessment?: string },
            words,
          ),
          byName: names.get(a.acted_by) ?? 'Ukjent',
          ...(heard ? { heard } : {}),
        };
      }),
      ...contacts.map((c) => ({
        at: new Date(c.contacted_at).toISOString(),
        kind: 'contact' as const,
        text: `${words.channel[c.channel]}: ${(mayRead(c) ? c : masked(c)).summary}`,
        byName: c.recorded_by ? (names.get(c.recorded_by) ?? 'Ukjent') : BY_NAERVAER,
      })),
      ...meetings
        .filter((m) => m.held_on)
        .map((m) => ({
          at: `${m.held_on}T12:00:00.000Z`,
          kind: 'meeting' as const,
          text: words.meetingHeld(documentTexts(language).minutes.meeting[m.kind]),
          byName: names.get(m.recorded_by) ?? 'Ukjent',
        })),
      ...alerts.map((a) => ({
        at: new Date(a.created_at).toISOString(),
        kind: 'alert' as const,
        text: `${words.newAlert}: ${alertTexts(a.explanation, reader).explanation}`,
        byName: 'Nærvær',
        forStafettholder: (a.status === 'new' || a.status === 'seen') && a.retired_at === null,
        alertId: a.id,
      })),
    ].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)),
    alerts: alerts.map((a) => presentAlert(a, place, place.className, state.status === 'open' ? row.id : null, reader)),
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

type Judged = {
  measure: string;
  judgement: string;
  comment?: string;
  followed?: { days: number; schoolDays: number; since: string } | null;
};

/** «Tiltakene: Egen garderobe – virket, bekreftet fulgt 3 av 12 skoledager siden 02.11.2026; Vekking – …» */
function describeJudgements(assessment: string, measures: Judged[] | undefined, words: TimelineTexts): string {
  if (!measures?.length) return '';
  const stop = /[.!?]$/.test(assessment.trim()) ? '' : '.';
  const each = measures.map(
    (m) =>
      `${m.measure} – ${(words.judgement as Record<string, string>)[m.judgement] ?? m.judgement}${m.followed ? words.followed(m.followed.days, m.followed.schoolDays, norwegianDate(m.followed.since)) : ''}${m.comment?.trim() ? ` (${m.comment.trim()})` : ''}`,
  );
  return `${stop} ${words.measures(each.join('; '))}`;
}

function describeAction(
  a: {
    type: string;
    reason?: string;
    outcome?: string;
    summary?: string;
    assessment?: string;
    measures?: Judged[];
  },
  words: TimelineTexts,
): string {
  switch (a.type) {
    case 'open':
      return `${words.opened}: ${a.reason ?? ''}`;
    case 'start-measures':
      return words.measuresStarted;
    case 'set-evaluation-date':
      return `${words.newEvaluationDate}: ${a.reason ?? ''}`;
    case 'evaluate': {
      const outcome = (words.outcome as Record<string, string>)[a.outcome ?? ''] ?? a.outcome ?? '';
      return `${words.evaluated(outcome)}: ${a.assessment ?? ''}${describeJudgements(a.assessment ?? '', a.measures, words)}`;
    }
    case 'escalate':
      return `${words.escalated}: ${a.reason ?? ''}`;
    case 'de-escalate':
      return `${words.deEscalated}: ${a.reason ?? ''}`;
    case 'close':
      return `${words.closed}: ${a.summary ?? ''}`;
    case 'reopen':
      return `${words.reopened}: ${a.reason ?? ''}`;
    case 'report-to-child-welfare':
      return words.reportedToChildWelfare;
    case 'take-over':
      return words.takenOver;
    case 'hand-over':
      return `${words.handedOver}: ${a.reason ?? ''}`;
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
