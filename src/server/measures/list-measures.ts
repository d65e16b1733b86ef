// Reading the measures catalogue: search, filters and suggestions from the årsakskartlegging. The
// catalogue is content, not pupil data: nothing here reads or writes a pupil, so no audit row.
import {
  CAUSE_CARD_CODES,
  CAUSE_DETAIL_CODES,
  resolveCause,
  type CauseCard,
  type CauseDetail,
} from '../../domain/measures/causes';
import { causeLabels, PLACES, type Level, type Measure, type Place } from '../../domain/measures/measure-schema';
import { searchMeasures } from '../../domain/measures/search';
import { suggestMeasures, type SuggestionReason } from '../../domain/measures/suggest';
import { AppError } from '../errors';
import type { Content } from '../content/load-content';

export type ListMeasuresQuery = {
  q?: string | undefined;
  level?: Level | undefined;
  group?: string | undefined;
  place?: Place | undefined;
  causes?: string | undefined;
};

/** A measure as the API shows it. */
export function presentMeasure(m: Measure) {
  return {
    id: m.id,
    title: m.title,
    description: m.description ?? null,
    group: m.group,
    source: m.source,
    levels: m.levels,
    levelsNote: m.levelsNote ?? null,
    place: m.place,
    placeLabel: PLACES[m.place],
    causes: m.causes.map((c) => ({ card: c.card ?? null, details: c.details ?? [], labels: causeLabels(c) })),
    interpretation: m.interpretation,
  };
}

/** «engstelig,Gym – skifte i garderobe» → cards and utdypinger; an unknown one is refused by name. */
function parseCauses(list: string): { cards: CauseCard[]; details: CauseDetail[] } {
  const cards = new Set<CauseCard>();
  const details = new Set<CauseDetail>();
  for (const raw of list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const cause = resolveCause(raw);
    if (!cause) {
      throw new AppError(
        'validation',
        `Ukjent årsak «${raw}». Bruk et årsakskort (${CAUSE_CARD_CODES.join(', ')}) eller en utdyping fra årsakskartleggingen (for eksempel ${CAUSE_DETAIL_CODES.slice(11, 14).join(', ')}), skilt med komma.`,
      );
    }
    if (cause.kind === 'card') cards.add(cause.code);
    else details.add(cause.code);
  }
  return { cards: [...cards], details: [...details] };
}

/** The catalogue filtered and searched; with `causes`, also the suggestions for them with their reasons. */
export function listMeasures(content: Content, query: ListMeasuresQuery) {
  const { catalogues, measures } = content.measures;
  const groups = catalogues.flatMap((c) =>
    c.catalogue.groups.map((g) => ({ id: g.id, title: g.title, document: c.catalogue.document, section: g.section })),
  );
  if (query.group !== undefined && !groups.some((g) => g.id === query.group)) {
    throw new AppError('validation', `Ukjent gruppe «${query.group}». Gyldige: ${groups.map((g) => g.id).join(', ')}.`);
  }
  const found = searchMeasures(measures, { q: query.q, level: query.level, group: query.group, place: query.place });
  const causes = query.causes !== undefined && query.causes.trim() !== '' ? parseCauses(query.causes) : null;
  return {
    measures: found.map(presentMeasure),
    suggestions: causes
      ? suggestMeasures(found, causes).map((s) => ({
          measureId: s.measure.id,
          title: s.measure.title,
          score: s.score,
          reasons: s.reasons.map((r: SuggestionReason) => ({
            ...r,
            text: `${r.kind === 'detail' ? 'Utdyping' : 'Kort'}: ${r.label}`,
          })),
        }))
      : null,
    groups,
  };
}
