// «Elevens stemme og barnets beste» at every step along the ladder (issue 21, decision 181). 000 §7:
// «Barnekonvensjonens art. 3 og 12, og Grunnlovens §104 slår fast barnets rett til å bli hørt i alle saker
// som angår dem selv, og at barnets beste alltid skal være et grunnleggende hensyn … Hensyn til elevens beste
// skal derfor alltid ligge til grunn for valg av tiltak.» 002: «elevens beste som grunnleggende hensyn …
// tydeliggjort i ny opplæringslov §10-1». 004 §3: «Ingen tiltak skal iverksettes uten at elevens stemme er
// hørt». Starting measures, moving a level, closing and reporting to the child welfare service each carry a
// short record of the pupil's views (or why they could not be obtained and how they were sought) and of
// the best-interest assessment; the case machine refuses the step without it, on every ladder.

/** How the pupil's views were obtained. */
export const HEARD_HOW = ['samtale', 'skjema', 'tillitsperson', 'mote', 'annet'] as const;
export type HeardHow = (typeof HEARD_HOW)[number];

/** The Norwegian words for each way, for the history and the pupil's file. */
export const HEARD_HOW_NAMES: Record<HeardHow, string> = {
  samtale: 'samtale med eleven',
  skjema: 'skjema fylt ut med eleven',
  tillitsperson: 'tillitsperson eleven har valgt',
  mote: 'eleven deltok i møtet',
  annet: 'på annen måte',
};

export type PupilViews =
  | { obtained: true; how: HeardHow; views: string }
  | { obtained: false; why: string; howSought: string };

/** The pupil's views and the best-interest assessment (barnets beste) recorded with a step. */
export type Heard = { pupilViews: PupilViews; bestInterest: string };

/** A text shorter than this says too little to count («ok», «hørt»). */
export const HEARD_MIN_LENGTH = 10;

/** Which of the texts are required: a report to the child welfare service has its holistic assessment. */
export type HeardNeeds = { bestInterest: boolean };

const short = (value: unknown): boolean => typeof value !== 'string' || value.trim().length < HEARD_MIN_LENGTH;

/**
 * Refuses a step unless the pupil's views (or why they could not be obtained and how they were sought) and,
 * where needed, the best-interest assessment are recorded — naming what is missing, in Norwegian. `step` is
 * the step in words («før tiltak settes i gang»).
 */
export function checkHeard(heard: unknown, step: string, needs: HeardNeeds = { bestInterest: true }): string | null {
  const record = (typeof heard === 'object' && heard !== null ? heard : {}) as Partial<Heard>;
  const views = (typeof record.pupilViews === 'object' && record.pupilViews !== null ? record.pupilViews : null) as
    | (Partial<PupilViews> & { obtained?: unknown; how?: unknown; views?: unknown; why?: unknown; howSought?: unknown })
    | null;
  const missing: string[] = [];
  if (views === null || (views.obtained !== true && views.obtained !== false))
    return `Elevens syn må være registrert ${step} – eller hvorfor det ikke kunne innhentes og hvordan det er forsøkt (barnekonvensjonen art. 12, Grunnloven § 104).`;
  if (views.obtained) {
    if (!(HEARD_HOW as readonly unknown[]).includes(views.how)) missing.push('hvordan elevens syn ble innhentet');
    if (short(views.views)) missing.push(`hva eleven selv mener (minst ${HEARD_MIN_LENGTH} tegn)`);
  } else {
    if (short(views.why)) missing.push(`hvorfor elevens syn ikke kunne innhentes (minst ${HEARD_MIN_LENGTH} tegn)`);
    if (short(views.howSought)) missing.push(`hvordan det er forsøkt å høre eleven (minst ${HEARD_MIN_LENGTH} tegn)`);
  }
  if (needs.bestInterest && short(record.bestInterest))
    missing.push(`vurderingen av barnets beste (minst ${HEARD_MIN_LENGTH} tegn)`);
  if (missing.length === 0) return null;
  return `Elevens stemme og barnets beste må være dokumentert ${step}: skriv ${joinAnd(missing)}.`;
}

/** The record as stored: texts trimmed, nothing else kept. */
export function trimHeard(heard: unknown): Heard | null {
  const read = storedHeard(heard);
  if (read === null) return null;
  const v = read.pupilViews;
  const pupilViews: PupilViews = v.obtained
    ? { obtained: true, how: v.how, views: v.views.trim() }
    : { obtained: false, why: v.why.trim(), howSought: v.howSought.trim() };
  return { pupilViews, bestInterest: read.bestInterest.trim() };
}

/** Reads a stored record (from a case_action's JSON); null where the step has none (before decision 181). */
export function storedHeard(value: unknown): Heard | null {
  if (typeof value !== 'object' || value === null) return null;
  const heard = value as Partial<Heard>;
  const v = heard.pupilViews as Partial<{
    obtained: boolean;
    how: string;
    views: string;
    why: string;
    howSought: string;
  }>;
  if (typeof v !== 'object' || v === null) return null;
  const str = (s: unknown): string => (typeof s === 'string' ? s : '');
  const pupilViews: PupilViews =
    v.obtained === true
      ? {
          obtained: true,
          how: (HEARD_HOW as readonly string[]).includes(str(v.how)) ? (v.how as HeardHow) : 'annet',
          views: str(v.views),
        }
      : { obtained: false, why: str(v.why), howSought: str(v.howSought) };
  return { pupilViews, bestInterest: str(heard.bestInterest) };
}

/** «Elevens syn (samtale med eleven): …» / «Elevens syn kunne ikke innhentes: … Forsøkt: …» — for documents. */
export function describePupilViews(views: PupilViews): string {
  return views.obtained
    ? `Elevens syn (${HEARD_HOW_NAMES[views.how]}): ${views.views}`
    : `Elevens syn kunne ikke innhentes: ${views.why} Forsøkt: ${views.howSought}`;
}

function joinAnd(parts: string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} og ${parts[parts.length - 1]}`;
}

/** The steps that carry the record; an evaluation does when it closes the case or asks for more (decision 181). */
export function heardNeeded(type: string, outcome?: string | null): 'full' | 'views' | null {
  if (type === 'report-to-child-welfare') return 'views';
  if (type === 'start-measures' || type === 'escalate' || type === 'de-escalate' || type === 'close') return 'full';
  if (type === 'evaluate' && (outcome === 'solved' || outcome === 'more-needed')) return 'full';
  return null;
}
