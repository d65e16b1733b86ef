// Consent for interdisciplinary cooperation, after the form in 001 ("Tverrfaglig samtykkeerklæring"):
// the services ticked from its list, who consented (the guardians, and the pupil from 15), what is held
// back, and the lifecycle — valid from the day it is given until the case is closed or the consent is
// withdrawn ("frem til saken avsluttes, eller til samtykke trekkes tilbake"). A refusal is recorded too
// ("Jeg/vi samtykker ikke til utveksling av opplysninger") and covers nothing.

/** The form's list of services, in its order, with the codes stored. */
export const CONSENT_SERVICES = [
  { code: 'barnehage', label: 'Barnehage' },
  { code: 'skole-sfo', label: 'Skole/SFO' },
  { code: 'rmu', label: 'RMU' },
  { code: 'tjenestekontor', label: 'Tjenestekontor' },
  { code: 'helsestasjon', label: 'Forebyggende helsetjenester (helsestasjon)' },
  { code: 'fysio-ergo', label: 'Fysio-/ergoterapitjenesten' },
  { code: 'fastlege', label: 'Fastlege' },
  { code: 'ppt', label: 'PPT' },
  { code: 'barneverntjeneste', label: 'Barneverntjeneste' },
  { code: 'kommunepsykolog', label: 'Psykolog' },
  { code: 'nav', label: 'Sosialtjeneste/NAV' },
  { code: 'fritid', label: 'Kommunale fritidstilbud barn/unge' },
  { code: 'psykisk-helse-rus', label: 'Psykisk helse og rus' },
  { code: 'koordinerende-enhet', label: 'KE (koordinerende enhet)' },
  { code: 'familiens-hus', label: 'Fagteam i Familiens hus' },
  // The form's "Spesialhelsetjeneste (spesifisert)": BUP is the specialist service Nærvær gives access,
  // so it is its own tick; any other specialist service is named in the text field.
  { code: 'bup', label: 'Spesialisthelsetjeneste: BUP' },
  { code: 'spesialisthelsetjeneste', label: 'Spesialisthelsetjeneste, annen (spesifiser)' },
  { code: 'fint', label: 'FINT (flyktning- og innvandrertjenesten)' },
  { code: 'andre', label: 'Andre (spesifiser)' },
] as const;

export type ConsentService = (typeof CONSENT_SERVICES)[number]['code'];
export const CONSENT_SERVICE_CODES = CONSENT_SERVICES.map((s) => s.code) as [ConsentService, ...ConsentService[]];
export const CONSENT_SERVICE_LABEL = Object.fromEntries(CONSENT_SERVICES.map((s) => [s.code, s.label])) as Record<
  ConsentService,
  string
>;

/** The age from which the pupil consents too (the form: "Barnets signatur (for de over 15 år)"). */
export const OWN_CONSENT_AGE = 15;

export type ConsentDecision = 'granted' | 'refused';
export type ConsentState = 'gyldig' | 'avslått' | 'trukket' | 'utløpt';

export const CONSENT_STATE_LABEL: Record<ConsentState, string> = {
  gyldig: 'Gyldig',
  avslått: 'Ikke samtykke',
  trukket: 'Trukket tilbake',
  utløpt: 'Utløpt (saken er avsluttet)',
};

/** The parts of a stored consent the lifecycle depends on. */
export type ConsentFacts = {
  decision: ConsentDecision;
  services: readonly string[];
  excludedServices: readonly string[];
  excludedUserIds: readonly string[];
  consentDate: string;
  withdrawnOn: string | null;
  expiredOn: string | null;
};

