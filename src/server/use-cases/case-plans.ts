// Plans in a case (decision 064): a tiltaksplan, samarbeidsavtale, dagsplan, gradual return or teaching
// during illness, stored as the domain's Plan (src/domain/plans). Every edit, activation and closing is a
// new version (the replaced one goes to record_history); activation asks `canActivatePlan` with the
// case's facts and returns the domain's Norwegian reasons as a 400 with their codes and paths.
import { randomUUID } from 'node:crypto';
import { sql, type Selectable } from 'kysely';
import { blankPlan, planTitle } from '../../domain/plans/blank';
import {
  canActivatePlan,
  completenessProblems,
  diffPlans,
  parsePlan,
  planAttendance,
  planPeriod,
  pupilVoiceEvidence,
  revisePlan,
  PLAN_KIND_NAMES,
  type CaseFacts,
  type Notice,
  type Plan,
  type PlanKind,
  type Problem,
} from '../../domain/plans';
import type { Db, Tx } from '../../db/create-db';
import type { Database } from '../../db/schema';
import { updateVersioned } from '../versioned';
import { contextOf, partnerServiceOf, type Actor } from '../actor';
import { osloDate } from '../clock';
import { writeAudit } from '../audit';
import { AppError, conflictMessage } from '../errors';
import { caseForReader, caseForStaff } from '../cases/case-place';
import { classCalendar } from '../absence/calendar';
import { loadPupilEvents } from '../absence/evaluate-pupil';
import { userNames } from '../presenters/absence';
import { planPdf } from '../pdf/plan-pdf';

type PlanRow = Selectable<Database['case_plan']>;

const STATUS_LABEL = { utkast: 'Utkast', aktiv: 'Aktiv', avsluttet: 'Avsluttet' } as const;

export function presentPlanSummary(r: PlanRow) {
  const plan = r.content as Plan;
  return { id: r.id, kind: r.kind, title: planTitle(plan), status: r.status, version: r.version };
}

/** The case's plans for the case page, newest first. */
export async function planSummaries(tx: Tx, caseId: string) {
  const rows = await tx
    .selectFrom('case_plan')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map(presentPlanSummary);
}

const fields = (problems: Problem[]) => problems.map((p) => ({ field: p.path, message: p.message }));

function parseOrRefuse(content: unknown): Plan {
  const parsed = parsePlan(content);
  if (!parsed.ok)
    throw new AppError(
      'validation',
      `Planen kan ikke lagres: ${parsed.problems[0]!.message}${parsed.problems.length > 1 ? ` (og ${parsed.problems.length - 1} til)` : ''}.`,
      { fields: fields(parsed.problems) },
    );
  return parsed.plan;
}

// Whether a table of migration 0015 (forms and statements in the case) is there yet; until it is, the case
// simply holds no forms or statements.
async function tableExists(tx: Tx, name: string): Promise<boolean> {
  const r = await sql<{ ok: boolean }>`select to_regclass(${`public.${name}`}) is not null as ok`.execute(tx);
  return r.rows[0]?.ok === true;
}

/** What the plan rules need to know about the case, as of `today`. */
export async function caseFacts(tx: Tx, caseId: string, today: string, exceptPlanId?: string): Promise<CaseFacts> {
  const assessments = await tx
    .selectFrom('case_assessment')
    .select(['id', 'kind', 'issued_on', 'issued_by', 'recommendations', 'valid_until'])
    .where('case_id', '=', caseId)
    .execute();
  const referrals = await tx
    .selectFrom('case_referral')
    .select(['service', 'status'])
    .where('case_id', '=', caseId)
    .execute();
  const plans = await tx
    .selectFrom('case_plan')
    .select(['id', 'kind'])
    .where('case_id', '=', caseId)
    .where('status', '!=', 'avsluttet')
    .execute();
  const forms = (await tableExists(tx, 'case_form'))
    ? (
        await sql<{
          id: string;
          form_id: string;
          audience: string;
          filled_on: string;
        }>`select id::text as id, form_id, audience, filled_on::text as filled_on from case_form where case_id = ${caseId} and filled_on is not null`.execute(
          tx,
        )
      ).rows
    : [];
  const statements = (await tableExists(tx, 'case_statement'))
    ? (
        await sql<{
          id: string;
          person_name: string;
          relation: string;
          chosen_by_pupil: boolean;
          statement: string;
          given_on: string;
        }>`select id::text as id, person_name, relation, chosen_by_pupil, statement, given_on::text as given_on from case_statement where case_id = ${caseId}`.execute(
          tx,
        )
      ).rows
    : [];
  return {
    asOf: today,
    filledForms: forms.map((f) => ({
      id: f.id,
      kind: f.form_id,
      audience: f.audience as CaseFacts['filledForms'][number]['audience'],
      filledOn: f.filled_on,
    })),
    trustedPersonStatements: statements.map((s) => ({
      id: s.id,
      name: s.person_name,
      relation: s.relation,
      chosenByPupil: s.chosen_by_pupil,
      statement: s.statement,
      recordedOn: s.given_on,
    })),
    assessments: assessments.map((a) => ({
      id: a.id,
      kind: a.kind,
      issuedOn: a.issued_on,
      issuedBy: a.issued_by,
      recommendations: a.recommendations,
      validUntil: a.valid_until,
    })),
    referrals,
    plans: plans.filter((p) => p.id !== exceptPlanId).map((p) => ({ id: p.id, kind: p.kind })),
  };
}

