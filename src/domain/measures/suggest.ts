import { CAUSE_CARDS, CAUSE_DETAILS, type CauseCard, type CauseDetail } from './causes';
import type { Measure } from './measure-schema';

/** What the årsakskartlegging found for a pupil: the cards kept on the table and the utdypinger ticked. */
export type MappedCauses = { cards?: readonly CauseCard[]; details?: readonly CauseDetail[] };

export type SuggestionReason = { kind: 'card' | 'detail'; code: string; label: string };
export type Suggestion = { measure: Measure; score: number; reasons: SuggestionReason[] };

// An utdyping names the very situation («Gym – skifte i garderobe»), a card only the kind of trouble
// («Engstelig»), so a matched utdyping weighs more than a matched card.
const DETAIL_WEIGHT = 3;
const CARD_WEIGHT = 1;

/**
 * The measures tagged with any of the mapped causes, best first, each with the causes that matched.
 * Score: 3 per matched utdyping plus 1 per matched card; ties keep catalogue order. Measures with no
 * match are left out: a suggestion must be explainable.
 */
export function suggestMeasures(measures: readonly Measure[], causes: MappedCauses): Suggestion[] {
  const cards = new Set(causes.cards ?? []);
  const details = new Set(causes.details ?? []);
  const out: (Suggestion & { index: number })[] = [];
  measures.forEach((measure, index) => {
    const matchedCards = new Set<CauseCard>();
    const matchedDetails = new Set<CauseDetail>();
    for (const tag of measure.causes) {
      if (tag.card && cards.has(tag.card)) matchedCards.add(tag.card);
      for (const d of tag.details ?? []) if (details.has(d)) matchedDetails.add(d);
    }
    if (matchedCards.size === 0 && matchedDetails.size === 0) return;
    const reasons: SuggestionReason[] = [
      ...[...matchedDetails].map((code) => ({ kind: 'detail' as const, code, label: CAUSE_DETAILS[code].label })),
      ...[...matchedCards].map((code) => ({ kind: 'card' as const, code, label: CAUSE_CARDS[code] })),
    ];
    out.push({ measure, score: matchedDetails.size * DETAIL_WEIGHT + matchedCards.size * CARD_WEIGHT, reasons, index });
  });
  return out.sort((a, b) => b.score - a.score || a.index - b.index).map(({ index: _index, ...s }) => s);
}

/** A reason in words, e.g. «Utdyping: Gym – skifte i garderobe» or «Kort: Engstelig». */
export function describeReason(reason: SuggestionReason): string {
  return `${reason.kind === 'detail' ? 'Utdyping' : 'Kort'}: ${reason.label}`;
}
