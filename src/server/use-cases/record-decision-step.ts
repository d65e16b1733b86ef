// A step of a decision after its draft (decisions 213–216), by the role the kind is delegated to: the
// forhåndsvarsel with its reply deadline (sent to the guardians like other letters, a line in the pupil's file),
// the guardians' reply, «Fatt vedtak» (refused with every missing field named), delivering the letter through
// a channel (decision 214), the family's receipt entered for paper, the appeal with the day it came, the school's
// reassessment (keep or change), sending it on to the Statsforvalteren with the list of the case's documents,
// and the final outcome. Each step against the version it was based on (409 when stale); each audited.
import { randomUUID } from 'node:crypto';
import type { Insertable } from 'kysely';
import type { Db } from '../../db/create-db';
import type { Database } from '../../db/schema';
import type { z } from 'zod';
import type { decisionStepBody } from '../../contract/decisions';
import { norwegianDate } from '../../domain/calendar/dates';
import { decisionGaps, nextSteps, statusAfter } from '../../domain/decisions/decision';
import { contextOf, type Actor } from '../actor';
import { isLeadership } from '../absence/place';
import { writeAudit } from '../audit';
import { osloDate } from '../clock';
import type { Content } from '../content/load-content';
import {
  caseAssessments,
  decisionForStaff,
  draftOf,
  kindOf,
  mayDecide,
  stateOf,
  type DecisionRow,
} from '../decisions/decisions';
import { DELIVERY_CHANNELS_BUILT_IN } from '../decisions/delivery';
import { contentIn } from '../content/content-in';
import { documentTexts, kommuneMalform, type DocumentTexts } from '../documents';
import { AppError } from '../errors';
import { updateVersioned } from '../versioned';
import { decisionView } from './get-decision';

type Step = z.output<typeof decisionStepBody>;

const notFuture = (on: string, today: string, field: string) => {
  if (on > today)
    throw new AppError('validation', 'Datoen kan ikke være fram i tid.', {
      fields: [{ field, message: 'Fram i tid' }],
    });
};
const notBefore = (on: string, earlier: string | null, field: string, message: string) => {
  if (earlier && on < earlier) throw new AppError('validation', message, { fields: [{ field, message }] });
};

