import { z } from 'zod';
import { PLAN_KINDS, type PlanKind } from './plan-kinds';

export { PLAN_KINDS, type PlanKind };
import { parseIsoDate } from '../calendar/dates';

// The five written plans of a case, after the source templates:
//  - tiltaksplan (000 appendix «Mal tiltaksplan», 000 §6.2.2),
//  - samarbeidsavtale (001 «Samarbeidsavtale mellom foresatte og skole»; evaluation date from 004 §4.2),
//  - dagsplan (001 «Dagsplan»: tidspunkt, hvor, hva skjer, ansvar; checked against the seven H-s of 004 §4),
//  - gradvis tilbakeføring (001 Del 2 §3 «Gradvis tilbakeføring etter individuelt tilpasset plan – planen
//    må være konkret og målbar»; the steps ask 002's «Hvor? Når? Hva? Hvem?» and split the tasks between
//    pupil, guardians and school as in 002's trepartssamarbeid),
//  - opplæring ved langvarig sykdom (004 §5): not a plan of measures against school refusal but the
//    municipality's duty to teach a sick pupil elsewhere; its own record with its own requirements.
// Parsing checks the shape (types, dates, unknown fields) and lets texts be blank so a draft can be
// saved; `completenessProblems` lists what must be filled before the plan can be activated. Every problem
// names the field path and the field's label in Norwegian.

/** A problem with one field: `path` for the UI to point at, `message` in Norwegian with the field's label. */
export type Problem = { path: string; message: string };

export const PLAN_KIND_NAMES: Record<PlanKind, string> = {
  tiltaksplan: 'Tiltaksplan',
  samarbeidsavtale: 'Samarbeidsavtale',
  dagsplan: 'Dagsplan',
  'gradvis-tilbakeforing': 'Plan for gradvis tilbakeføring',
  'opplaering-ved-sykdom': 'Opplæring ved langvarig sykdom',
};

/**
 * Ways a measure reduces the duty to attend (000 §7: «fritak fra undervisning i form av at eleven kun skal
 * møte bestemte dager eller til bestemte tider»; 000 §5 nivå 3: «fritak fra aktiviteter og/eller deler av
 * undervisningen», «senere oppmøte på morgenen, kortere skoledag»).
 */
export const REDUCTION_KINDS = {
  'kortere-skoledag': 'Kortere skoledag',
  'senere-oppmote': 'Senere oppmøte på morgenen',
  'bestemte-dager': 'Møter bare bestemte dager',
  'fritak-fag': 'Fritak fra fag eller deler av undervisningen',
  'fritak-aktivitet': 'Fritak fra aktiviteter',
  'helt-fritak': 'Helt fritak fra opplæringsplikten',
} as const;
export type ReductionKind = keyof typeof REDUCTION_KINDS;
const REDUCTION_CODES = Object.keys(REDUCTION_KINDS) as [ReductionKind, ...ReductionKind[]];

const isoDate = z
  .string({ error: 'mangler' })
  .refine((s) => parseIsoDate(s) !== null, { error: (i) => `ugyldig dato «${String(i.input)}» (bruk ÅÅÅÅ-MM-DD)` });
const clock = z
  .string({ error: 'mangler' })
  .regex(/^([01]\d|2[0-4]):[0-5]\d$/, { error: (i) => `ugyldig klokkeslett «${String(i.input)}» (bruk TT:MM)` });
const text = z.string({ error: (i) => (i.input === undefined ? 'mangler' : 'må være en tekst') });
const optionalText = text.optional();
const id = z.string({ error: 'mangler' }).min(1, { error: 'kan ikke være tom' });
const texts = z.array(text, { error: 'må være en liste av tekster' });

// Objects refuse unknown fields (a typo must not pass silently) and say so in Norwegian.
function obj<T extends z.ZodRawShape>(shape: T) {
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `ukjent felt ${issue.keys.map((k) => `«${k}»`).join(', ')}`
        : issue.input === undefined
          ? 'mangler'
          : 'må være et objekt',
  });
}
const list = <T extends z.ZodType>(item: T) => z.array(item, { error: 'må være en liste' });

// --- The legal basis of a measure that reduces the duty to attend (000 §7, 000 §5 nivå 3) ---

/** Written consent from the guardians (000 §7: «foreldrene må gi skriftlig samtykke»). */
const guardianConsentSchema = obj({ signedOn: isoDate, signedBy: texts });