/** Whole years from birth date to date (both YYYY-MM-DD), as a birthday counts them. */
export function ageOn(birthDate: string, date: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

export function pupilConsentsToo(birthDate: string, consentDate: string): boolean {
  return ageOn(birthDate, consentDate) >= OWN_CONSENT_AGE;
}

/** The state of a consent as of a date: a withdrawal or the case's closing ends it that same day. */
export function consentState(c: ConsentFacts, on: string): ConsentState | 'ikke-gitt-ennå' {
  if (c.decision === 'refused') return 'avslått';
  if (c.consentDate > on) return 'ikke-gitt-ennå';
  if (c.withdrawnOn !== null && c.withdrawnOn <= on) return 'trukket';
  if (c.expiredOn !== null && c.expiredOn <= on) return 'utløpt';
  return 'gyldig';
}

/** Whether the consent lets this person of this service see the case on the date. */
export function consentCovers(c: ConsentFacts, service: string, userId: string, on: string): boolean {
  return (
    consentState(c, on) === 'gyldig' &&
    c.services.includes(service) &&
    !c.excludedServices.includes(service) &&
    !c.excludedUserIds.includes(userId)
  );
}

export type ConsentInput = {
  decision: ConsentDecision;
  services: string[];
  specialistServices: string | null;
  otherServices: string | null;
  guardianIds: string[];
  pupilConsented: boolean;
  informationGiven: string;
  scope: string;
  heldBackMatters: string | null;
  excludedServices: string[];
  excludedPersons: string | null;
  stafettlogg: boolean;
  consentDate: string;
  collectedAtService: string;
};

export type ConsentProblem = { field: string; message: string };

/**
 * What is wrong with a consent before it is stored, in Norwegian, field by field. `guardians` are the
 * pupil's registered guardians; `today` is the day it is recorded (a consent is not dated ahead).
 */
export function validateConsent(
  input: ConsentInput,
  pupil: { birthDate: string; guardianIds: readonly string[] },
  today: string,
): ConsentProblem[] {
  const problems: ConsentProblem[] = [];
  const known = new Set<string>(CONSENT_SERVICE_CODES);
  for (const s of [...input.services, ...input.excludedServices]) {
    if (!known.has(s)) problems.push({ field: 'services', message: `Ukjent tjeneste «${s}».` });
  }
  if (input.decision === 'granted' && input.services.length === 0)
    problems.push({ field: 'services', message: 'Kryss av minst én tjeneste det samtykkes til.' });
  if (input.services.includes('spesialisthelsetjeneste') && !input.specialistServices?.trim())
    problems.push({ field: 'specialistServices', message: 'Spesifiser hvilken spesialisthelsetjeneste.' });
  if (input.services.includes('andre') && !input.otherServices?.trim())
    problems.push({ field: 'otherServices', message: 'Skriv hvilke andre tjenester.' });
  if (input.guardianIds.length === 0)
    problems.push({ field: 'guardianIds', message: 'Velg minst én foresatt som har tatt stilling.' });
  for (const g of input.guardianIds) {
    if (!pupil.guardianIds.includes(g))
      problems.push({ field: 'guardianIds', message: 'En valgt foresatt er ikke registrert som foresatt for eleven.' });
  }
  const ownConsent = pupilConsentsToo(pupil.birthDate, input.consentDate);
  if (ownConsent && input.decision === 'granted' && !input.pupilConsented) {
    problems.push({
      field: 'pupilConsented',
      message: `Eleven er ${OWN_CONSENT_AGE} år eller eldre og må selv samtykke.`,
    });
  }
  if (!ownConsent && input.pupilConsented)
    problems.push({
      field: 'pupilConsented',
      message: `Eleven er under ${OWN_CONSENT_AGE} år; samtykket gis av de foresatte.`,
    });
  if (!input.informationGiven.trim())
    problems.push({ field: 'informationGiven', message: 'Skriv hvilken informasjon familien har fått om tjenestene.' });
  if (!input.scope.trim()) problems.push({ field: 'scope', message: 'Skriv hva samtykket gjelder (omfang).' });
  if (!input.collectedAtService.trim())
    problems.push({ field: 'collectedAtService', message: 'Skriv tjenestestedet der samtykket ble innhentet.' });
  if (input.consentDate > today) problems.push({ field: 'consentDate', message: 'Datoen kan ikke være fram i tid.' });
  return problems;
}

/** Withdraws a consent from a date: refused only when there is nothing left to withdraw. */
export function withdrawConsent<C extends ConsentFacts>(c: C, on: string): C {
  const state = consentState(c, on);
  if (state === 'avslått')
    throw new Error('Et nei til samtykke kan ikke trekkes tilbake; registrer et nytt samtykke i stedet.');
  if (state === 'trukket') throw new Error('Samtykket er allerede trukket tilbake.');
  if (state === 'utløpt') throw new Error('Samtykket gjaldt til saken ble avsluttet og er allerede utløpt.');
  return { ...c, withdrawnOn: on };
}

/** The case closed on this date: every consent still running ends with it. */
export function expireWithCase<C extends ConsentFacts>(c: C, closedOn: string): C {
  return c.decision === 'granted' && c.withdrawnOn === null && c.expiredOn === null ? { ...c, expiredOn: closedOn } : c;
}