export async function recordDecisionStep(
  db: Db,
  content: Content,
  actor: Actor,
  caseId: string,
  decisionId: string,
  input: Step,
  now: Date,
) {
  return db.withContext(contextOf(actor), async (tx) => {
    const { row, place } = await decisionForStaff(tx, actor, caseId, decisionId);
    const kind = kindOf(content, row.kind);
    if (!mayDecide(actor, kind, place.schoolId))
      throw new AppError(
        'forbidden',
        'Bare den kommunen har delegert vedtaket til ved skolen (skoleledelsen), kan sende forhåndsvarsel, fatte vedtaket og føre klagen.',
      );
    const state = stateOf(row);
    if (!nextSteps(kind, state).includes(input.step))
      throw new AppError('validation', 'Dette steget passer ikke der vedtaket står nå. Last siden på nytt.');
    const today = osloDate(now);
    const malform = await kommuneMalform(tx, actor.kommuneId);
    const filed = documentTexts(malform);
    // The file's line names the kind as the file is kept: in the kommune's målform.
    const filedKind = kindOf(contentIn(content, malform, malform), row.kind);
    const protectedOk = () => {
      if (
        place.protectedAddress !== 'none' &&
        !(isLeadership(actor, place.schoolId) && 'confirmProtectedAddress' in input && input.confirmProtectedAddress)
      )
        throw new AppError(
          'forbidden',
          'Eleven har fortrolig eller strengt fortrolig adresse. Bare skoleledelsen kan sende til foresatte, etter å ha bekreftet at det er trygt.',
        );
    };
    let values: Record<string, unknown>;
    let replacement: NewDecisionRow | null = null;
    switch (input.step) {
      case 'notice': {
        if (input.replyBy <= today)
          throw new AppError('validation', 'Svarfristen må være etter i dag.', {
            fields: [{ field: 'replyBy', message: 'Må være etter i dag' }],
          });
        if (!row.decision.trim() || !row.facts.trim())
          throw new AppError(
            'validation',
            'Skriv sakens faktiske forhold og hva skolen vurderer å vedta før forhåndsvarselet sendes.',
            {
              fields: [
                ...(row.facts.trim() ? [] : [{ field: 'facts', message: 'Skriv sakens faktiske forhold.' }]),
                ...(row.decision.trim() ? [] : [{ field: 'decision', message: 'Skriv hva skolen vurderer å vedta.' }]),
              ],
            },
          );
        protectedOk();
        const line = filed.record.decisionNoticeSent(filedKind.name, norwegianDate(input.replyBy));
        // Sent in Nærvær where a guardian has an account; otherwise the line says it was made, for post.
        const channel = (await hasGuardianAccount(tx, place.pupilId)) ? 'naervaer' : 'paper';
        await DELIVERY_CHANNELS_BUILT_IN[channel].send({
          tx,
          actor,
          row,
          place,
          document: 'notice',
          fileLine: line,
          sentOn: today,
          now,
        });
        values = { notice_sent_on: today, reply_by: input.replyBy };
        break;
      }
      case 'reply':
        notFuture(input.on, today, 'on');
        notBefore(input.on, row.notice_sent_on, 'on', 'Svaret kan ikke være fra før forhåndsvarselet ble sendt.');
        values = { reply_on: input.on, reply: input.text.trim(), reply_channel: 'school' };
        break;
      case 'decide': {
        const gaps = decisionGaps(kind, draftOf(row), state, await caseAssessments(tx, caseId), today);
        if (gaps.length > 0)
          throw new AppError('validation', `Vedtaket kan ikke fattes ennå: ${gaps[0]!.message}`, { fields: gaps });
        values = { decided_on: today, decided_by: actor.userId };
        break;
      }
      case 'deliver': {
        const sentOn = input.channel === 'paper' ? (input.sentOn ?? today) : today;
        notFuture(sentOn, today, 'sentOn');
        notBefore(sentOn, row.decided_on, 'sentOn', 'Brevet kan ikke være sendt før vedtaket ble fattet.');
        if (input.channel === 'naervaer') protectedOk();
        const sent = await DELIVERY_CHANNELS_BUILT_IN[input.channel].send({
          tx,
          actor,
          row,
          place,
          document: 'letter',
          fileLine: filed.record.decisionLetterSent(filedKind.name, input.channel),
          sentOn,
          now,
        });
        values = {
          delivery_channel: input.channel,
          delivered_on: sentOn,
          ...(sent.receivedOn ? { received_on: sent.receivedOn, receipt: 'opened' } : {}),
        };
        break;
      }
      case 'receipt':
        notFuture(input.receivedOn, today, 'receivedOn');
        notBefore(
          input.receivedOn,
          row.delivered_on,
          'receivedOn',
          'Familien kan ikke ha fått brevet før det ble sendt.',
        );
        values = { received_on: input.receivedOn, receipt: 'entered' };
        break;
      case 'appeal':
        notFuture(input.receivedOn, today, 'receivedOn');
        notBefore(
          input.receivedOn,
          row.decided_on,
          'receivedOn',
          'Klagen kan ikke være kommet før vedtaket ble fattet.',
        );
        values = { appeal_received_on: input.receivedOn, appeal: input.text.trim() };
        break;
      case 'reassess':
        notFuture(input.on, today, 'on');
        notBefore(input.on, row.appeal_received_on, 'on', 'Vurderingen kan ikke være gjort før klagen kom.');
        values = { reassessed_on: input.on, reassessment: input.outcome, reassessment_reasons: input.reasons.trim() };
        if (input.outcome === 'changed') replacement = changedDecision(row, input, actor, now);
        break;
      case 'forward':
        notFuture(input.on, today, 'on');
        notBefore(input.on, row.reassessed_on, 'on', 'Klagen kan ikke være sendt før skolen vurderte den.');
        values = { forwarded_on: input.on, forwarded_documents: await caseDocuments(tx, row, filed) };
        break;
      case 'outcome':
        notFuture(input.on, today, 'on');
        notBefore(input.on, row.forwarded_on, 'on', 'Avgjørelsen kan ikke være fra før klagen ble sendt.');
        values = { outcome_on: input.on, outcome: input.outcome, outcome_text: input.text.trim() };
        break;
    }
    const status = statusAfter(input.step, row.status, input.step === 'reassess' ? input.outcome : undefined);
    const version = await updateVersioned(tx, 'case_decision', row.id, input.version, {
      ...values,
      status,
      updated_by: actor.userId,
      updated_at: now,
    });
    if (replacement) await tx.insertInto('case_decision').values(replacement).execute();
    await writeAudit(tx, actor, now, [
      {
        action: 'decision.step',
        pupilId: row.pupil_id,
        entity: 'case_decision',
        entityId: row.id,
        caseId,
        details: {
          decisionId: row.id,
          step: input.step,
          status,
          version,
          ...(replacement ? { newDecisionId: replacement.id } : {}),
        },
      },
      ...(replacement
        ? [
            {
              action: 'decision.create' as const,
              pupilId: row.pupil_id,
              entity: 'case_decision' as const,
              entityId: replacement.id,
              caseId,
              details: { decisionId: replacement.id, kind: row.kind, replaces: row.id },
            },
          ]
        : []),
    ]);
    return { decision: (await decisionView(tx, content, actor, caseId, decisionId, now)).decision };
  });
}