/** PPT's sakkyndig vurdering recommending the measure, with written guardian consent. */
const expertBasisSchema = obj({
  type: z.literal('sakkyndig-vurdering'),
  /** The case's assessment of kind «sakkyndig-vurdering». */
  assessmentId: id,
  /** Where the assessment recommends this measure (000 §7: «en sakkyndig vurdering fra PPT som anbefaler det»). */
  recommendation: text,
  guardianConsent: guardianConsentSchema.nullable(),
});

/** A temporary measure decided locally and documented (000 §7; 000 §5 nivå 3). */
const temporaryBasisSchema = obj({
  type: z.literal('midlertidig'),
  from: isoDate,
  /** «hvor lenge tiltaket skal vare». */
  until: isoDate,
  /** «når det skal evalueres». */
  evaluateOn: isoDate,
  /** «vurderingene som er gjort og hvilke ulike hensyn som er vektet mot hverandre». */
  considerations: text,
  /** 000 §5 nivå 3: «åpenbar effekt, er faglig forsvarlig og vurdert til å være barnets beste». */
  bestInterest: text,
  /** 000 §5 nivå 3: a temporary sakkyndig uttalelse standing in while PPT's processing is long. */
  sakkyndigUttalelseId: id.nullable().optional(),
});

const reductionSchema = obj({
  kind: z.enum(REDUCTION_CODES, {
    error: (i) => `ukjent type «${String(i.input)}» (gyldige: ${REDUCTION_CODES.join(', ')})`,
  }),
  /** What exactly: which hours, days, subjects or activities. */
  description: text,
  basis: z
    .discriminatedUnion('type', [expertBasisSchema, temporaryBasisSchema], {
      error: 'må være «sakkyndig-vurdering» eller «midlertidig»',
    })
    .nullable(),
});
export type AttendanceReduction = z.output<typeof reductionSchema>;
export type ExpertBasis = z.output<typeof expertBasisSchema>;
export type TemporaryBasis = z.output<typeof temporaryBasisSchema>;

/** The two situations 000 §6.3.3 names where home schooling «kan vurderes». */
export const HOME_SCHOOLING_GROUNDS = {
  'medisinske-tilleggsvansker': 'Tilleggsvansker av medisinsk art som hindrer eleven å dra hjemmefra',
  overgangsperiode: 'Overgangsperiode etter sammenhengende fravær over tid',
} as const;
const HOME_GROUNDS = Object.keys(HOME_SCHOOLING_GROUNDS) as [
  keyof typeof HOME_SCHOOLING_GROUNDS,
  ...(keyof typeof HOME_SCHOOLING_GROUNDS)[],
];

const homeSchoolingSchema = obj({
  grounds: z.enum(HOME_GROUNDS, { error: `må være en av ${HOME_GROUNDS.join(', ')}` }),
  /** Why, in this pupil's case. */
  explanation: text,
  /** The case's plan for gradual return to school that the home schooling is part of. */
  returnPlanId: id.nullable(),
});
export type HomeSchooling = z.output<typeof homeSchoolingSchema>;

// --- The plan in plain words for the pupil (issue 21 item 2, decision 185) ---

/**
 * What the pupil's own page shows of the plan: what the school does, what the pupil tries, and whom the
 * pupil can go to, written for the pupil. Optional on every kind: a plan without it shows the pupil that
 * the plan is made together with the contact teacher.
 */
const forPupilSchema = obj({ schoolDoes: optionalText, iTry: optionalText, whoToGoTo: optionalText });
export type ForPupil = z.output<typeof forPupilSchema>;
const forPupil = forPupilSchema.nullable().optional();
// --- A measure for the teaching staff (issue 21 item 4, decision 190) ---

/**
 * «Gjelder i undervisningen»: a measure every teacher of the pupil carries out in lessons (a quiet place to
 * change for gym, not asked to read aloud). Such a measure reaches the teachers' register as a short note,
 * without the case; `teacherNote` is that note's wording (blank: the measure's own words).
 */
const teachingFields = {
  forTeaching: z.boolean({ error: 'må være ja eller nei' }).optional(),
  teacherNote: z.string({ error: 'må være en tekst' }).max(200, { error: 'høyst 200 tegn' }).optional(),
};

// --- Tiltaksplan (000 appendix) ---

const measureSchema = obj({
  id,
  /** «Tiltak». */
  description: text,
  /** «Tiltak plan B»: 000 §6.2.2 «konkret hva som skal gjøres om tiltakene ikke virker». */
  planB: text,
  /** «Ansvar». */
  responsible: text,
  attendanceReduction: reductionSchema.nullable().optional(),
  homeSchooling: homeSchoolingSchema.nullable().optional(),
  ...teachingFields,
});
export type Measure = z.output<typeof measureSchema>;

