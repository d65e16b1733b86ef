import { norwegianDate } from './case-facts';
import { PLAN_KIND_NAMES, type Plan, type PlanKind } from './plan-schema';

// A new plan starts as a blank draft of its kind (decision 064): the shape is valid, the texts are empty
// and `completenessProblems` lists what is missing. Dates default to the day it is made.

/** A blank draft of a plan of the given kind, dated `date`. */
export function blankPlan(kind: PlanKind, date: string): Plan {
  switch (kind) {
    case 'tiltaksplan':
      return {
        kind,
        date,
        longTermGoal: '',
        subGoals: [],
        period: { from: date, to: date },
        statusAndEvaluation: '',
        timetableAndAttendance: '',
        measures: [],
        triggers: '',
        nextMeetingOn: null,
      };
    case 'samarbeidsavtale':
      return { kind, date, status: '', mainGoal: '', rows: [], planB: '', evaluationOn: null, signatures: [] };
    case 'dagsplan':
      return { kind, date, appliesTo: '', rows: [] };
    case 'gradvis-tilbakeforing':
      return { kind, date, goal: '', arena: '', steps: [], evaluationOn: null, attendanceReduction: null };
    case 'opplaering-ved-sykdom':
      return {
        kind,
        date,
        doctorStatementId: null,
        presenceAtSchool: 'ingen',
        condition: '',
        expectedAbsence: { from: date, until: null, description: '' },
        assessment: '',
        place: 'hjemme',
        teaching: '',
        evaluationOn: null,
      };
  }
}

/** The plan's title in lists and on paper: its kind and date («Samarbeidsavtale 03.11.2025»). */
export function planTitle(plan: Pick<Plan, 'kind' | 'date'>): string {
  return `${PLAN_KIND_NAMES[plan.kind]} ${norwegianDate(plan.date)}`;
}
