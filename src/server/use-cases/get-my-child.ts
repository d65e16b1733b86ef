// A guardian's view of one child (issue 18 item 3, decisions 129–132): the absence this school year with
// the same calendar and figures the school sees (absenceYear, shared with the pupil page), the guardian's own
// reports and whether the school has confirmed them, what the school has sent home (letters, minutes,
// plans: only what was sent with «Send til foresatte»), the plans in force, the coming meetings where the
// guardians take part, the other guardians and the guardian's own replies; the aktivitetsplan of a school
// environment matter once the school has sent it (decision 211: the problem, the measures with when and who, the
// evaluation date — not what the investigation found, nor the pupil's own words, the pupil's to share). Every read is audited, as the
// guardian's own (the «Hvem har sett» log leaves the guardians' reads out).
//
// A child with a protected address (fortrolig / strengt fortrolig): the guardian asking may be the one the
// address is protected from, so nothing that names the school or where the child is (class, school, a
// meeting's place, the other guardian's phone and e-mail) is given (decision 131).
import type { Db, Tx } from '../../db/create-db';
import { documentTexts, guardianLanguage, kommuneMalform, type DocumentTexts } from '../documents';
import type { Plan } from '../../domain/plans';
import type { ActivityPlan } from '../../domain/school-environment/activity-plan';
import type { GuardianDocumentKind, MeetingKind, PlanStatus } from '../../db/schema';
import { osloDate } from '../clock';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { pupilForGuardian, type PupilPlace } from '../absence/place';
import { absenceYear } from '../absence/year';
import { presentEvent } from '../presenters/absence';
import type { Content } from '../content/load-content';
import { alertTexts, documentReader, type AlertReader } from '../absence/alert-texts';

/** Meetings the guardians take part in (decision 132): not the team's own discussion, not the pupil's conversation. */
export const GUARDIAN_MEETING_KINDS: readonly MeetingKind[] = [
  'undringssamtale-foresatte',
  'samarbeidsmote',
  'ansvarsgruppemote',
];

export async function getMyChild(db: Db, content: Content, actor: Actor, pupilId: string, now: Date) {
  return db.withContext(contextOf(actor), async (tx) => {
    const place = await pupilForGuardian(tx, actor, pupilId);
    const shielded = place.protectedAddress !== 'none';
    const today = osloDate(now);
    // The titles of what the school sent, in the family's language (decision 178).
    const language = await guardianLanguage(tx, actor.kommuneId, actor.userId, place.pupilId);
    const t = documentTexts(language);
    const reader = documentReader(content, language, await kommuneMalform(tx, actor.kommuneId));
    const year = await absenceYear(tx, place, today);
    const names = new Map([[actor.userId, actor.displayName]]);
    const asSeen = (e: (typeof year.events)[number]) => ({
      ...presentEvent(e, names),
      // The word a guardian sees for anyone at school who registered or wrote something.
      registeredByName: names.get(e.registered_by) ?? t.theSchool,
    });
    const taken = new Map(
      (
        await tx
          .selectFrom('class_register')
          .select(['date', 'taken_at'])
          .where('class_id', '=', place.classId)
          .where('date', '>=', year.presentedCalendar.firstDay)
          .execute()
      ).map((r) => [r.date, new Date(r.taken_at)]),
    );
    const reports = year.events
      .filter((e) => e.source === 'foresatt')
      .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))
      .map((e) => {
        const at = taken.get(e.date);
        // Confirmed: the class's register of that day was taken after the report came (the teacher saw it there).
        return {
          ...asSeen(e),
          confirmedAt: at && at >= new Date(e.registered_at) ? at.toISOString() : null,
        };
      });
    const documents = await sentDocuments(tx, place, shielded, t, reader);
    const meetings = await comingMeetings(tx, place.pupilId, today, shielded, t);
    const others = await otherGuardians(tx, actor, place.pupilId, shielded);
    const replies = await tx
      .selectFrom('contact_log')
      .select(['id', 'contacted_at', 'summary'])
      .where('pupil_id', '=', place.pupilId)
      .where('recorded_by', '=', actor.userId)
      .orderBy('contacted_at', 'desc')
      .limit(50)
      .execute();
    await writeAudit(tx, actor, now, [
      { action: 'guardian.child.read', pupilId: place.pupilId, details: { documents: documents.length } },
    ]);
    return {
      today,
      child: {
        id: place.pupilId,
        firstName: place.firstName,
        lastName: place.lastName,
        className: shielded ? null : place.className,
        schoolName: shielded ? null : place.schoolName,
        protectedAddress: shielded,
      },
      calendar: year.presentedCalendar,
      events: year.events.map(asSeen),
      diploma: year.diploma,
      reports,
      documents,
      activePlans: documents.filter((d) => d.kind === 'plan' && d.plan?.status === 'aktiv'),
      activityPlans: documents.filter((d) => d.kind === 'activity-plan'),
      meetings,
      otherGuardians: others,
      replies: replies.map((r) => ({
        id: r.id,
        at: new Date(r.contacted_at).toISOString(),
        text: r.summary,
      })),
    };
  });
}