async function loadPlan(tx: Tx, caseId: string, planId: string): Promise<PlanRow> {
  const row = await tx
    .selectFrom('case_plan')
    .selectAll()
    .where('id', '=', planId)
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  if (!row) throw new AppError('not_found', 'Fant ikke planen.');
  return row;
}

/** Attendance before and during the plan's period; null for a dagsplan, a partner (no absence data) or a school without a calendar. */
async function attendanceOf(
  tx: Tx,
  actor: Actor,
  place: Awaited<ReturnType<typeof caseForStaff>>['place'],
  plan: Plan,
  today: string,
) {
  if (partnerServiceOf(actor) !== null) return null;
  const period = planPeriod(plan);
  if (period === null || period.from > today) return null;
  const { calendar } = await classCalendar(tx, place).catch(() => ({ calendar: null }));
  if (!calendar) return null;
  const events = await loadPupilEvents(tx, place.pupilId, calendar.source.firstDay, today);
  return planAttendance(calendar, events, plan, today);
}

function presentPlan(
  row: PlanRow,
  facts: CaseFacts,
  names: Map<string, string>,
  attendance: Awaited<ReturnType<typeof attendanceOf>>,
) {
  const plan = row.content as Plan;
  const check = canActivatePlan(plan, facts);
  return {
    ...presentPlanSummary(row),
    kindName: PLAN_KIND_NAMES[row.kind],
    statusLabel: STATUS_LABEL[row.status],
    content: plan,
    activatedOn: row.activated_on,
    activatedByName: row.activated_by ? (names.get(row.activated_by) ?? null) : null,
    closedOn: row.closed_on,
    updatedAt: new Date(row.updated_at).toISOString(),
    updatedByName: names.get(row.updated_by) ?? 'Ukjent',
    // What activation would say today: the reasons it is refused, and the warnings it carries either way.
    activation: { ok: check.ok, reasons: check.ok ? [] : check.reasons, warnings: check.warnings },
    missing: completenessProblems(plan),
    pupilVoice: pupilVoiceEvidence(facts),
    attendance,
  };
}

