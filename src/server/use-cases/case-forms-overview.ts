import { ARSAKSKARTLEGGING_FORM_ID, causesFromArsakskartlegging } from '../../domain/measures/mapped-causes';
import type { Tx } from '../../db/create-db';
import {
  checkPupilVoice,
  pupilVoiceEvidence,
  PUPIL_VOICE_FORM_KINDS,
  type PupilVoiceFormKind,
} from '../../domain/plans/pupil-voice';
import { presentFormSummary, presentStatement } from '../presenters/forms';
import type { Content } from '../content/load-content';

/** Forms, statements and whether the case holds the pupil's own view (004 §3), for the case page. */
export async function caseFormsOverview(tx: Tx, content: Content, caseId: string, today: string) {
  const forms = await tx
    .selectFrom('case_form')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('filled_on')
    .orderBy('updated_at')
    .execute();
  const statements = await tx
    .selectFrom('case_statement')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('given_on')
    .orderBy('recorded_at')
    .execute();
  const facts = {
    asOf: today,
    filledForms: forms.map((f) => ({ id: f.id, kind: f.form_id, audience: f.audience, filledOn: f.filled_on })),
    trustedPersonStatements: statements.map((s) => ({
      id: s.id,
      name: s.person_name,
      relation: s.relation,
      chosenByPupil: s.chosen_by_pupil,
      statement: s.statement,
      recordedOn: s.given_on,
    })),
  };
  const check = checkPupilVoice(facts);
  const evidence = pupilVoiceEvidence(facts).map((e) =>
    e.kind === 'form'
      ? { kind: e.kind, id: e.id, on: e.on, text: PUPIL_VOICE_FORM_KINDS[e.formKind as PupilVoiceFormKind].name }
      : { kind: e.kind, id: e.id, on: e.on, text: `Uttalelse fra ${e.name}` },
  );
  // The newest årsakskartlegging's causes: what the measures bank suggests from (decision 061).
  const mapping = forms.filter((f) => f.form_id === ARSAKSKARTLEGGING_FORM_ID).at(-1);
  return {
    forms: forms.map((f) => presentFormSummary(f, content.forms)),
    statements: statements.map(presentStatement),
    pupilVoice: { heard: check.ok, evidence, reasons: check.ok ? [] : check.reasons.map((r) => r.message) },
    mappedCauses: mapping
      ? { formId: mapping.id, filledOn: mapping.filled_on, causes: causesFromArsakskartlegging(mapping.answers).labels }
      : null,
  };
}
