// Deleting one pupil's case data when the retention settings (content/retention) allow it: refused while
// a case or a school environment matter is open, refused with what archive law keeps and why when any case
// must be preserved, refused with the date it becomes possible when a waiting time has not run out. Otherwise
// the closed cases (with everything hanging off them), the contact log, the observations and the closed school
// environment matters (their steps and aktivitetsplan, and the plan as sent home: decision 210) are erased,
// their edit history with them, and each case leaves only a count in case_statistics. Absence registrations, the
// pupil's master data and the audit log are kept (decision 054). Administrator of the pupil's school.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Db, Tx } from '../../db/create-db';
import { planErasure, type CaseFacts, type Protection } from '../../domain/privacy/retention';
import { osloDate } from '../clock';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { AppError } from '../errors';
import { pupilForPrivacy } from '../privacy/pupil-school';
import type { Content } from '../content/load-content';
import { norwegianDate } from '../../domain/calendar/dates';

const dayMs = 86_400_000;
const daysBetween = (from: string, to: string) => Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / dayMs));
/** The school year a date falls in, as the calendar year it starts in (August), like class.school_year. */
const schoolYearOf = (iso: string) =>
  Number(iso.slice(5, 7)) >= 8 ? Number(iso.slice(0, 4)) : Number(iso.slice(0, 4)) - 1;

async function caseFacts(tx: Tx, pupilId: string) {
  const cases = await tx
    .selectFrom('pupil_case')
    .select(['id', 'status', 'level', 'state', 'school_id', 'opened_from', 'opened_at', 'last_activity_at'])
    .where('pupil_id', '=', pupilId)
    .execute();
  const ids = cases.map((c) => c.id);
  const levels = ids.length
    ? await tx
        .selectFrom('case_action')
        .select(['case_id', sql<number>`max((state_after->>'level')::int)`.as('max_level')])
        .where('case_id', 'in', ids)
        .groupBy('case_id')
        .execute()
    : [];
  const referrals = ids.length
    ? await tx.selectFrom('case_referral').select(['case_id', 'service']).where('case_id', 'in', ids).execute()
    : [];
  const assessments = ids.length
    ? await tx.selectFrom('case_assessment').select(['case_id', 'kind']).where('case_id', 'in', ids).execute()
    : [];
  const meetings = ids.length
    ? await tx.selectFrom('case_meeting').select(['case_id']).where('case_id', 'in', ids).execute()
    : [];
  // The enkeltvedtak made in the case (decision 225): a draft or a forhåndsvarsel alone is not one.
  const decisions = ids.length
    ? await tx
        .selectFrom('case_decision')
        .select(['case_id', 'decided_on'])
        .where('case_id', 'in', ids)
        .where('decided_on', 'is not', null)
        .execute()
    : [];
  // The first handover to the archive of an extract holding the case (decision 224).
  const handovers = ids.length
    ? await tx
        .selectFrom('archive_extract_case as c')
        .innerJoin('archive_extract as e', 'e.id', 'c.extract_id')
        .select(['c.case_id', (eb) => eb.fn.min<string>('e.handed_over_on').as('on')])
        .where('c.case_id', 'in', ids)
        .where('e.handed_over_on', 'is not', null)
        .groupBy('c.case_id')
        .execute()
    : [];
  return cases.map((c) => {
    const state = c.state as { since?: string };
    const facts: CaseFacts = {
      id: c.id,
      status: c.status,
      openedOn: osloDate(new Date(c.opened_at)),
      closedOn: c.status === 'closed' ? (state.since ?? osloDate(new Date(c.last_activity_at))) : null,
      maxLevel: Math.max(c.level, levels.find((l) => l.case_id === c.id)?.max_level ?? 0),
      referralServices: referrals.filter((r) => r.case_id === c.id).map((r) => r.service),
      assessmentKinds: assessments.filter((a) => a.case_id === c.id).map((a) => a.kind),
      decidedOn: decisions.filter((d) => d.case_id === c.id).map((d) => d.decided_on!),
      handedOverOn: handovers.find((h) => h.case_id === c.id)?.on ?? null,
    };
    return {
      facts,
      schoolId: c.school_id,
      openedFrom: c.opened_from,
      meetings: meetings.filter((m) => m.case_id === c.id).length,
    };
  });
}

const describe = (p: Protection) => `${p.what}. ${p.title}: ${p.why} (${p.law})`;