const tiltaksplanSchema = obj({
  kind: z.literal('tiltaksplan'),
  forPupil,
  date: isoDate,
  longTermGoal: text,
  subGoals: texts,
  period: obj({ from: isoDate, to: isoDate }),
  statusAndEvaluation: text,
  timetableAndAttendance: text,
  measures: list(measureSchema),
  /** 000 §6.2.2: «Tiltaksplanen bør også si noe om hvordan triggere kan unngås og/eller håndteres». */
  triggers: optionalText,
  nextMeetingOn: isoDate.nullable(),
});
export type Tiltaksplan = z.output<typeof tiltaksplanSchema>;

// --- Samarbeidsavtale (001) ---

export const SIGNATORY_ROLES = {
  foresatt: 'Foresatt',
  skole: 'Skolen',
  elev: 'Eleven',
  annen: 'Annen instans',
} as const;
const SIGNATORY_CODES = Object.keys(SIGNATORY_ROLES) as [
  keyof typeof SIGNATORY_ROLES,
  ...(keyof typeof SIGNATORY_ROLES)[],
];

const agreementRowSchema = obj({
  id,
  subGoal: text,
  measure: text,
  responsible: text,
  deadline: isoDate.nullable(),
  /** Set when the row would reduce the duty to attend: an agreement cannot carry that (000 §7). */
  reducesAttendance: z
    .enum(REDUCTION_CODES, {
      error: (i) => `ukjent type «${String(i.input)}» (gyldige: ${REDUCTION_CODES.join(', ')})`,
    })
    .nullable()
    .optional(),
  ...teachingFields,
});

const samarbeidsavtaleSchema = obj({
  kind: z.literal('samarbeidsavtale'),
  forPupil,
  date: isoDate,
  /** «Status (beskrivelse av nåværende situasjon)». */
  status: text,
  mainGoal: text,
  rows: list(agreementRowSchema),
  planB: text,
  /** 004 §4.2: «samarbeidsavtale med evaluering innenfor gitte tidsrom». */
  evaluationOn: isoDate.nullable(),
  signatures: list(
    obj({
      name: text,
      role: z.enum(SIGNATORY_CODES, { error: `må være en av ${SIGNATORY_CODES.join(', ')}` }),
      signedOn: isoDate,
    }),
  ),
});
export type Samarbeidsavtale = z.output<typeof samarbeidsavtaleSchema>;

// --- Dagsplan (001), with the seven H-s (004 §4) as optional columns ---

const dayRowSchema = obj({
  id,
  /** «Tidspunkt». */
  from: clock,
  to: clock.nullable().optional(),
  /** «Hvor». */
  where: text,
  /** «Hva skjer». */
  what: text,
  /** «Ansvar»: the adult responsible for the slot. */
  responsible: text,
  why: optionalText,
  how: optionalText,
  withWhom: optionalText,
  /** Only needed on the last row: what happens after the plan ends. */
  afterwards: optionalText,
});
export type DayRow = z.output<typeof dayRowSchema>;

const dagsplanSchema = obj({
  kind: z.literal('dagsplan'),
  forPupil,
  date: isoDate,
  /** Which days the plan is for, in words («mandag–fredag», «tirsdag 4. november»). */
  appliesTo: text,
  rows: list(dayRowSchema),
});
export type Dagsplan = z.output<typeof dagsplanSchema>;

// --- Gradvis tilbakeføring (001 Del 2 §3; 002) ---

const returnStepSchema = obj({
  id,
  from: isoDate,
  to: isoDate,
  where: text,
  when: text,
  what: text,
  who: text,
  /** Whether the pupil in this step attends the whole school day, or only part of it. */
  attendance: z.enum(['hel', 'delvis'], { error: 'må være «hel» eller «delvis»' }),
  pupilTasks: texts,
  guardianTasks: texts,
  schoolTasks: texts,
  /** «konkret og målbar»: what has to hold before the next step. */
  moveOnWhen: text,
});
export type ReturnStep = z.output<typeof returnStepSchema>;

const returnPlanSchema = obj({
  kind: z.literal('gradvis-tilbakeforing'),
  forPupil,
  date: isoDate,
  goal: text,
  /** 001 Del 2 §3: «Enighet om arena for tilbakeføring». */
  arena: text,
  steps: list(returnStepSchema),
  evaluationOn: isoDate.nullable(),
  /** The legal basis for the steps with partial attendance. */
  attendanceReduction: reductionSchema.nullable().optional(),
});
export type ReturnPlan = z.output<typeof returnPlanSchema>;

