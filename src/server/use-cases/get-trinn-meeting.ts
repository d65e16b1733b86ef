// The trinn meeting every other week (004 §1.1 (3), issue 19 item 2, decision 140): the pupils of one trinn with an
// open concern or an open case, marked new when the concern began or the case opened since the last meeting (14 days
// back: meetings are not stored), each with their next step — the case's next task, else the routine's next step
// the concern names. Leadership and the resource team see the whole trinn; a contact teacher the own class only,
// and the screen says so. Each named pupil is an audited read.
import type { Db } from '../../db/create-db';
import { lastMeetingOn } from '../../domain/oversight/reviews';
import type { TrinnMeetingResponse } from '../../contract/reviews';
import { schoolYearOf } from '../../domain/roster/fields';
import type { Content } from '../content/load-content';
import { textIn } from '../content/content-in';
import { alertReaderFor, alertTexts } from '../absence/alert-texts';
import type { Ladder } from '../../domain/ladder/ladder-schema';
import { resolveLadder } from '../ladder/resolve-ladder';
import { nextStepOf } from '../presenters/home';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { osloDate } from '../clock';
import { reviewSchool, type ReviewAudit } from '../reviews/review-school';

export async function getTrinnMeeting(
  db: Db,
  content: Content,
  actor: Actor,
  query: { schoolId?: string | undefined; trinn?: number | undefined },
  now: Date,
  audit: ReviewAudit = 'reviews.trinn.read',
): Promise<TrinnMeetingResponse> {
  const today = osloDate(now);
  const since = lastMeetingOn(today);
  return db.withContext(contextOf(actor), async (tx) => {
    const school = await reviewSchool(tx, actor, query.schoolId, true);
    const all = await tx
      .selectFrom('class')
      .select(['id', 'name', 'trinn'])
      .where('school_id', '=', school.id)
      .where('school_year', '=', schoolYearOf(today))
      .orderBy('trinn')
      .orderBy('name')
      .execute();
    const visible = school.wholeSchool ? all : all.filter((c) => school.scope.classIds.includes(c.id));
    const trinnChoices = [...new Set(visible.map((c) => c.trinn))];
    const trinn = query.trinn ?? trinnChoices[0] ?? 1;
    const classes = visible.filter((c) => c.trinn === trinn);
    const partial = classes.length < all.filter((c) => c.trinn === trinn).length;
    const members = classes.length
      ? await tx
          .selectFrom('class_membership as m')
          .innerJoin('pupil as p', 'p.id', 'm.pupil_id')
          .select(['m.pupil_id', 'm.class_id', 'p.first_name', 'p.last_name'])
          .where(
            'm.class_id',
            'in',
            classes.map((c) => c.id),
          )
          .where('m.valid_to', 'is', null)
          .execute()
      : [];
    const pupilIds = members.map((m) => m.pupil_id);
    const alerts = pupilIds.length
      ? await tx
          .selectFrom('alert')
          .select(['id', 'pupil_id', 'started_on', 'explanation'])
          .where('pupil_id', 'in', pupilIds)
          .where('status', 'in', ['new', 'seen'])
          .where('retired_at', 'is', null)
          .orderBy('started_on')
          .execute()
      : [];
    const cases = pupilIds.length
      ? await tx
          .selectFrom('pupil_case')
          .select(['id', 'pupil_id', 'level', 'ladder', 'opened_at'])
          .where('pupil_id', 'in', pupilIds)
          .where('status', '=', 'open')
          .execute()
      : [];
    const tasks = cases.length
      ? await tx
          .selectFrom('case_task')
          .select(['case_id', 'level', 'ladder_task_id', 'text', 'due_on'])
          .where(
            'case_id',
            'in',
            cases.map((c) => c.id),
          )
          .where('done_on', 'is', null)
          .execute()
      : [];
    // The rule titles, next steps and ladder tasks in the reader's written form (issue 20, decision 179).
    const reader = await alertReaderFor(tx, content, actor);
    const ladders = new Map<string, Ladder>();
    for (const c of cases)
      if (!ladders.has(c.ladder)) ladders.set(c.ladder, await resolveLadder(tx, content, c.ladder));
    const pupils = members
      .flatMap((m) => {
        const own = alerts.filter((a) => a.pupil_id === m.pupil_id);
        const kase = cases.find((c) => c.pupil_id === m.pupil_id);
        if (own.length === 0 && !kase) return [];
        const first = own[0];
        const openedOn = kase ? osloDate(new Date(kase.opened_at)) : null;
        const step = kase
          ? nextStepOf(
              tasks.filter((t) => t.case_id === kase.id && t.level === kase.level),
              ladders.get(kase.ladder)!,
            )
          : null;
        const latestAlert = own.at(-1);
        return [
          {
            pupilId: m.pupil_id,
            pupilName: `${m.first_name} ${m.last_name}`,
            className: classes.find((c) => c.id === m.class_id)?.name ?? '',
            concernSince: first?.started_on ?? null,
            ruleTitle: latestAlert ? alertTexts(latestAlert.explanation, reader).title : null,
            caseId: kase?.id ?? null,
            level: kase?.level ?? null,
            isNew: own.some((a) => a.started_on >= since) || (openedOn !== null && openedOn >= since),
            nextStep: step
              ? textIn(content, 'ladders', step.text, reader.contentLanguage)
              : latestAlert
                ? alertTexts(latestAlert.explanation, reader).action
                : null,
            nextStepDue: step?.dueOn ?? null,
          },
        ];
      })
      .sort(
        (a, b) =>
          Number(b.isNew) - Number(a.isNew) ||
          a.className.localeCompare(b.className, 'nb') ||
          a.pupilName.localeCompare(b.pupilName, 'nb'),
      );
    await writeAudit(tx, actor, now, [
      { action: audit, entity: 'school', entityId: school.id, details: { review: 'trinn', trinn } },
      ...pupils.map((p) => ({
        action: audit,
        pupilId: p.pupilId,
        ...(p.caseId ? { entity: 'pupil_case' as const, entityId: p.caseId, caseId: p.caseId } : {}),
        details: { review: 'trinn' },
      })),
    ]);
    return {
      school: { id: school.id, name: school.name },
      schoolChoices: school.choices,
      today,
      trinn,
      trinnChoices,
      since,
      partial,
      pupils,
    };
  });
}