export async function erasePupilCaseData(db: Db, content: Content, actor: Actor, pupilId: string, now: Date) {
  const retention = content.retention;
  return db.withContext(contextOf(actor), async (tx) => {
    await pupilForPrivacy(tx, actor, pupilId, ['administrator']);
    const cases = await caseFacts(tx, pupilId);
    const contacts = await tx
      .selectFrom('contact_log')
      .select(['id', 'contacted_at'])
      .where('pupil_id', '=', pupilId)
      .execute();
    const observations = await tx
      .selectFrom('observation')
      .select(['id', 'observed_on'])
      .where('pupil_id', '=', pupilId)
      .execute();
    const matters = await tx
      .selectFrom('school_environment_case')
      .select(['id', 'status', 'known_on', 'closed_on'])
      .where('pupil_id', '=', pupilId)
      .orderBy('known_on')
      .execute();
    const absence = await tx
      .selectFrom('absence_event')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('pupil_id', '=', pupilId)
      .executeTakeFirstOrThrow();
    const today = osloDate(now);
    const plan = planErasure(
      retention,
      {
        cases: cases.map((c) => c.facts),
        matters: matters.map((m) => ({ id: m.id, status: m.status, knownOn: m.known_on, closedOn: m.closed_on })),
        contacts: contacts.map((c) => ({ id: c.id, on: osloDate(new Date(c.contacted_at)) })),
        observations: observations.map((o) => ({ id: o.id, on: o.observed_on })),
        absenceRecords: Number(absence.n),
      },
      today,
    );

    if (plan.outcome === 'refused-open-case') {
      throw new AppError('conflict', 'Eleven har en åpen sak. Saken må avsluttes før opplysningene kan slettes.', {
        caseIds: plan.caseIds,
      });
    }
    if (plan.outcome === 'refused-open-matter') {
      throw new AppError(
        'conflict',
        'Eleven har en åpen skolemiljøsak. Skolemiljøsaken må avsluttes før opplysningene kan slettes.',
        { matterIds: plan.matterIds },
      );
    }
    if (plan.outcome === 'refused-archive') {
      throw new AppError(
        'conflict',
        `Opplysningene kan ikke slettes fordi arkivlova krever at de bevares. ${plan.protections.map(describe).join(' ')}`,
        { kept: plan.protections },
      );
    }
    if (plan.outcome === 'refused-too-early') {
      throw new AppError(
        'conflict',
        `Opplysningene kan ikke slettes ennå. ${plan.waits.map((w) => `${w.what} kan slettes fra ${norwegianDate(w.from)} (${w.title}).`).join(' ')}`,
        { waits: plan.waits },
      );
    }

    const erased: Record<string, number> = {};
    const add = (table: string, n: number) => {
      if (n > 0) erased[table] = (erased[table] ?? 0) + n;
    };
    const matterIds = plan.matters.map((m) => m.id);
    // A matter handed to the archive in an extract (decision 231): the report says so, as for a case (decision 224).
    // Read before any extract is deleted: a school's extract may hold the pupil's case and matter both.
    const matterHandovers = matterIds.length
      ? await tx
          .selectFrom('archive_extract_case as c')
          .innerJoin('archive_extract as e', 'e.id', 'c.extract_id')
          .select(['c.matter_id', (eb) => eb.fn.min<string>('e.handed_over_on').as('on')])
          .where('c.matter_id', 'in', matterIds)
          .where('e.handed_over_on', 'is not', null)
          .groupBy('c.matter_id')
          .execute()
      : [];
    const handedOver = (id: string) => matterHandovers.find((h) => h.matter_id === id)?.on ?? null;
    // The extracts holding an erased case hold its documents too: they go with it (the archive has its copy).
    add('archive_extract', await deleteExtractsHolding(tx, 'case_id', plan.caseIds));
    for (const c of cases) {
      const { facts } = c;
      await tx
        .insertInto('case_statistics')
        .values({
          id: randomUUID(),
          kommune_id: actor.kommuneId,
          school_id: c.schoolId,
          school_year: schoolYearOf(facts.openedOn),
          level: facts.maxLevel,
          opened_from: c.openedFrom,
          cases: 1,
          days_open: daysBetween(facts.openedOn, facts.closedOn!),
          meetings: c.meetings,
        })
        .onConflict((oc) =>
          oc.columns(['kommune_id', 'school_id', 'school_year', 'level', 'opened_from']).doUpdateSet({
            cases: sql`case_statistics.cases + excluded.cases`,
            days_open: sql`case_statistics.days_open + excluded.days_open`,
            meetings: sql`case_statistics.meetings + excluded.meetings`,
          }),
        )
        .execute();
      const result = await sql<{
        r: Record<string, number>;
      }>`select privacy_erase_case(${facts.id}::uuid) as r`.execute(tx);
      for (const [table, n] of Object.entries(result.rows[0]!.r)) add(table, Number(n));
    }
    for (const [table, ids] of [
      ['contact_log', plan.contactIds],
      ['observation', plan.observationIds],
    ] as const) {
      if (!ids.length) continue;
      const deleted = await tx.deleteFrom(table).where('id', 'in', ids).executeTakeFirst();
      add(table, Number(deleted.numDeletedRows));
      await sql`select privacy_erase_record_history(${table}, array[${sql.join(ids)}]::uuid[])`.execute(tx);
    }
    // The extracts holding an erased matter go with it, as the archive has its copy.
    add('archive_extract', await deleteExtractsHolding(tx, 'matter_id', matterIds));
    if (matterIds.length) {
      // The plan as sent home goes with its matter; then the matter (its steps and plan are its columns) and
      // its earlier versions. Its inbox items name the matter only in their key, and show nothing once it is gone.
      const sent = await tx
        .deleteFrom('guardian_document')
        .where('kind', '=', 'activity-plan')
        .where('source_id', 'in', matterIds)
        .executeTakeFirst();
      add('guardian_document', Number(sent.numDeletedRows));
      const deleted = await tx.deleteFrom('school_environment_case').where('id', 'in', matterIds).executeTakeFirst();
      add('school_environment_case', Number(deleted.numDeletedRows));
      await sql`select privacy_erase_record_history('school_environment_case', array[${sql.join(matterIds)}]::uuid[])`.execute(
        tx,
      );
    }

    await writeAudit(tx, actor, now, [
      {
        action: 'pupil.privacy-delete',
        pupilId,
        details: {
          erased,
          caseIds: plan.caseIds,
          matterIds,
          archivedMatters: matterHandovers.map((h) => ({ matterId: h.matter_id, handedOverOn: h.on })),
          retention: retention.id,
          kept: plan.kept.map((k) => k.ruleId),
          archived: plan.archived,
        },
      },
    ]);
    // The report names each school environment matter erased, by the day the school learned of it.
    const mattersErased = plan.matters.map((m) => {
      const on = handedOver(m.id);
      return on
        ? `Skolemiljøsaken meldt ${norwegianDate(m.knownOn)} er overført til arkivet ${norwegianDate(on)} og slettet med aktivitetsplanen.`
        : `Skolemiljøsaken meldt ${norwegianDate(m.knownOn)} er slettet med aktivitetsplanen.`;
    });
    return {
      erased,
      matters: plan.matters.map((m) => ({ id: m.id, knownOn: m.knownOn, handedOverOn: handedOver(m.id) })),
      kept: plan.kept.map((k) => ({ rule: k.ruleId, what: k.what, title: k.title, why: k.why, law: k.law })),
      statistics: { cases: cases.length },
      archived: plan.archived.map((a) => ({ caseId: a.caseId, handedOverOn: a.handedOverOn })),
      message: Object.keys(erased).length
        ? [
            'Saksopplysningene er slettet.',
            ...plan.archived.map(
              (a) =>
                `Saken åpnet ${norwegianDate(a.openedOn)} er overført til arkivet ${norwegianDate(a.handedOverOn)}.`,
            ),
            ...mattersErased,
            ...plan.kept.map((k) => `${k.what} er beholdt: ${k.why}`),
          ].join(' ')
        : 'Eleven har ingen saksopplysninger som kan slettes.',
    };
  });
}

/** Deletes every archive extract that holds one of the cases or matters; how many went. */
async function deleteExtractsHolding(tx: Tx, column: 'case_id' | 'matter_id', ids: string[]): Promise<number> {
  if (!ids.length) return 0;
  const deleted = await tx
    .deleteFrom('archive_extract')
    .where('id', 'in', (eb) => eb.selectFrom('archive_extract_case').select('extract_id').where(column, 'in', ids))
    .executeTakeFirst();
  return Number(deleted.numDeletedRows);
}