// --- Opplæring ved langvarig sykdom (004 §5, 004 §4.3) ---

export const PRESENCE_LEVELS = {
  ingen: 'Kan ikke være på skolen',
  begrenset: 'Kan ha et begrenset tilbud på skolen',
  delvis: 'Kan være delvis på skolen',
  hel: 'Kan være på skolen som vanlig',
} as const;
const PRESENCE_CODES = Object.keys(PRESENCE_LEVELS) as [
  keyof typeof PRESENCE_LEVELS,
  ...(keyof typeof PRESENCE_LEVELS)[],
];
export const TEACHING_PLACES = {
  hjemme: 'I hjemmet',
  helseinstitusjon: 'På helseinstitusjon',
  annet: 'Annet sted',
} as const;
const PLACE_CODES = Object.keys(TEACHING_PLACES) as [keyof typeof TEACHING_PLACES, ...(keyof typeof TEACHING_PLACES)[]];

const illnessSchema = obj({
  kind: z.literal('opplaering-ved-sykdom'),
  forPupil,
  date: isoDate,
  /** The case's assessment of kind «legeerklaering». */
  doctorStatementId: id.nullable(),
  /** 004 §4.3: «Legeerklæring redegjør for hva slags type tilstedeværelse eleven kan ha på skolen». */
  presenceAtSchool: z.enum(PRESENCE_CODES, { error: `må være en av ${PRESENCE_CODES.join(', ')}` }),
  /** 004 §5: «Momenter i denne vurderingen er elevens tilstand og forventet fravær». */
  condition: text,
  expectedAbsence: obj({ from: isoDate, until: isoDate.nullable(), description: text }),
  /** «om elevens sykdom medfører et fravær som gjør at eleven ikke får oppfylt sin rett til opplæring». */
  assessment: text,
  place: z.enum(PLACE_CODES, { error: `må være en av ${PLACE_CODES.join(', ')}` }),
  placeDescription: optionalText,
  /** What teaching the pupil gets: subjects, hours a week, who teaches. */
  teaching: text,
  /** The part of the offer at school, when the doctor says the pupil can attend partly. */
  schoolOffer: optionalText,
  /** 004 §5: «personale fra skolen som følger opp elevens skoletilbud». */
  followedUpBy: optionalText,
  evaluationOn: isoDate.nullable(),
});
export type IllnessTeaching = z.output<typeof illnessSchema>;

export const planSchema = z.discriminatedUnion(
  'kind',
  [tiltaksplanSchema, samarbeidsavtaleSchema, dagsplanSchema, returnPlanSchema, illnessSchema],
  {
    error: `ukjent plantype (gyldige: ${PLAN_KINDS.join(', ')})`,
  },
);
export type Plan = z.output<typeof planSchema>;

// --- Labels for field paths ---

