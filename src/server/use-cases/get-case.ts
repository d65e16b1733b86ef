// The case page: the ladder state and what the guideline says at this level, the checklist, the
// timeline (actions, contacts, alerts), the allowed next actions, and — for the evaluation — absence
// before and after the measures started, from the absence data by itself.
import { absenceBeforeAfter } from '../../domain/absence/before-after';
import { allowedActions, type CaseState } from '../../domain/ladder/case-machine';
import { isEvaluationOverdue } from '../../domain/ladder/evaluation-date';
import type { Db } from '../../db/create-db';
import { osloDate } from '../clock';
import { contextOf, partnerServiceOf, type Actor } from '../actor';
import { consentFormFacts, presentConsents } from './case-consents';
import { writeAudit } from '../audit';
import { presentAlert, presentContact, userNames } from '../presenters/absence';
import { classCalendar } from '../absence/calendar';
import { loadPupilEvents } from '../absence/evaluate-pupil';
import { resolveLadder } from '../ladder/resolve-ladder';
import { findTask, LADDER_ROLES } from '../../domain/ladder/ladder-schema';
import { caseForReader } from '../cases/case-place';
import { masked, noteReader } from '../cases/restricted-notes';
import { MEETING_LABEL, presentMeeting } from './case-meetings';
import { presentAssessment, presentReferral } from './case-referrals';
import { caseFormsOverview } from './case-forms';
import { planSummaries } from './case-plans';

