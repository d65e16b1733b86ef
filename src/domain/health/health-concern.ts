// An «undring» from the health service to the school (issue 21 item 6, decision 196): the helsesykepleier
// tells the contact teacher and the leadership that she wonders about a pupil. She may tell the school only
// with a basis: the guardians' consent, or the pupil's own when the pupil is 16 or older on the day the
// consent was given (pasient- og brukerrettighetsloven § 4-3 første ledd b: from 16 a young person consents
// to health help, and so decides what the health service tells others). Not an absence concern («bekymring»,
// the alerts of the rule engine): a different thing with a different name. Pure: dates are arguments.
import { parseIsoDate } from '../calendar/dates';

/** Whose consent lets the health service tell the school. */
export const HEALTH_CONCERN_BASES = ['guardians', 'pupil'] as const;
export type HealthConcernBasis = (typeof HEALTH_CONCERN_BASES)[number];

/** Where the school is with an undring: raised, received (seen and taken up), followed up (done). */
export const HEALTH_CONCERN_STATES = ['raised', 'received', 'followed-up'] as const;
export type HealthConcernState = (typeof HEALTH_CONCERN_STATES)[number];

/** The age from which the pupil's own consent is a basis (pbrl. § 4-3 første ledd b). */
export const OWN_CONSENT_AGE = 16;

/** Whole years of age on `on` (both YYYY-MM-DD); born 29 February, the birthday is 1 March in other years. */
export function ageOn(birthDate: string, on: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

export type HealthConcernBasisInput = {
  basis?: HealthConcernBasis | null | undefined;
  consentOn?: string | null | undefined;
  consentBy?: string | null | undefined;
};

/** A refusal names the field and says what to do, in Norwegian. */
export type BasisProblem = { field: 'basis' | 'consentOn' | 'consentBy'; message: string };

/**
 * Whether the undring has a basis the law accepts, given the pupil's birth date and today: the guardians'
 * consent (when, and who gave it) or the pupil's own from 16. A consent in the future is none.
 */
export function checkBasis(input: HealthConcernBasisInput, birthDate: string, today: string): BasisProblem | null {
  if (!input.basis)
    return {
      field: 'basis',
      message:
        'Velg grunnlaget for å melde undringen til skolen: samtykke fra foresatte, eller elevens eget samtykke når eleven er 16 år eller eldre. Uten samtykke kan helsetjenesten ikke dele dette med skolen.',
    };
  if (!input.consentOn || !parseIsoDate(input.consentOn))
    return { field: 'consentOn', message: 'Skriv datoen samtykket ble gitt (DD.MM.ÅÅÅÅ).' };
  if (input.consentOn > today) return { field: 'consentOn', message: 'Samtykkedatoen kan ikke være etter i dag.' };
  if (input.basis === 'guardians' && !input.consentBy?.trim())
    return { field: 'consentBy', message: 'Skriv navnet på den av foresatte som samtykket.' };
  if (input.basis === 'pupil' && ageOn(birthDate, input.consentOn) < OWN_CONSENT_AGE)
    return {
      field: 'basis',
      message: `Eleven var under ${OWN_CONSENT_AGE} år da samtykket ble gitt, og kan ikke selv samtykke til at helsetjenesten deler dette med skolen. Innhent samtykke fra foresatte.`,
    };
  return null;
}
