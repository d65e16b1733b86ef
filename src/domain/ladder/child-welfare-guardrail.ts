import { parseIsoDate } from '../calendar/dates';

// 004 §5.1: «høyt skolefravær alene [er] ikke et tilstrekkelig grunnlag for bekymringsmelding til
// barnevernet … Skolen må gjøre en helhetsvurdering, og kunne dokumentere denne». The guardrail holds on
// every ladder, whatever its content says (Hardanger's level 3 says only «Bekymringsmelding»): no
// level, outcome or alert ever reports by itself, and a report is logged only with the assessment.

/**
 * The school's documented holistic assessment. Its two texts answer what 004 §5.1 asks: which causes of
 * the absence were weighed (school refusal, unhappiness, bullying, lacking adaptation …), and what
 * beyond the absence gives reason to report.
 */
export type HolisticAssessment = {
  assessedOn: string;
  /** Who made the assessment (names or roles). */
  assessedBy: string;
  /** The causes of the absence the school weighed. */
  causesConsidered: string;
  /** What, beyond the absence itself, gives grounds for the report. */
  grounds: string;
};

export type GuardrailResult = { ok: true } | { ok: false; error: string };

const FIELDS: { key: Exclude<keyof HolisticAssessment, 'assessedOn'>; label: string }[] = [
  { key: 'assessedBy', label: 'hvem som har gjort vurderingen' },
  { key: 'causesConsidered', label: 'hvilke mulige årsaker til fraværet som er vurdert' },
  { key: 'grounds', label: 'hva utover fraværet som gir grunnlag for melding' },
];

const blank = (value: unknown): boolean => typeof value !== 'string' || value.trim() === '';

/** Refuses a report to the child welfare service unless a documented holistic assessment accompanies it. */
export function checkChildWelfareReport(
  reportOn: string,
  assessment: HolisticAssessment | null | undefined,
): GuardrailResult {
  if (!assessment) {
    return {
      ok: false,
      error:
        'En bekymringsmelding til barneverntjenesten kan bare loggføres sammen med skolens dokumenterte helhetsvurdering. Høyt skolefravær alene er ikke grunnlag for melding.',
    };
  }
  const missing = FIELDS.filter((f) => blank(assessment[f.key])).map((f) => f.label);
  if (missing.length > 0)
    return { ok: false, error: `Helhetsvurderingen er ikke dokumentert: skriv ${missing.join(' og ')}.` };
  const assessed = typeof assessment.assessedOn === 'string' ? parseIsoDate(assessment.assessedOn) : null;
  const reported = parseIsoDate(reportOn);
  if (assessed === null) return { ok: false, error: 'Helhetsvurderingen mangler en gyldig dato (ÅÅÅÅ-MM-DD).' };
  if (reported === null) return { ok: false, error: 'Meldingen mangler en gyldig dato (ÅÅÅÅ-MM-DD).' };
  if (assessed > reported)
    return { ok: false, error: 'Helhetsvurderingen må være gjort før eller samme dag som meldingen sendes.' };
  return { ok: true };
}
