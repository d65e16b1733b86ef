// The decision as its PDF prints it (decisions 213–215), in one language: the kind and legal basis from the
// content in that written form (English reads the målform's content, as on screen), the rest as written.
import type { Tx } from '../../db/create-db';
import { appealDeadline } from '../../domain/decisions/appeal-deadline';
import type { Language, Malform } from '../../domain/language/language';
import type { PupilPlace } from '../absence/place';
import { contentIn } from '../content/content-in';
import type { Content } from '../content/load-content';
import type { DecisionPdfInput } from '../pdf/decision-letter-pdf';
import { caseAssessments, draftOf, kindOf, namesOf, type DecisionRow } from './decisions';

export async function decisionPdfInput(
  tx: Tx,
  content: Content,
  row: DecisionRow,
  place: PupilPlace,
  document: 'notice' | 'letter',
  malform: Malform,
  now: Date,
  today: string,
): Promise<(language: Language) => DecisionPdfInput> {
  const draft = draftOf(row);
  const assessment = draft.assessmentId
    ? (await caseAssessments(tx, row.case_id)).find((a) => a.id === draft.assessmentId)
    : undefined;
  const names = await namesOf(tx, [row.decided_by, row.updated_by]);
  const guardians = await tx
    .selectFrom('guardian_pupil as gp')
    .innerJoin('guardian as g', 'g.id', 'gp.guardian_id')
    .select(['g.first_name', 'g.last_name'])
    .where('gp.pupil_id', '=', row.pupil_id)
    .where('gp.information_restricted', '=', false)
    .orderBy('g.last_name')
    .execute();
  const protectedChild = place.protectedAddress !== 'none';
  // A decision changed after an appeal (decision 230) names the decision it replaces and the appeal.
  const replaced = row.replaces_decision_id
    ? await tx
        .selectFrom('case_decision')
        .select(['decided_on', 'appeal_received_on'])
        .where('id', '=', row.replaces_decision_id)
        .executeTakeFirst()
    : undefined;
  return (language) => {
    const shown = contentIn(content, language, malform);
    const kind = kindOf(shown, row.kind);
    return {
      document,
      kindName: kind.name,
      pupilName: `${place.firstName} ${place.lastName}`,
      pupilFirstName: place.firstName,
      className: protectedChild ? '' : place.className,
      schoolName: place.schoolName,
      guardianNames: guardians.map((g) => `${g.first_name} ${g.last_name}`),
      facts: draft.facts,
      legalBasis: draft.legalBasis.flatMap((key) => {
        const b = shown.decisions.legalBases.get(key);
        return b ? [{ citation: b.citation, title: b.title, replaces: b.replaces }] : [];
      }),
      reasons: draft.reasons,
      heard: draft.heard,
      weighed: draft.weighed,
      decision: draft.decision,
      from: draft.from,
      to: draft.to,
      assessment: assessment ? { issuedBy: assessment.issuedBy, issuedOn: assessment.issuedOn } : null,
      consent: draft.guardianConsent,
      temporaryEvaluateOn: draft.temporary?.evaluateOn ?? null,
      replyBy: row.reply_by,
      reply: row.reply_on ? { on: row.reply_on, text: row.reply ?? '' } : null,
      decidedOn: row.decided_on,
      decidedByName: row.decided_by
        ? (names.get(row.decided_by) ?? null)
        : document === 'notice'
          ? (names.get(row.updated_by) ?? null)
          : null,
      receivedOn: row.received_on,
      appealDeadline: row.received_on ? appealDeadline(row.received_on) : null,
      changed: replaced?.decided_on
        ? { replacedDecidedOn: replaced.decided_on, appealReceivedOn: replaced.appeal_received_on }
        : null,
      printedOn: document === 'letter' && row.decided_on ? row.decided_on : (row.notice_sent_on ?? today),
      createdAt: now,
    };
  };
}
