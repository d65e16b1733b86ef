import { norwegianDate, result, type CaseFacts, type FilledForm, type Notice, type RuleResult } from './case-facts';

// 004 §3: «Ingen tiltak skal iverksettes uten at elevens stemme er hørt og dens synspunkter er redegjort
// for. Dersom eleven vegrer seg for å fortelle skal den få velge en tillitsperson som kan fortelle laget
// rundt eleven hva den tenker og hva som er viktig for den i tiden fremover.» (Also 000 §7: the child's
// right to be heard, Barnekonvensjonen art. 12, Grunnloven §104.) A plan is activated only when the case
// holds the pupil's own view: a form filled with the pupil, or a trusted person's statement.

/**
 * The form kinds that record the pupil's own view, when filled with the pupil (audience «elev»). The ids are
 * the forms' ids in content/forms; forms that record what guardians or the school think never count, nor do
 * these forms when filled by guardians or the school alone.
 */
// The årsakskartlegging counts only on a condition (below, decision 062 as changed for issue 17): it maps
// what lies behind the absence, and 004 §3 asks for more — the pupil's own view of what is to be done.
export const PUPIL_VOICE_FORM_KINDS = {
  skaleringsverktoy: { name: 'Kartleggingsverktøy – skalering', source: '001 Kartleggingsverktøy-skalering' },
  'undringssamtale-elev': { name: 'Undringssamtale med eleven', source: '001 Samtalemal – undringssamtaler' },
  'sjekkliste-elevsamtale': { name: 'Sjekkliste for elevsamtalen', source: '000 appendiks' },
  'pluss-minus-skjema': { name: 'Pluss-minus-skjema', source: '000 appendiks' },
  'momenter-samtale-elev': { name: 'Momenter til bruk i samtale med elever ved skolefravær', source: '003' },
  'timeplan-rod-gul-gronn': { name: 'Timeplan rødt/gult/grønt', source: '002 Kartleggingsverktøy' },
} as const;
export type PupilVoiceFormKind = keyof typeof PUPIL_VOICE_FORM_KINDS;

/**
 * 001 uses the årsakskartlegging's cards *with* the pupil («Konsentrer samtalen om det eleven mener kan være
 * relevant», «drøft med eleven hva som kan være riktig tiltak»). From its second version the form asks the
 * pupil's own view of what would help (Nærvær's addition in the source's spirit); filled with the pupil and
 * with that answer written, it counts as the pupil's voice. Without the answer it does not (decision 062).
 */
export const MAPPING_WITH_PUPIL_VIEW = {
  formId: 'arsakskartlegging',
  name: 'Årsakskartlegging',
  questionId: 'elevens-syn',
  question: 'Hva mener eleven selv kan hjelpe?',
  fromVersion: 2,
} as const;

/** The kinds of form that can count as the pupil's voice: always, or (the årsakskartlegging) with the pupil's view. */
export type VoiceFormKind = PupilVoiceFormKind | typeof MAPPING_WITH_PUPIL_VIEW.formId;

/** The Norwegian name of a form that counts as the pupil's voice. */
export const voiceFormName = (kind: VoiceFormKind): string =>
  kind === MAPPING_WITH_PUPIL_VIEW.formId ? MAPPING_WITH_PUPIL_VIEW.name : PUPIL_VOICE_FORM_KINDS[kind].name;

/** Whether a new answer to this form version can count as the pupil's voice (for the list of forms). */
export const formMayCountAsPupilVoice = (formId: string, version: number): boolean =>
  formId in PUPIL_VOICE_FORM_KINDS ||
  (formId === MAPPING_WITH_PUPIL_VIEW.formId && version >= MAPPING_WITH_PUPIL_VIEW.fromVersion);