export async function createPlan(
  db: Db,
  actor: Actor,
  caseId: string,
  input: { kind: PlanKind; content?: unknown },
  now: Date,
) {
  const today = osloDate(now);
  const plan = input.content === undefined ? blankPlan(input.kind, today) : parseOrRefuse(input.content);
  if (plan.kind !== input.kind)
    throw new AppError('validation', 'Planens innhold er av en annen type enn den valgte.', {
      fields: [{ field: 'kind', message: 'Plantype: stemmer ikke med innholdet' }],
    });
  return db.withContext(contextOf(actor), async (tx) => {
    const { row: c, place } = await caseForStaff(tx, actor, caseId);
    if (c.status !== 'open')
      throw new AppError('validation', 'Saken er avsluttet. Gjenåpne den for å lage en ny plan.');
    const row = await tx
      .insertInto('case_plan')
      .values({
        id: randomUUID(),
        kommune_id: actor.kommuneId,
        case_id: caseId,
        pupil_id: place.pupilId,
        kind: plan.kind,
        status: 'utkast',
        content: JSON.stringify(plan),
        activated_on: null,
        activated_by: null,
        closed_on: null,
        created_by: actor.userId,
        created_at: now,
        updated_by: actor.userId,
        updated_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await tx.updateTable('pupil_case').set({ last_activity_at: now }).where('id', '=', caseId).execute();
    await writeAudit(tx, actor, now, [
      {
        action: 'case.plan.create',
        pupilId: place.pupilId,
        entity: 'case_plan',
        entityId: row.id,
        caseId,
        details: { caseId, planId: row.id, kind: plan.kind },
      },
    ]);
    return presentPlanSummary(row);
  });
}

export async function getPlan(db: Db, actor: Actor, caseId: string, planId: string, now: Date) {
  const today = osloDate(now);
  return db.withContext(contextOf(actor), async (tx) => {
    const { place } = await caseForReader(tx, actor, caseId, now);
    const row = await loadPlan(tx, caseId, planId);
    const facts = await caseFacts(tx, caseId, today, planId);
    const names = await userNames(tx, [row.updated_by, row.activated_by]);
    const attendance = await attendanceOf(tx, actor, place, row.content as Plan, today);
    await writeAudit(tx, actor, now, [
      {
        action: 'case.plan.read',
        pupilId: place.pupilId,
        entity: 'case_plan',
        entityId: planId,
        caseId,
        details: { caseId, planId },
      },
    ]);
    return presentPlan(row, facts, names, attendance);
  });
}

export async function updatePlan(
  db: Db,
  actor: Actor,
  caseId: string,
  planId: string,
  input: { content: unknown; version: number; note?: string | null | undefined },
  now: Date,
) {
  const today = osloDate(now);
  const next = parseOrRefuse(input.content);
  return db.withContext(contextOf(actor), async (tx) => {
    const { place } = await caseForStaff(tx, actor, caseId);
    const row = await loadPlan(tx, caseId, planId);
    if (row.version !== input.version) throw new AppError('conflict', conflictMessage, { currentVersion: row.version });
    if (row.status === 'avsluttet')
      throw new AppError('validation', 'Planen er avsluttet og kan ikke endres. Lag en ny plan.');
    const names = await userNames(tx, [actor.userId]);
    const revised = revisePlan(
      {
        planId,
        version: row.version,
        plan: row.content as Plan,
        editedOn: osloDate(new Date(row.updated_at)),
        editedBy: row.updated_by,
        note: null,
      },
      next,
      { editedOn: today, editedBy: names.get(actor.userId) ?? actor.userId, note: input.note ?? null },
    );
    if (!revised.ok) throw new AppError('validation', revised.error);
    // An active plan stays within its guardrails: an edit that activation would refuse is refused.
    if (row.status === 'aktiv') {
      const check = canActivatePlan(next, await caseFacts(tx, caseId, today, planId));
      if (!check.ok)
        throw refusal(
          'Planen er aktiv, og endringen ville gjort at den ikke lenger holder kravene',
          check.reasons,
          check.warnings,
        );
    }
    const version = await updateVersioned(tx, 'case_plan', planId, input.version, {
      content: JSON.stringify(next),
      updated_by: actor.userId,
      updated_at: now,
    });
    await tx.updateTable('pupil_case').set({ last_activity_at: now }).where('id', '=', caseId).execute();
    await writeAudit(tx, actor, now, [
      {
        action: 'case.plan.update',
        pupilId: place.pupilId,
        entity: 'case_plan',
        entityId: planId,
        caseId,
        details: { caseId, planId, version, changes: revised.changes.length },
      },
    ]);
    return { version, changes: revised.changes };
  });
}

function refusal(lead: string, reasons: Notice[], warnings: Notice[]): AppError {
  return new AppError('validation', `${lead}: ${reasons.map((r) => r.message).join(' ')}`, {
    reasons,
    warnings,
    fields: reasons.filter((r) => r.path).map((r) => ({ field: r.path!, message: r.message })),
  });
}

export async function activatePlan(
  db: Db,
  actor: Actor,
  caseId: string,
  planId: string,
  input: { version: number },
  now: Date,
) {
  const today = osloDate(now);
  // A refusal is audited too: who tried, and why it was refused, is committed before the 400 is sent.
  const outcome = await db.withContext(contextOf(actor), async (tx) => {
    const { place } = await caseForStaff(tx, actor, caseId);
    const row = await loadPlan(tx, caseId, planId);
    if (row.version !== input.version) throw new AppError('conflict', conflictMessage, { currentVersion: row.version });
    if (row.status !== 'utkast')
      throw new AppError(
        'validation',
        row.status === 'aktiv'
          ? 'Planen er allerede aktiv.'
          : 'Planen er avsluttet og kan ikke aktiveres igjen. Lag en ny plan.',
      );
    const check = canActivatePlan(row.content as Plan, await caseFacts(tx, caseId, today, planId));
    if (!check.ok) {
      await writeAudit(tx, actor, now, [
        {
          action: 'case.plan.activation-refused',
          pupilId: place.pupilId,
          entity: 'case_plan',
          entityId: planId,
          caseId,
          details: { caseId, planId, reasons: check.reasons.map((r) => r.code) },
        },
      ]);
      return { ok: false as const, reasons: check.reasons, warnings: check.warnings };
    }
    const version = await updateVersioned(tx, 'case_plan', planId, input.version, {
      status: 'aktiv',
      activated_on: today,
      activated_by: actor.userId,
      updated_by: actor.userId,
      updated_at: now,
    });
    await tx.updateTable('pupil_case').set({ last_activity_at: now }).where('id', '=', caseId).execute();
    await writeAudit(tx, actor, now, [
      {
        action: 'case.plan.activate',
        pupilId: place.pupilId,
        entity: 'case_plan',
        entityId: planId,
        caseId,
        details: { caseId, planId, warnings: check.warnings.map((w) => w.code) },
      },
    ]);
    return { ok: true as const, version, activatedOn: today, warnings: check.warnings };
  });
  if (!outcome.ok) throw refusal('Planen kan ikke aktiveres ennå', outcome.reasons, outcome.warnings);
  return outcome;
}

export async function closePlan(
  db: Db,
  actor: Actor,
  caseId: string,
  planId: string,
  input: { version: number },
  now: Date,
) {
  return db.withContext(contextOf(actor), async (tx) => {
    const { place } = await caseForStaff(tx, actor, caseId);
    const row = await loadPlan(tx, caseId, planId);
    if (row.status === 'avsluttet') throw new AppError('validation', 'Planen er allerede avsluttet.');
    const version = await updateVersioned(tx, 'case_plan', planId, input.version, {
      status: 'avsluttet',
      closed_on: osloDate(now),
      updated_by: actor.userId,
      updated_at: now,
    });
    await writeAudit(tx, actor, now, [
      {
        action: 'case.plan.close',
        pupilId: place.pupilId,
        entity: 'case_plan',
        entityId: planId,
        caseId,
        details: { caseId, planId },
      },
    ]);
    return { version, closedOn: osloDate(now) };
  });
}

/**
 * Every version of a plan, oldest first, with what changed from the one before. Earlier versions come from
 * record_history, which a service partner does not read (0011): a partner sees the current version only.
 */
export async function listPlanVersions(db: Db, actor: Actor, caseId: string, planId: string, now: Date) {
  return db.withContext(contextOf(actor), async (tx) => {
    const { place } = await caseForReader(tx, actor, caseId, now);
    const row = await loadPlan(tx, caseId, planId);
    const history = await tx
      .selectFrom('record_history')
      .select(['version', 'snapshot'])
      .where('table_name', '=', 'case_plan')
      .where('record_id', '=', planId)
      .orderBy('version')
      .execute();
    type Snapshot = { content: Plan; status: PlanRow['status']; updated_by: string; updated_at: string };
    const versions = [
      ...history.map((h) => ({ version: h.version, ...(h.snapshot as unknown as Snapshot) })),
      {
        version: row.version,
        content: row.content as Plan,
        status: row.status,
        updated_by: row.updated_by,
        updated_at: new Date(row.updated_at).toISOString(),
      },
    ];
    const names = await userNames(
      tx,
      versions.map((v) => v.updated_by),
    );
    await writeAudit(tx, actor, now, [
      {
        action: 'case.plan.read',
        pupilId: place.pupilId,
        entity: 'case_plan',
        entityId: planId,
        caseId,
        details: { caseId, planId, versions: true },
      },
    ]);
    return versions.map((v, i) => {
      const before = versions[i - 1];
      const changes = before ? diffPlans(before.content, v.content) : [];
      return {
        version: v.version,
        status: v.status,
        statusLabel: STATUS_LABEL[v.status],
        editedAt: new Date(v.updated_at).toISOString(),
        editedByName: names.get(v.updated_by) ?? 'Ukjent',
        statusChanged: before !== undefined && before.status !== v.status,
        changes,
        content: v.content,
      };
    });
  });
}

export async function printPlan(db: Db, actor: Actor, caseId: string, planId: string, now: Date) {
  return db.withContext(contextOf(actor), async (tx) => {
    const { place } = await caseForReader(tx, actor, caseId, now);
    const row = await loadPlan(tx, caseId, planId);
    const plan = row.content as Plan;
    const pdf = await planPdf({
      plan,
      status: STATUS_LABEL[row.status],
      version: row.version,
      pupilName: `${place.firstName} ${place.lastName}`,
      className: place.className,
      schoolName: place.schoolName,
      printedOn: osloDate(now),
      createdAt: now,
    });
    await writeAudit(tx, actor, now, [
      {
        action: 'case.plan.print',
        pupilId: place.pupilId,
        entity: 'case_plan',
        entityId: planId,
        caseId,
        details: { caseId, planId, version: row.version },
      },
    ]);
    return { pdf, fileName: `${row.kind}-${plan.date}-v${row.version}.pdf` };
  });
}
