import { norwegianDate, result, type CaseAssessment, type CaseFacts, type Notice, type RuleResult } from './case-facts';
import {
  formatPath,
  labelOf,
  PLAN_KIND_NAMES,
  REDUCTION_KINDS,
  type AttendanceReduction,
  type HomeSchooling,
  type IllnessTeaching,
  type Plan,
  type ReturnPlan,
  type Samarbeidsavtale,
  type Tiltaksplan,
} from './plan-schema';

// The legal guardrails on plans (000 §7, 000 §5 nivå 3, 000 §6.3.3, 004 §5, 004 §4.3) as rules of plain
// data: each returns the Norwegian reasons a plan is refused and the warnings it carries. Every rule here
// has its own test in legal-guardrails.test.ts.

type Path = (string | number)[];
type Found = { reasons: Notice[]; warnings: Notice[] };
const blank = (value: unknown): boolean => typeof value !== 'string' || value.trim() === '';

function at(path: Path, message: string): string {
  return path.length === 0 ? message : `${labelOf(path)}: ${message}`;
}
function refuse(found: Found, code: string, source: string, path: Path, message: string): void {
  found.reasons.push({ code, source, path: formatPath(path), message: at(path, message) });
}
function warn(found: Found, code: string, source: string, path: Path, message: string): void {
  found.warnings.push({ code, source, path: formatPath(path), message: at(path, message) });
}

/** 000 §6.3.3, quoted: shown with every home-schooling measure. */
export const HOME_SCHOOLING_WARNING =
  'Hjemmeundervisning er i de aller fleste tilfeller av skolevegring ikke anbefalt, da det bidrar til å opprettholde vegringen. ' +
  'Hjemmeundervisning kan vurderes dersom eleven har tilleggsvansker av medisinsk art, som hindrer eleven å dra hjemmefra. ' +
  'Det kan også være aktuelt i en overgangsperiode dersom eleven har hatt sammenhengende fravær over tid. ' +
  'I slike tilfeller er det avgjørende at hjemmeundervisning inngår i en plan for tilbakeføring til skolen.';

/** 000 §7, quoted: why an agreement cannot carry an exemption. */
export const AGREEMENT_LIMIT =
  'Tiltak som eksempelvis gir eleven/barnet fritak fra undervisning i form av at eleven kun skal møte bestemte dager eller til bestemte tider kan ikke hjemles i en samarbeidsavtale.';

/** 000 §7, quoted: full exemption is for exceptional cases only. */
export const FULL_EXEMPTION_WARNING =
  'Det er bare i helt spesielle unntakstilfeller at hensynet til eleven kan medføre fritak, først og fremst i tilfeller der det vil være urimelig overfor eleven å gjennomføre opplæringsplikten.';

// Words that suggest a measure reduces the duty to attend though it is not marked as doing so.
const REDUCING_WORDS =
  /\b(fritak|fritas|fritatt|slipper|kortere skoledag|redusert (skole)?dag|kortere dag|senere oppmøte|(kun|bare) møte|møter? (kun|bare)|hjemmeundervisning)/i;

/** Whether a measure's text reads like a reduction of the duty to attend (a hint, never a refusal). */
export function looksLikeReduction(text: string): boolean {
  return REDUCING_WORDS.test(text);
}

const assessment = (facts: CaseFacts, id: string | null | undefined): CaseAssessment | undefined =>
  id ? facts.assessments.find((a) => a.id === id) : undefined;
const pptProcessing = (facts: CaseFacts): boolean =>
  (facts.referrals ?? []).some((r) => r.service === 'ppt' && r.status !== 'avsluttet' && r.status !== 'avvist');

/**
 * 000 §7 and 000 §5 nivå 3: a measure that reduces the duty to attend needs either PPT's sakkyndig
 * vurdering recommending it and written guardian consent, or a documented temporary decision (how long,
 * when evaluated, the considerations weighed, why it is the child's best interest). An exemption from
 * subjects or activities may be temporary only on a sakkyndig uttalelse; a full exemption never.
 */