/** The pupil's own view of what would help, read from a filled form's answers (null where the form does not ask it). */
export function pupilViewOf(formId: string, answers: unknown): string | null {
  if (formId !== MAPPING_WITH_PUPIL_VIEW.formId || typeof answers !== 'object' || answers === null) return null;
  const value = (answers as Record<string, unknown>)[MAPPING_WITH_PUPIL_VIEW.questionId];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

const isMapping = (f: FilledForm): boolean => f.kind === MAPPING_WITH_PUPIL_VIEW.formId;
const hasPupilView = (f: FilledForm): boolean => typeof f.pupilView === 'string' && f.pupilView.trim() !== '';

const SOURCE = '004 §3';
// A form filled with the pupil and the guardians together holds the pupil's answers too.
const withPupil = (audience: string): boolean => audience === 'elev' || audience === 'elev-og-foresatte';
const blank = (value: unknown): boolean => typeof value !== 'string' || value.trim() === '';

/** Where the case holds the pupil's view, newest first: the forms and statements that count. */
export type PupilVoiceEvidence =
  | { kind: 'form'; id: string; formKind: VoiceFormKind; on: string }
  | { kind: 'trusted-person'; id: string; name: string; on: string }
  | { kind: 'pupil-checkin'; id: string; week: string; on: string };

/** The forms and trusted-person statements in the case that count as the pupil's voice on `facts.asOf`. */
export function pupilVoiceEvidence(
  facts: Pick<CaseFacts, 'asOf' | 'filledForms' | 'trustedPersonStatements' | 'pupilCheckins'>,
): PupilVoiceEvidence[] {
  const evidence: PupilVoiceEvidence[] = [];
  for (const f of facts.filledForms) {
    const counts = f.kind in PUPIL_VOICE_FORM_KINDS || (isMapping(f) && hasPupilView(f));
    if (withPupil(f.audience) && counts && f.filledOn <= facts.asOf)
      evidence.push({ kind: 'form', id: f.id, formKind: f.kind as VoiceFormKind, on: f.filledOn });
  }
  for (const s of facts.trustedPersonStatements) {
    if (s.chosenByPupil && !blank(s.name) && !blank(s.relation) && !blank(s.statement) && s.recordedOn <= facts.asOf)
      evidence.push({ kind: 'trusted-person', id: s.id, name: s.name.trim(), on: s.recordedOn });
  }
  // The pupil's own check-in (decision 186): counted when the pupil wrote what would make the week one step
  // better — the pupil's own view of what would help, in the pupil's own words, as 004 §3 asks.
  for (const c of facts.pupilCheckins ?? []) {
    if (!blank(c.oneStepBetter) && c.writtenOn <= facts.asOf)
      evidence.push({ kind: 'pupil-checkin', id: c.id, week: c.week, on: c.writtenOn });
  }
  return evidence.sort((a, b) => (a.on < b.on ? 1 : a.on > b.on ? -1 : 0));
}

const FORM_NAMES = Object.values(PUPIL_VOICE_FORM_KINDS).map((f) => f.name.toLowerCase());

/** Refuses until the case holds the pupil's own view (004 §3), saying what would count. */
export function checkPupilVoice(
  facts: Pick<CaseFacts, 'asOf' | 'filledForms' | 'trustedPersonStatements' | 'pupilCheckins'>,
): RuleResult {
  if (pupilVoiceEvidence(facts).length > 0) return result([], []);
  const reasons: Notice[] = [
    {
      code: 'pupil-voice-missing',
      source: SOURCE,
      message:
        'Elevens stemme er ikke hørt i saken. Ingen tiltak skal settes i verk før elevens synspunkter er redegjort for. ' +
        `Fyll ut et skjema sammen med eleven (${FORM_NAMES.join(', ')} eller årsakskartleggingen med elevens eget svar på hva som kan hjelpe), ` +
        'eller – om eleven vegrer seg for å fortelle – registrer hva en tillitsperson eleven selv har valgt, forteller om hva eleven tenker og hva som er viktig for eleven framover.',
      offer: { formId: MAPPING_WITH_PUPIL_VIEW.formId },
    },
  ];
  // Say why what is there does not count, so the user can fix the right record.
  for (const s of facts.trustedPersonStatements) {
    const who = blank(s.name) ? 'tillitspersonen' : s.name.trim();
    if (!s.chosenByPupil)
      reasons.push({
        code: 'trusted-person-not-chosen-by-pupil',
        source: SOURCE,
        message: `Uttalelsen fra ${who} teller ikke: tillitspersonen må være valgt av eleven selv.`,
      });
    else if (blank(s.name) || blank(s.relation))
      reasons.push({
        code: 'trusted-person-unnamed',
        source: SOURCE,
        message:
          'En uttalelse fra en tillitsperson teller ikke før det står hvem personen er og hvilken relasjon den har til eleven.',
      });
    else if (blank(s.statement))
      reasons.push({
        code: 'trusted-person-statement-empty',
        source: SOURCE,
        message: `Uttalelsen fra ${who} er tom: skriv hva eleven tenker og hva som er viktig for eleven framover.`,
      });
    else if (s.recordedOn > facts.asOf)
      reasons.push({
        code: 'trusted-person-later',
        source: SOURCE,
        message: `Uttalelsen fra ${who} er datert ${norwegianDate(s.recordedOn)}, etter ${norwegianDate(facts.asOf)}.`,
      });
  }
  for (const f of facts.filledForms) {
    if (isMapping(f)) {
      reasons.push(...mappingReasons(f, facts.asOf));
      continue;
    }
    if (f.kind in PUPIL_VOICE_FORM_KINDS && !withPupil(f.audience)) {
      const name = PUPIL_VOICE_FORM_KINDS[f.kind as PupilVoiceFormKind].name;
      reasons.push({
        code: 'form-not-with-pupil',
        source: SOURCE,
        message: `«${name}» er fylt ut av ${f.audience === 'foresatte' ? 'foresatte' : 'skolen'}, ikke sammen med eleven, og teller derfor ikke som elevens stemme.`,
      });
    }
  }
  return result(reasons, []);
}

/** Why a filled årsakskartlegging does not count, and which form would supply what is missing. */
function mappingReasons(f: FilledForm, asOf: string): Notice[] {
  const on = norwegianDate(f.filledOn);
  const { question } = MAPPING_WITH_PUPIL_VIEW;
  if (!withPupil(f.audience))
    return [
      {
        code: 'form-not-with-pupil',
        source: SOURCE,
        message: `«Årsakskartlegging» fra ${on} er fylt ut av ${f.audience === 'foresatte' ? 'foresatte' : 'skolen'}, ikke sammen med eleven, og teller derfor ikke som elevens stemme.`,
        offer: { formId: f.kind },
      },
    ];
  if (f.filledOn > asOf)
    return [
      {
        code: 'form-later',
        source: SOURCE,
        message: `Årsakskartleggingen er datert ${on}, etter ${norwegianDate(asOf)}.`,
      },
    ];
  if ((f.version ?? 1) < MAPPING_WITH_PUPIL_VIEW.fromVersion)
    return [
      {
        code: 'mapping-old-version',
        source: SOURCE,
        message: `Årsakskartleggingen fra ${on} er fylt ut på en eldre utgave av skjemaet, som ikke spør «${question}». Fyll ut årsakskartleggingen på nytt sammen med eleven og skriv elevens eget svar, så teller den som elevens stemme.`,
        offer: { formId: f.kind },
      },
    ];
  if (!hasPupilView(f))
    return [
      {
        code: 'mapping-without-pupil-view',
        source: SOURCE,
        message: `Årsakskartleggingen fra ${on} er fylt ut sammen med eleven, men «${question}» er ikke besvart. Skriv elevens eget svar i kartleggingen, så teller den som elevens stemme.`,
        offer: { formId: f.kind, filledFormId: f.id },
      },
    ];
  return [];
}