export type SentDocument = {
  id: string;
  kind: GuardianDocumentKind;
  sourceId: string;
  sentAt: string;
  title: string;
  date: string | null;
  text: string;
  agenda: string | null;
  place: string | null;
  time: string | null;
  plan: { status: PlanStatus; lines: string[]; evaluationOn: string | null } | null;
  letter: { action: string } | null;
  /** The aktivitetsplan as the family reads it (decision 211); null for the other kinds. */
  activityPlan: {
    problem: string;
    measures: { what: string; when: string; responsible: string }[];
    evaluationOn: string;
    open: boolean;
  } | null;
};

async function sentDocuments(
  tx: Tx,
  place: PupilPlace,
  shielded: boolean,
  t: DocumentTexts,
  reader: AlertReader,
): Promise<SentDocument[]> {
  const rows = await tx
    .selectFrom('guardian_document')
    .selectAll()
    .where('pupil_id', '=', place.pupilId)
    .orderBy('sent_at', 'desc')
    .execute();
  const ids = (kind: string) => rows.filter((r) => r.kind === kind).map((r) => r.source_id);
  const meetingIds = ids('minutes');
  const planIds = ids('plan');
  const alertIds = ids('letter');
  const matterIds = ids('activity-plan');
  const matters = matterIds.length
    ? await tx
        .selectFrom('school_environment_case')
        .select(['id', 'plan', 'plan_made_on', 'status'])
        .where('id', 'in', matterIds)
        .execute()
    : [];
  const meetings = meetingIds.length
    ? await tx.selectFrom('case_meeting').selectAll().where('id', 'in', meetingIds).execute()
    : [];
  const plans = planIds.length ? await tx.selectFrom('case_plan').selectAll().where('id', 'in', planIds).execute() : [];
  const alerts = alertIds.length
    ? await tx.selectFrom('alert').select(['id', 'explanation', 'started_on']).where('id', 'in', alertIds).execute()
    : [];
  return rows.flatMap((r): SentDocument[] => {
    const base = {
      id: r.id,
      kind: r.kind,
      sourceId: r.source_id,
      sentAt: new Date(r.sent_at).toISOString(),
      activityPlan: null,
    };
    if (r.kind === 'activity-plan') {
      const m = matters.find((x) => x.id === r.source_id);
      if (!m?.plan) return [];
      // The plan as it stands: a revision the school makes after sending is what the family reads (decision 211).
      const plan = m.plan as ActivityPlan;
      return [
        {
          ...base,
          title: t.activityPlan.title,
          date: m.plan_made_on,
          text: plan.problem,
          agenda: null,
          place: null,
          time: null,
          plan: null,
          letter: null,
          activityPlan: {
            problem: plan.problem,
            measures: plan.measures.map((x) => ({ what: x.what, when: x.when, responsible: x.responsible })),
            evaluationOn: plan.evaluationOn,
            open: m.status === 'open',
          },
        },
      ];
    }
    if (r.kind === 'minutes') {
      const m = meetings.find((x) => x.id === r.source_id);
      if (!m) return [];
      return [
        {
          ...base,
          title: t.minutes.meeting[m.kind],
          date: m.held_on,
          text: m.minutes ?? '',
          agenda: m.agenda || null,
          place: shielded ? null : m.place.trim() || null,
          time: m.scheduled_time,
          plan: null,
          letter: null,
        },
      ];
    }
    if (r.kind === 'plan') {
      const p = plans.find((x) => x.id === r.source_id);
      if (!p) return [];
      const plan = p.content as Plan;
      return [
        {
          ...base,
          title: t.plan.kind[p.kind],
          date: p.activated_on ?? plan.date,
          text: planGoal(plan),
          agenda: null,
          place: null,
          time: null,
          plan: { status: p.status, lines: planLines(plan), evaluationOn: planEvaluation(plan) },
          letter: null,
        },
      ];
    }
    const a = alerts.find((x) => x.id === r.source_id);
    if (!a) return [];
    const said = alertTexts(a.explanation, reader);
    return [
      {
        ...base,
        title: t.letter.title,
        date: osloDate(new Date(r.sent_at)),
        text: said.explanation,
        agenda: null,
        place: null,
        time: null,
        plan: null,
        letter: { action: said.action },
      },
    ];
  });
}

