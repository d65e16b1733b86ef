import { ARSAKSKARTLEGGING_FORM_ID, causesFromArsakskartlegging } from '../../domain/measures/mapped-causes';
import type { Tx } from '../../db/create-db';
import { checkPupilVoice, pupilViewOf, pupilVoiceEvidence, voiceFormName } from '../../domain/plans/pupil-voice';
import { presentFormSummary, presentStatement } from '../presenters/forms';
import type { Content } from '../content/load-content';
import { pupilCheckinFacts } from '../pupil-page/pupil-entries';
import type { Notice } from '../../domain/plans/case-facts';

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
    filledForms: forms.map((f) => ({
      id: f.id,
      kind: f.form_id,
      audience: f.audience,
      filledOn: f.filled_on,
      version: f.form_version,
      pupilView: pupilViewOf(f.form_id, f.answers),
    })),
    trustedPersonStatements: statements.map((s) => ({
      id: s.id,
      name: s.person_name,
      relation: s.relation,
      chosenByPupil: s.chosen_by_pupil,
      statement: s.statement,
      recordedOn: s.given_on,
    })),
    pupilCheckins: await pupilCheckinFacts(tx, caseId),
  };
  const check = checkPupilVoice(facts);
  const evidence = pupilVoiceEvidence(facts).map((e) =>
    e.kind === 'form'
      ? { kind: e.kind, id: e.id, on: e.on, text: voiceFormName(e.formKind) }
      : e.kind === 'pupil-checkin'
        ? { kind: e.kind, id: e.id, on: e.on, text: `Elevens ukesjekk, uke ${Number(e.week.slice(6))}` }
        : { kind: e.kind, id: e.id, on: e.on, text: `Uttalelse fra ${e.name}` },
  );
  // The newest årsakskartlegging's causes: what the measures bank suggests from (decision 061).
  const mapping = forms.filter((f) => f.form_id === ARSAKSKARTLEGGING_FORM_ID).at(-1);
  return {
    forms: forms.map((f) => presentFormSummary(f, content.forms)),
    statements: statements.map(presentStatement),
    pupilVoice: {
      heard: check.ok,
      evidence,
      reasons: check.ok ? [] : check.reasons.map((r) => r.message),
      // The forms that would supply what is missing (decision 062): a new one, or a filled one to complete.
      offers: check.ok ? [] : voiceOffers(check.reasons, content),
    },
    mappedCauses: mapping
      ? { formId: mapping.id, filledOn: mapping.filled_on, causes: causesFromArsakskartlegging(mapping.answers).labels }
      : null,
  };
}

/** What the gate offers: each form once, a filled form to complete before a new one. */
function voiceOffers(reasons: Notice[], content: Content) {
  const offers = new Map<string, { formId: string; title: string; filledFormId: string | null }>();
  for (const r of reasons) {
    if (!r.offer) continue;
    const title = content.forms.latest(r.offer.formId)?.title;
    if (!title) continue;
    const key = r.offer.filledFormId ?? `new:${r.offer.formId}`;
    offers.set(key, { formId: r.offer.formId, title, filledFormId: r.offer.filledFormId ?? null });
  }
  // A filled form to complete comes first: it is the shorter way.
  return [...offers.values()].sort((a, b) => Number(b.filledFormId !== null) - Number(a.filledFormId !== null));
}