export function checkAttendanceReduction(
  reduction: AttendanceReduction,
  path: Path,
  facts: CaseFacts,
  found: Found = { reasons: [], warnings: [] },
): Found {
  const kindName = REDUCTION_KINDS[reduction.kind].toLowerCase();
  const basis = reduction.basis;
  if (basis === null) {
    refuse(
      found,
      'reduction-without-basis',
      '000 §7',
      [...path, 'basis'],
      `tiltaket (${kindName}) reduserer elevens plikt til å være på skolen. Det krever en sakkyndig vurdering fra PPT som anbefaler det og skriftlig samtykke fra foresatte, eller at det dokumenteres som et midlertidig tiltak med varighet, evalueringsdato og vurderingene som er gjort.`,
    );
    return found;
  }
  if (basis.type === 'sakkyndig-vurdering') {
    const bp = [...path, 'basis'];
    const a = assessment(facts, basis.assessmentId);
    if (!a || a.kind !== 'sakkyndig-vurdering')
      refuse(
        found,
        'expert-assessment-missing',
        '000 §7',
        [...bp, 'assessmentId'],
        'saken har ingen sakkyndig vurdering fra PPT med denne id-en. Registrer den sakkyndige vurderingen i saken først.',
      );
    else if (a.issuedOn > facts.asOf)
      refuse(
        found,
        'expert-assessment-later',
        '000 §7',
        [...bp, 'assessmentId'],
        `den sakkyndige vurderingen er datert ${norwegianDate(a.issuedOn)}, etter ${norwegianDate(facts.asOf)}.`,
      );
    if (blank(basis.recommendation))
      refuse(
        found,
        'expert-recommendation-missing',
        '000 §7',
        [...bp, 'recommendation'],
        'vis hvor den sakkyndige vurderingen anbefaler tiltaket.',
      );
    const consent = basis.guardianConsent;
    if (consent === null)
      refuse(
        found,
        'guardian-consent-missing',
        '000 §7',
        [...bp, 'guardianConsent'],
        'foresatte må gi skriftlig samtykke til tiltaket.',
      );
    else {
      if (consent.signedBy.every(blank))
        refuse(
          found,
          'guardian-consent-unsigned',
          '000 §7',
          [...bp, 'guardianConsent', 'signedBy'],
          'skriv hvem av foresatte som har signert samtykket.',
        );
      if (consent.signedOn > facts.asOf)
        refuse(
          found,
          'guardian-consent-later',
          '000 §7',
          [...bp, 'guardianConsent', 'signedOn'],
          `samtykket er datert ${norwegianDate(consent.signedOn)}, etter ${norwegianDate(facts.asOf)}.`,
        );
    }
    if (reduction.kind === 'helt-fritak')
      warn(found, 'full-exemption-exceptional', '000 §7', [...path, 'kind'], FULL_EXEMPTION_WARNING);
    return found;
  }

  // A temporary measure, decided locally.
  const bp = [...path, 'basis'];
  if (reduction.kind === 'helt-fritak') {
    refuse(
      found,
      'full-exemption-not-temporary',
      '000 §7',
      [...path, 'kind'],
      'helt fritak fra opplæringsplikten kan ikke innføres som et midlertidig tiltak. Det krever en sakkyndig vurdering fra PPT som anbefaler det og skriftlig samtykke fra foresatte.',
    );
    return found;
  }
  if (basis.until < basis.from)
    refuse(
      found,
      'temporary-until-before-from',
      '000 §7',
      [...bp, 'until'],
      'sluttdatoen kan ikke være før startdatoen.',
    );
  else if (basis.until < facts.asOf)
    refuse(
      found,
      'temporary-expired',
      '000 §7',
      [...bp, 'until'],
      `det midlertidige tiltaket varte til ${norwegianDate(basis.until)}. Evaluer det og vedta en ny periode, eller avslutt tiltaket.`,
    );
  if (basis.evaluateOn < basis.from || basis.evaluateOn > basis.until)
    refuse(
      found,
      'temporary-evaluation-outside',
      '000 §7',
      [...bp, 'evaluateOn'],
      `evalueringen må skje mens tiltaket varer (${norwegianDate(basis.from)}–${norwegianDate(basis.until)}).`,
    );
  if (blank(basis.considerations))
    refuse(
      found,
      'temporary-considerations-missing',
      '000 §7',
      [...bp, 'considerations'],
      'dokumenter vurderingene som er gjort og hvilke ulike hensyn som er vektet mot hverandre.',
    );
  if (blank(basis.bestInterest))
    refuse(
      found,
      'temporary-best-interest-missing',
      '000 §5 nivå 3',
      [...bp, 'bestInterest'],
      'skriv hvorfor tiltaket er faglig forsvarlig, ser ut til å ha effekt og er vurdert til å være barnets beste.',
    );

  if (reduction.kind === 'fritak-fag' || reduction.kind === 'fritak-aktivitet') {
    // 000 §5 nivå 3: «Dersom lang saksbehandlingstid v/PPT kan en sakkyndig uttalelse erstatte sakkyndig vurdering midlertidig.»
    const u = assessment(facts, basis.sakkyndigUttalelseId);
    if (!u || u.kind !== 'sakkyndig-uttalelse')
      refuse(
        found,
        'exemption-needs-statement',
        '000 §5 nivå 3',
        [...bp, 'sakkyndigUttalelseId'],
        'fritak fra fag, aktiviteter eller deler av undervisningen krever at en sakkyndig vurdering fra PPT anbefaler det. I påvente av den kan en sakkyndig uttalelse fra PPT erstatte vurderingen midlertidig – registrer uttalelsen i saken og knytt den til tiltaket.',
      );
    else if (u.issuedOn > facts.asOf)
      refuse(
        found,
        'statement-later',
        '000 §5 nivå 3',
        [...bp, 'sakkyndigUttalelseId'],
        `den sakkyndige uttalelsen er datert ${norwegianDate(u.issuedOn)}, etter ${norwegianDate(facts.asOf)}.`,
      );
    else if (u.validUntil !== null && u.validUntil < basis.until)
      refuse(
        found,
        'statement-expires-first',
        '000 §5 nivå 3',
        [...bp, 'until'],
        `den sakkyndige uttalelsen gjelder bare til ${norwegianDate(u.validUntil)}, men tiltaket varer til ${norwegianDate(basis.until)}.`,
      );
  }
  // 000 §7: «Slike tiltak skal være midlertidig og kun anvendes i helt spesielle tilfeller i påvente av endt saksbehandling hos PPT.»
  const done = facts.assessments.find((a) => a.kind === 'sakkyndig-vurdering' && a.issuedOn <= facts.asOf);
  if (done)
    warn(
      found,
      'temporary-after-expert-assessment',
      '000 §7',
      bp,
      `PPT har levert sakkyndig vurdering (${norwegianDate(done.issuedOn)}). Midlertidige tiltak er for tiden i påvente av PPT; bygg tiltaket på den sakkyndige vurderingen og skriftlig samtykke fra foresatte.`,
    );
  else if (!pptProcessing(facts))
    warn(
      found,
      'temporary-without-ppt-referral',
      '000 §7',
      bp,
      'Midlertidige tiltak skal bare brukes i helt spesielle tilfeller i påvente av endt saksbehandling hos PPT, og eleven er ikke henvist til PPT. Vurder henvisning.',
    );
  return found;
}