function planGoal(plan: Plan): string {
  switch (plan.kind) {
    case 'samarbeidsavtale':
      return plan.mainGoal;
    case 'tiltaksplan':
      return plan.longTermGoal;
    case 'gradvis-tilbakeforing':
      return plan.goal;
    default:
      return '';
  }
}

function planLines(plan: Plan): string[] {
  switch (plan.kind) {
    case 'samarbeidsavtale':
      return plan.rows
        .filter((r) => r.measure.trim() || r.subGoal.trim())
        .map((r) =>
          [r.subGoal.trim(), r.measure.trim(), r.responsible.trim() ? `(${r.responsible.trim()})` : '']
            .filter(Boolean)
            .join(' – '),
        );
    case 'tiltaksplan':
      return plan.subGoals.filter((g) => g.trim());
    default:
      return [];
  }
}

function planEvaluation(plan: Plan): string | null {
  return plan.kind === 'samarbeidsavtale' ? plan.evaluationOn : null;
}

async function comingMeetings(tx: Tx, pupilId: string, today: string, shielded: boolean, t: DocumentTexts) {
  const rows = await tx
    .selectFrom('case_meeting as m')
    .innerJoin('pupil_case as c', 'c.id', 'm.case_id')
    .select(['m.id', 'm.kind', 'm.scheduled_on', 'm.scheduled_time', 'm.place', 'm.agenda'])
    .where('c.pupil_id', '=', pupilId)
    .where('c.status', '=', 'open')
    .where('m.held_on', 'is', null)
    .where('m.scheduled_on', '>=', today)
    .where('m.kind', 'in', [...GUARDIAN_MEETING_KINDS])
    .orderBy('m.scheduled_on')
    .orderBy('m.scheduled_time')
    .execute();
  return rows.map((m) => ({
    id: m.id,
    title: t.minutes.meeting[m.kind],
    date: m.scheduled_on,
    time: m.scheduled_time,
    place: shielded ? null : m.place.trim() || null,
    agenda: m.agenda || null,
  }));
}

async function otherGuardians(tx: Tx, actor: Actor, pupilId: string, shielded: boolean) {
  const rows = await tx
    .selectFrom('guardian_pupil as gp')
    .innerJoin('guardian as g', 'g.id', 'gp.guardian_id')
    .select([
      'g.id',
      'g.first_name',
      'g.last_name',
      'g.phone',
      'g.email',
      'g.user_id',
      'g.protected_address',
      'gp.parental_responsibility',
    ])
    .where('gp.pupil_id', '=', pupilId)
    .orderBy('g.last_name')
    .execute();
  // Protected — the child's address, the other guardian's own or the asking guardian's own: neither guardian
  // sees the other's contact details (decisions 131, 153).
  const selfProtected = rows.some((g) => g.user_id === actor.userId && g.protected_address !== 'none');
  return rows
    .filter((g) => g.user_id !== actor.userId)
    .map((g) => {
      const hide = shielded || selfProtected || g.protected_address !== 'none';
      return {
        name: `${g.first_name} ${g.last_name}`,
        parentalResponsibility: g.parental_responsibility,
        phone: hide ? null : g.phone,
        email: hide ? null : g.email,
        contactHidden: hide,
      };
    });
}
