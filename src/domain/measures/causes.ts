// The årsakskartlegging of the 001 toolkit: cause cards laid on the table in the conversation with the
// pupil, and the «Utdyping av årsaker» sheet (subjects, teachers, situations) ticked where natural.
// Measures in the catalogue are tagged with these codes so that a mapping can suggest measures. The
// codes are the ids of the årsakskartlegging form (content/forms/arsakskartlegging.v1.json), so a filled
// form's answers are the input of `suggestMeasures` as they stand; a label typed by a person resolves too.

/** The cause cards («Bokser til utskrift», 001 Årsakskartlegging), in the source's order and words. */
export const CAUSE_CARDS = {
  'noe-pa-skolen': 'Noe på skolen kjennes vanskelig',
  'fysisk-syk': 'Fysisk syk',
  engstelig: 'Engstelig',
  redd: 'Redd',
  // The card reads «Trist» over «Lei seg»: one card with two words.
  'trist-lei-seg': 'Trist / lei seg',
  'henger-etter-faglig': 'Henger langt etter faglig',
  'noe-annet': 'Noe annet?',
  stress: 'Stress',
  venner: 'Venner',
  'problemer-hjemme': 'Problemer hjemme',
  sovnproblemer: 'Søvnproblemer',
} as const;
export type CauseCard = keyof typeof CAUSE_CARDS;

/** The three columns of «Utdyping av årsaker» (001): FAG, LÆRERE and ANNET. */
export const DETAIL_KINDS = { fag: 'Fag', laerere: 'Lærere', annet: 'Annet' } as const;
export type DetailKind = keyof typeof DETAIL_KINDS;

const detail = (kind: DetailKind, label: string) => ({ kind, label });

/** Every box of «Utdyping av årsaker» (001), in the source's order and words (PDF line breaks joined). */
export const CAUSE_DETAILS = {
  matte: detail('fag', 'Matte'),
  engelsk: detail('fag', 'Engelsk'),
  norsk: detail('fag', 'Norsk'),
  samfunnsfag: detail('fag', 'Samfunnsfag'),
  rle: detail('fag', 'RLE'),
  naturfag: detail('fag', 'Naturfag'),
  'kunst-og-handverk': detail('fag', 'Kunst og håndverk'),
  'mat-og-helse': detail('fag', 'Mat og helse'),
  musikk: detail('fag', 'Musikk'),
  valgfag: detail('fag', 'Valgfag'),
  fremmedsprak: detail('fag', 'Fremmedspråk'),
  'gym-gymsal': detail('fag', 'Gym – gymsal'),
  'gym-ute': detail('fag', 'Gym – ute'),
  'gym-skifte-i-garderobe': detail('fag', 'Gym – skifte i garderobe'),
  'gym-dusje': detail('fag', 'Gym – dusje'),
  'laerer-1': detail('laerere', 'Lærer 1'),
  'laerer-2': detail('laerere', 'Lærer 2'),
  'laerer-3': detail('laerere', 'Lærer 3'),
  'ga-inn-i-skolegarden': detail('annet', 'Gå inn i skolegården'),
  'ga-inn-nar-det-ringer': detail('annet', 'Gå inn når det ringer'),
  'ta-buss-til-skolen': detail('annet', 'Ta buss til skolen'),
  'ga-til-skolen': detail('annet', 'Gå til skolen'),
  'bli-kjort-til-skolen': detail('annet', 'Bli kjørt til skolen'),
  'ga-hjem-fra-skolen': detail('annet', 'Gå hjem fra skolen'),
  'bruke-skolens-toalett': detail('annet', 'Bruke skolens toalett'),
  'vaere-i-klasserommet': detail('annet', 'Være i klasserommet'),
  'vaere-i-liten-gruppe': detail('annet', 'Være i liten gruppe'),
  'jobbe-individuelt': detail('annet', 'Jobbe individuelt'),
  'ha-prover-i-klassen': detail('annet', 'Ha prøver i klassen'),
  'ha-prover-pa-gruppe': detail('annet', 'Ha prøver på gruppe'),
  'ha-prover-individuelt': detail('annet', 'Ha prøver individuelt'),
  'lese-hoyt-i-klassen': detail('annet', 'Lese høyt i klassen'),
  'lese-hoyt-alene-for-laerer': detail('annet', 'Lese høyt alene for lærer'),
  'be-laerer-om-hjelp': detail('annet', 'Be lærer om hjelp'),
  friminutt: detail('annet', 'Friminutt'),
  'svare-pa-sporsmal-muntlig-i-klassen': detail('annet', 'Svare på spørsmål muntlig i klassen'),
  'svare-pa-sporsmal-alene-med-laerer': detail('annet', 'Svare på spørsmål alene med lærer'),
  'samarbeide-med-medelever': detail('annet', 'Samarbeide med medelever'),
  'presentere-noe-for-klassen': detail('annet', 'Presentere noe for klassen'),
  'spise-i-klassen': detail('annet', 'Spise i klassen'),
  'snakke-med-medelever-pa-skolen': detail('annet', 'Snakke med medelever på skolen'),
  'snakke-med-voksne-pa-skolen': detail('annet', 'Snakke med voksne på skolen'),
  'presentere-noe-alene-for-laerer': detail('annet', 'Presentere noe alene for lærer'),
  'presentere-noe-i-gruppe': detail('annet', 'Presentere noe i gruppe'),
  'forlate-mor-far-om-morgenen': detail('annet', 'Forlate mor/far om morgenen'),
} as const;
export type CauseDetail = keyof typeof CAUSE_DETAILS;

export const CAUSE_CARD_CODES = Object.keys(CAUSE_CARDS) as [CauseCard, ...CauseCard[]];
export const CAUSE_DETAIL_CODES = Object.keys(CAUSE_DETAILS) as [CauseDetail, ...CauseDetail[]];

/** A label as a code: lower case, æ/ø/å and accents folded, everything else a single hyphen. */
export function causeSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export type ResolvedCause =
  | { kind: 'card'; code: CauseCard; label: string }
  | { kind: 'detail'; code: CauseDetail; label: string };

// Codes by the slug of either the code or the label («Noe på skolen kjennes vanskelig» → noe-pa-skolen).
const BY_SLUG = new Map<string, ResolvedCause>([
  ...Object.entries(CAUSE_CARDS).flatMap(([code, label]) => {
    const cause: ResolvedCause = { kind: 'card', code: code as CauseCard, label };
    return [
      [code, cause],
      [causeSlug(label), cause],
    ] as [string, ResolvedCause][];
  }),
  ...Object.entries(CAUSE_DETAILS).flatMap(([code, { label }]) => {
    const cause: ResolvedCause = { kind: 'detail', code: code as CauseDetail, label };
    return [
      [code, cause],
      [causeSlug(label), cause],
    ] as [string, ResolvedCause][];
  }),
]);

/** A card or utdyping by code or by label («Gym – skifte i garderobe» and «gym-skifte-i-garderobe» alike); null if unknown. */
export function resolveCause(codeOrLabel: string): ResolvedCause | null {
  return BY_SLUG.get(causeSlug(codeOrLabel)) ?? null;
}