const LABELS: Record<string, string> = {
  kind: 'Plantype',
  date: 'Dato',
  longTermGoal: 'Langsiktig mål',
  subGoals: 'Delmål',
  period: 'Periode',
  from: 'Fra',
  to: 'Til',
  statusAndEvaluation: 'Ståsted og evaluering av tidligere tiltak',
  timetableAndAttendance: 'Timeplan og tilstedeværelse',
  measures: 'Tiltak',
  description: 'Beskrivelse',
  planB: 'Plan B',
  responsible: 'Ansvar',
  triggers: 'Triggere',
  nextMeetingOn: 'Neste møte, dato',
  attendanceReduction: 'Redusert oppmøteplikt',
  homeSchooling: 'Hjemmeundervisning',
  basis: 'Grunnlag',
  assessmentId: 'Sakkyndig vurdering',
  recommendation: 'Anbefaling i den sakkyndige vurderingen',
  guardianConsent: 'Skriftlig samtykke fra foresatte',
  signedOn: 'Dato',
  signedBy: 'Signert av',
  until: 'Varer til',
  evaluateOn: 'Evalueres',
  considerations: 'Vurderinger og hensyn',
  bestInterest: 'Barnets beste',
  sakkyndigUttalelseId: 'Sakkyndig uttalelse',
  grounds: 'Grunn',
  explanation: 'Begrunnelse',
  returnPlanId: 'Plan for tilbakeføring',
  status: 'Status (beskrivelse av nåværende situasjon)',
  mainGoal: 'Hovedmål',
  rows: 'Rader',
  subGoal: 'Delmål',
  measure: 'Tiltak',
  deadline: 'Frist',
  reducesAttendance: 'Redusert oppmøteplikt',
  evaluationOn: 'Evalueringsdato',
  signatures: 'Underskrifter',
  name: 'Navn',
  role: 'Rolle',
  appliesTo: 'Gjelder',
  where: 'Hvor',
  what: 'Hva skjer',
  why: 'Hvorfor',
  how: 'Hvordan',
  withWhom: 'Sammen med',
  afterwards: 'Etterpå',
  goal: 'Mål',
  arena: 'Arena for tilbakeføring',
  steps: 'Steg',
  when: 'Når',
  who: 'Hvem',
  attendance: 'Oppmøte',
  pupilTasks: 'Eleven skal',
  guardianTasks: 'Foresatte skal',
  schoolTasks: 'Skolen skal',
  moveOnWhen: 'Neste steg når',
  doctorStatementId: 'Legeerklæring',
  presenceAtSchool: 'Tilstedeværelse på skolen etter legeerklæringen',
  condition: 'Elevens tilstand',
  expectedAbsence: 'Forventet fravær',
  assessment: 'Vurdering',
  place: 'Sted for opplæringen',
  placeDescription: 'Beskrivelse av stedet',
  teaching: 'Opplæringen',
  schoolOffer: 'Tilbudet på skolen',
  followedUpBy: 'Fulgt opp av',
  id: 'Id',
  type: 'Type',
  forPupil: 'For eleven, i enkle ord',
  schoolDoes: 'Dette gjør skolen',
  iTry: 'Dette prøver jeg',
  whoToGoTo: 'Hit kan jeg gå',
  forTeaching: 'Gjelder i undervisningen',
  teacherNote: 'Tekst til lærerne',
};
// How one item of a list is named: «Tiltak 2», «Rad 3», «Steg 1».
const ITEMS: Record<string, string> = {
  measures: 'Tiltak',
  subGoals: 'Delmål',
  rows: 'Rad',
  steps: 'Steg',
  signatures: 'Underskrift',
  signedBy: 'Navn',
  pupilTasks: 'Oppgave',
  guardianTasks: 'Oppgave',
  schoolTasks: 'Oppgave',
};

/** `measures[1].planB` for a path. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, part) =>
      typeof part === 'number' ? `${out}[${part}]` : out === '' ? String(part) : `${out}.${String(part)}`,
    '',
  );
}

/** «Tiltak 2 › Plan B» for a path. */
export function labelOf(path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  path.forEach((part, i) => {
    if (typeof part === 'number') {
      const owner = String(path[i - 1] ?? '');
      const item = `${ITEMS[owner] ?? 'Element'} ${part + 1}`;
      if (parts.length > 0 && ITEMS[owner] !== undefined) parts[parts.length - 1] = item;
      else parts.push(item);
    } else parts.push(part === 'kind' && i > 0 ? 'Type' : (LABELS[String(part)] ?? String(part)));
  });
  return parts.join(' › ');
}

/** A problem at a path, its message prefixed by the field's label. */
export function problem(path: readonly PropertyKey[], message: string): Problem {
  return { path: formatPath(path), message: path.length === 0 ? message : `${labelOf(path)}: ${message}` };
}

/** Checks the shape of a plan (types, dates, unknown fields); texts may still be blank in a draft. */
export function parsePlan(data: unknown): { ok: true; plan: Plan } | { ok: false; problems: Problem[] } {
  const result = planSchema.safeParse(data);
  if (!result.success) return { ok: false, problems: result.error.issues.map((i) => problem(i.path, i.message)) };
  const problems = duplicateIds(result.data);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, plan: result.data };
}

function duplicateIds(plan: Plan): Problem[] {
  const lists: [string, readonly { id: string }[]][] =
    plan.kind === 'tiltaksplan'
      ? [['measures', plan.measures]]
      : plan.kind === 'samarbeidsavtale'
        ? [['rows', plan.rows]]
        : plan.kind === 'dagsplan'
          ? [['rows', plan.rows]]
          : plan.kind === 'gradvis-tilbakeforing'
            ? [['steps', plan.steps]]
            : [];
  const problems: Problem[] = [];
  for (const [key, items] of lists) {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.id)) problems.push(problem([key, i, 'id'], `«${item.id}» er brukt mer enn én gang`));
      seen.add(item.id);
    });
  }
  return problems;
}