type NewDecisionRow = Insertable<Database['case_decision']>;

/**
 * The school changes its decision after the appeal (fvl § 33 andre ledd): that is a new enkeltvedtak, made the day
 * of the reassessment by the one who reassessed, with its own letter, delivery, receipt and appeal (decision 230).
 * It keeps the first decision's facts, legal basis, the pupil's views and the grounds; what is now decided (and its
 * period) is the reassessment's, and its reasons are the reasons for the change. The first decision stays as it was
 * decided and sent (status `changed`).
 */
function changedDecision(
  row: DecisionRow,
  input: Extract<Step, { step: 'reassess' }>,
  actor: Actor,
  now: Date,
): NewDecisionRow {
  const decision = input.decision?.trim() ?? '';
  if (!decision)
    throw new AppError('validation', 'Skriv hva som nå er vedtatt når skolen endrer vedtaket.', {
      fields: [{ field: 'decision', message: 'Skriv hva som nå er vedtatt.' }],
    });
  const from = input.from === undefined ? row.valid_from : input.from;
  const to = input.to === undefined ? row.valid_to : input.to;
  if (from && to && to < from)
    throw new AppError('validation', 'Sluttdatoen kan ikke være før startdatoen.', {
      fields: [{ field: 'to', message: 'Sluttdatoen kan ikke være før startdatoen.' }],
    });
  return {
    id: randomUUID(),
    kommune_id: row.kommune_id,
    case_id: row.case_id,
    pupil_id: row.pupil_id,
    kind: row.kind,
    status: 'decided',
    facts: row.facts,
    legal_basis: row.legal_basis,
    reasons: input.reasons.trim(),
    heard: row.heard === null ? null : JSON.stringify(row.heard),
    weighed: row.weighed,
    decision,
    valid_from: from,
    valid_to: to,
    assessment_id: row.assessment_id,
    consent_on: row.consent_on,
    consent_by: row.consent_by,
    temporary_evaluate_on: row.temporary_evaluate_on,
    temporary_considerations: row.temporary_considerations,
    decided_on: input.on,
    decided_by: actor.userId,
    replaces_decision_id: row.id,
    created_by: actor.userId,
    created_at: now,
    updated_by: actor.userId,
    updated_at: now,
  };
}

async function hasGuardianAccount(tx: Parameters<typeof caseAssessments>[0], pupilId: string): Promise<boolean> {
  const row = await tx
    .selectFrom('guardian_pupil as gp')
    .innerJoin('guardian as g', 'g.id', 'gp.guardian_id')
    .select('g.id')
    .where('gp.pupil_id', '=', pupilId)
    .where('gp.information_restricted', '=', false)
    .where('g.user_id', 'is not', null)
    .executeTakeFirst();
  return row !== undefined;
}

/** The documents sent on with the appeal (fvl § 33 fourth paragraph), named in the kommune's målform. */
async function caseDocuments(
  tx: Parameters<typeof caseAssessments>[0],
  row: DecisionRow,
  filed: DocumentTexts,
): Promise<string[]> {
  const d = filed.record.decisionDocuments;
  const assessment = row.assessment_id
    ? (await caseAssessments(tx, row.case_id)).find((a) => a.id === row.assessment_id)
    : undefined;
  return [
    ...(row.notice_sent_on ? [d.notice(norwegianDate(row.notice_sent_on))] : []),
    ...(row.reply_on ? [d.reply(norwegianDate(row.reply_on))] : []),
    ...(assessment ? [d.assessment(assessment.issuedBy, norwegianDate(assessment.issuedOn))] : []),
    ...(row.decided_on ? [d.letter(norwegianDate(row.decided_on))] : []),
    ...(row.appeal_received_on ? [d.appeal(norwegianDate(row.appeal_received_on))] : []),
    ...(row.reassessed_on ? [d.reassessment(norwegianDate(row.reassessed_on))] : []),
  ];
}