/** 000 §6.3.3: home schooling carries the guideline's warning and must be part of a plan for return to school. */
export function checkHomeSchooling(
  home: HomeSchooling,
  path: Path,
  facts: CaseFacts,
  found: Found = { reasons: [], warnings: [] },
): Found {
  warn(found, 'home-schooling-not-recommended', '000 §6.3.3', path, HOME_SCHOOLING_WARNING);
  const returnPlan = home.returnPlanId ? (facts.plans ?? []).find((p) => p.id === home.returnPlanId) : undefined;
  if (!home.returnPlanId)
    refuse(
      found,
      'home-schooling-without-return-plan',
      '000 §6.3.3',
      [...path, 'returnPlanId'],
      'hjemmeundervisning må inngå i en plan for tilbakeføring til skolen. Lag planen for gradvis tilbakeføring og knytt tiltaket til den.',
    );
  else if (!returnPlan || returnPlan.kind !== 'gradvis-tilbakeforing')
    refuse(
      found,
      'home-schooling-return-plan-unknown',
      '000 §6.3.3',
      [...path, 'returnPlanId'],
      'saken har ingen plan for gradvis tilbakeføring med denne id-en.',
    );
  if (blank(home.explanation))
    refuse(
      found,
      'home-schooling-unexplained',
      '000 §6.3.3',
      [...path, 'explanation'],
      'skriv hvorfor hjemmeundervisning vurderes i denne saken.',
    );
  if (home.grounds === 'medisinske-tilleggsvansker')
    warn(
      found,
      'home-schooling-or-illness',
      '004 §5',
      [...path, 'grounds'],
      `Har lege vurdert at eleven ikke kan være på skolen på grunn av langvarig sykdom, har kommunen plikt til å gi opplæring et annet sted. Registrer da «${PLAN_KIND_NAMES['opplaering-ved-sykdom']}» i stedet.`,
    );
  return found;
}