export async function getCase(db: Db, actor: Actor, caseId: string, now: Date) {
  return db.withContext(contextOf(actor), async (tx) => {
    const { row, place } = await caseForReader(tx, actor, caseId, now);
    const state = row.state as CaseState;
    const ladder = await resolveLadder(tx, row.ladder);
    const level = ladder.levels.find((l) => l.level === state.level)!;
    const today = osloDate(now);
    const actions = await tx
      .selectFrom('case_action')
      .selectAll()
      .where('case_id', '=', caseId)
      .orderBy('id')
      .execute();
    const tasks = await tx
      .selectFrom('case_task')
      .selectAll()
      .where('case_id', '=', caseId)
      .orderBy('level')
      .orderBy('due_on')
      .execute();
    // Contacts from the day the case opened on (the morning's call often comes before the case).
    const openedOn = osloDate(new Date(row.opened_at));
    const contacts = (
      await tx
        .selectFrom('contact_log')
        .selectAll()
        .where('pupil_id', '=', place.pupilId)
        .where('contacted_at', '>=', new Date(new Date(row.opened_at).getTime() - 86_400_000))
        .orderBy('contacted_at')
        .execute()
    ).filter((c) => osloDate(new Date(c.contacted_at)) >= openedOn);
    const mayRead = await noteReader(tx, actor, place.pupilId);
    // Alerts that came while the case is open go into it, for the stafettholder (decision 026).
    const alerts = await tx
      .selectFrom('alert')
      .selectAll()
      .where('pupil_id', '=', place.pupilId)
      .where((eb) =>
        eb.or([
          eb('started_on', '>=', osloDate(new Date(row.opened_at))),
          eb('created_at', '>=', new Date(row.opened_at)),
        ]),
      )
      .orderBy('started_on')
      .execute();
    const referrals = await tx
      .selectFrom('case_referral')
      .selectAll()
      .where('case_id', '=', caseId)
      .orderBy('updated_at')
      .execute();
    const assessments = await tx
      .selectFrom('case_assessment')
      .selectAll()
      .where('case_id', '=', caseId)
      .orderBy('issued_on')
      .execute();
    const participants = await tx
      .selectFrom('case_participant')
      .select(['id', 'name', 'role'])
      .where('case_id', '=', caseId)
      .where('removed_at', 'is', null)
      .orderBy('added_at')
      .execute();
    const plans = await planSummaries(tx, caseId);
    const meetings = await tx
      .selectFrom('case_meeting')
      .selectAll()
      .where('case_id', '=', caseId)
      .orderBy('scheduled_on')
      .execute();
    const holderDisabled =
      (await tx.selectFrom('app_user').select('disabled_at').where('id', '=', row.stafettholder_id).executeTakeFirst())
        ?.disabled_at != null;
    const names = await userNames(tx, [
      row.stafettholder_id,
      ...meetings.map((m) => m.recorded_by),
      ...actions.map((a) => a.acted_by),
      ...contacts.map((c) => c.recorded_by),
      ...tasks.map((t) => t.owner_id),
      ...tasks.map((t) => t.done_by),
    ]);
    let beforeAfter = null;
    if (state.status === 'open') {
      const { calendar } = await classCalendar(tx, place);
      const events = await loadPupilEvents(tx, place.pupilId, calendar.source.firstDay, today);
      beforeAfter = absenceBeforeAfter(calendar, events, state.measuresStartedOn, today);
    }
    // A service partner reads; the school acts. The consent form's facts are the school's to fill in.
    const partner = partnerServiceOf(actor) !== null;
    const consents = await presentConsents(tx, caseId, today);
    const consentForm = partner || row.status !== 'open' ? null : await consentFormFacts(tx, place.pupilId, today);
    const { forms, statements, pupilVoice, mappedCauses } = await caseFormsOverview(tx, caseId, today);
    await writeAudit(tx, actor, now, [
      {
        action: 'case.read',
        pupilId: place.pupilId,
        entity: 'pupil_case',
        entityId: caseId,
        caseId,
        details: { caseId },
      },
    ]);
    return {
      id: row.id,
      version: row.version,
      pupil: {
        id: place.pupilId,
        firstName: place.firstName,
        lastName: place.lastName,
        className: place.className,
        schoolName: place.schoolName,
        protectedAddress: place.protectedAddress,
      },
      ladder: { id: ladder.id, name: ladder.name },
      state,
      overdue: state.status === 'open' && isEvaluationOverdue(state.evaluationDue, today),
      stafettholder: {
        id: row.stafettholder_id,
        name: names.get(row.stafettholder_id) ?? 'Ukjent',
        // «Ny stafettholder trengs» (decision 083): the holder's account is disabled (left by the roster, or by hand).
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
        text: t.text,
        responsible: t.responsible,
        ownerName: t.owner_id ? (names.get(t.owner_id) ?? null) : null,
        dueOn: t.due_on,
        doneOn: t.done_on,
        doneByName: t.done_by ? (names.get(t.done_by) ?? null) : null,
        source: t.source,
        version: t.version,
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
          byName: names.get(c.recorded_by) ?? 'Ukjent',
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
      alerts: alerts.map((a) => presentAlert(a, place, place.className)),
      beforeAfter,
      meetings: meetings.map(presentMeeting),
      referrals: referrals.map((r) => presentReferral(r, today)),
      participants: participants.map((p) => ({
        ...p,
        roleLabel: (LADDER_ROLES as Record<string, string>)[p.role] ?? p.role,
      })),
      assessments: assessments.map(presentAssessment),
      forms,
      statements,
      pupilVoice,
      mappedCauses,
      plans,
    };
  });
}

const OUTCOME: Record<string, string> = {
  solved: 'løst',
  better: 'bedre, fortsetter',
  'more-needed': 'trenger mer, neste nivå',
};

function describeAction(a: {
  type: string;
  reason?: string;
  outcome?: string;
  summary?: string;
  assessment?: string;
}): string {
  switch (a.type) {
    case 'open':
      return `Sak åpnet: ${a.reason ?? ''}`;
    case 'start-measures':
      return 'Tiltak startet';
    case 'set-evaluation-date':
      return `Ny evalueringsdato: ${a.reason ?? ''}`;
    case 'evaluate':
      return `Evaluert (${OUTCOME[a.outcome ?? ''] ?? a.outcome}): ${a.assessment ?? ''}`;
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