function tiltaksplan(plan: Tiltaksplan, facts: CaseFacts, found: Found): void {
  plan.measures.forEach((m, i) => {
    const path = ['measures', i];
    if (m.attendanceReduction)
      checkAttendanceReduction(m.attendanceReduction, [...path, 'attendanceReduction'], facts, found);
    if (m.homeSchooling) checkHomeSchooling(m.homeSchooling, [...path, 'homeSchooling'], facts, found);
    if (!m.attendanceReduction && !m.homeSchooling && looksLikeReduction(`${m.description} ${m.planB}`)) {
      warn(
        found,
        'unmarked-reduction',
        '000 §7',
        path,
        'teksten ser ut til å beskrive fritak, kortere dager eller hjemmeundervisning. Merk tiltaket slik at grunnlaget kan kontrolleres.',
      );
    }
  });
}

/** 000 §7: an agreement cannot exempt the pupil from teaching; rows that would are refused. */
function samarbeidsavtale(plan: Samarbeidsavtale, found: Found): void {
  plan.rows.forEach((r, i) => {
    if (r.reducesAttendance) {
      refuse(
        found,
        'agreement-cannot-exempt',
        '000 §7',
        ['rows', i, 'reducesAttendance'],
        `${AGREEMENT_LIMIT} Før tiltaket (${REDUCTION_KINDS[r.reducesAttendance].toLowerCase()}) inn i tiltaksplanen med sakkyndig vurdering og skriftlig samtykke, eller som et dokumentert midlertidig tiltak.`,
      );
    } else if (looksLikeReduction(`${r.measure} ${r.subGoal}`)) {
      warn(
        found,
        'unmarked-reduction',
        '000 §7',
        ['rows', i],
        `teksten ser ut til å beskrive fritak eller redusert oppmøte. ${AGREEMENT_LIMIT}`,
      );
    }
  });
  if (looksLikeReduction(plan.planB))
    warn(
      found,
      'unmarked-reduction',
      '000 §7',
      ['planB'],
      `teksten ser ut til å beskrive fritak eller redusert oppmøte. ${AGREEMENT_LIMIT}`,
    );
}

/** Steps with partial attendance reduce the duty to attend for their duration: they need a basis (000 §7, §5 nivå 3). */
function returnPlan(plan: ReturnPlan, facts: CaseFacts, found: Found): void {
  const partial = plan.steps.map((s, i) => ({ s, i })).filter(({ s }) => s.attendance === 'delvis');
  if (partial.length > 0) {
    const reduction = plan.attendanceReduction;
    if (!reduction) {
      refuse(
        found,
        'partial-steps-without-basis',
        '000 §7',
        ['attendanceReduction'],
        `steg ${partial.map(({ i }) => i + 1).join(', ')} har delvis oppmøte og reduserer dermed elevens plikt til å være på skolen. Det krever en sakkyndig vurdering fra PPT og skriftlig samtykke fra foresatte, eller et dokumentert midlertidig tiltak (000 §5 nivå 3: for eksempel senere oppmøte eller kortere skoledag over en kortere periode).`,
      );
    } else {
      checkAttendanceReduction(reduction, ['attendanceReduction'], facts, found);
      const basis = reduction.basis;
      if (basis?.type === 'midlertidig') {
        for (const { s, i } of partial) {
          if (s.to > basis.until || s.from < basis.from)
            refuse(
              found,
              'step-outside-temporary',
              '000 §7',
              ['steps', i, 'to'],
              `steget (${norwegianDate(s.from)}–${norwegianDate(s.to)}) går utenfor perioden det midlertidige tiltaket gjelder (${norwegianDate(basis.from)}–${norwegianDate(basis.until)}).`,
            );
        }
      }
    }
  }
  const last = plan.steps.at(-1);
  if (last && last.attendance !== 'hel')
    warn(
      found,
      'return-not-to-full-days',
      '001 Del 2 §3',
      ['steps', plan.steps.length - 1, 'attendance'],
      'siste steg gir ikke full skoledag. Planen er en plan for tilbakeføring: vis veien til hele dager.',
    );
  plan.steps.forEach((s, i) => {
    if (s.pupilTasks.length === 0 || s.guardianTasks.length === 0)
      warn(
        found,
        'step-not-three-party',
        '002 trepartssamarbeid',
        ['steps', i],
        'steget sier ikke hva både eleven, foresatte og skolen skal gjøre.',
      );
  });
}

/**
 * 004 §5 and §4.3: teaching elsewhere during long-term illness is the municipality's duty when a doctor
 * says the pupil cannot attend: it rests on a doctor's statement of what presence the pupil can have, a
 * concrete assessment of the condition and expected absence, and the school keeps following up; when the
 * doctor says the pupil can attend partly, the offer includes school.
 */
export function checkIllnessTeaching(
  plan: IllnessTeaching,
  facts: CaseFacts,
  found: Found = { reasons: [], warnings: [] },
): Found {
  const statement = assessment(facts, plan.doctorStatementId);
  if (!plan.doctorStatementId || !statement || statement.kind !== 'legeerklaering') {
    refuse(
      found,
      'doctor-statement-missing',
      '004 §5',
      ['doctorStatementId'],
      'opplæring utenfor skolen på grunn av langvarig sykdom bygger på en legeerklæring som sier hva slags tilstedeværelse eleven kan ha på skolen. Registrer legeerklæringen i saken og knytt den til planen.',
    );
  } else if (statement.issuedOn > facts.asOf) {
    refuse(
      found,
      'doctor-statement-later',
      '004 §5',
      ['doctorStatementId'],
      `legeerklæringen er datert ${norwegianDate(statement.issuedOn)}, etter ${norwegianDate(facts.asOf)}.`,
    );
  }
  if (plan.presenceAtSchool === 'hel') {
    refuse(
      found,
      'doctor-says-can-attend',
      '004 §5',
      ['presenceAtSchool'],
      'legen har vurdert at eleven kan være på skolen som vanlig, så det er ikke grunnlag for opplæring utenfor skolen på grunn av sykdom.',
    );
  } else if (plan.presenceAtSchool !== 'ingen' && blank(plan.schoolOffer)) {
    refuse(
      found,
      'school-offer-missing',
      '004 §5',
      ['schoolOffer'],
      'legen har vurdert at eleven kan ha et delvis eller begrenset tilbud på skolen. Det finnes ingen adgang til ikke å gi eleven et skoletilbud da – beskriv tilbudet på skolen.',
    );
  }
  if (plan.place !== 'helseinstitusjon' && blank(plan.followedUpBy)) {
    refuse(
      found,
      'school-follow-up-missing',
      '004 §5',
      ['followedUpBy'],
      'skriv hvem på skolen som følger opp elevens skoletilbud. Skolen følger opp til enhver tid, med mindre eleven har opphold på en helseinstitusjon.',
    );
  }
  if (plan.presenceAtSchool === 'delvis' || plan.presenceAtSchool === 'begrenset') {
    const hasAssessment = facts.assessments.some((a) => a.kind === 'sakkyndig-vurdering' && a.issuedOn <= facts.asOf);
    if (!hasAssessment)
      warn(
        found,
        'partial-sick-needs-ppt',
        '004 §4.3',
        ['presenceAtSchool'],
        pptProcessing(facts)
          ? 'PPT må utarbeide en sakkyndig vurdering som tilråder spesialundervisning for perioden eleven trenger tilrettelegging. Følg opp henvisningen.'
          : 'PPT må utarbeide en sakkyndig vurdering som tilråder spesialundervisning for perioden eleven trenger tilrettelegging. Eleven er ikke henvist til PPT: det må gjøres raskt, også om eleven er faglig sterk.',
      );
  }
  return found;
}

/** All legal guardrails for one plan: refused with reasons, or ok, with warnings either way. */
export function checkGuardrails(plan: Plan, facts: CaseFacts): RuleResult {
  const found: Found = { reasons: [], warnings: [] };
  switch (plan.kind) {
    case 'tiltaksplan':
      tiltaksplan(plan, facts, found);
      break;
    case 'samarbeidsavtale':
      samarbeidsavtale(plan, found);
      break;
    case 'gradvis-tilbakeforing':
      returnPlan(plan, facts, found);
      break;
    case 'opplaering-ved-sykdom':
      checkIllnessTeaching(plan, facts, found);
      break;
    case 'dagsplan':
      break;
  }
  return result(found.reasons, found.warnings);
}
