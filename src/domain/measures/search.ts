import { CAUSE_CARDS, CAUSE_DETAILS } from './causes';
import type { Level, Measure, Place } from './measure-schema';

/**
 * Text folded for Norwegian search: lower case, æ/ø/å and «aa» spelled the plain way, accents and
 * punctuation gone, so «Garderobe», «GARDEROBE» and «garderobé» match, and «ovelse» finds «øvelse».
 */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å|aa/g, 'a')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export type MeasureFilter = {
  /** Words that must all occur (in any order, as whole words or word beginnings or inside words). */
  q?: string;
  level?: Level;
  group?: string;
  /** «skole» includes measures for both places, as does «hjem»; «begge» only those for both. */
  place?: Place;
};

function fitsPlace(measure: Place, wanted: Place): boolean {
  return wanted === 'begge' ? measure === 'begge' : measure === wanted || measure === 'begge';
}

function haystack(m: Measure): { title: string; rest: string } {
  const causes = m.causes.flatMap((c) => [
    ...(c.card ? [CAUSE_CARDS[c.card]] : []),
    ...(c.details ?? []).map((d) => CAUSE_DETAILS[d].label),
  ]);
  return { title: foldText(m.title), rest: foldText([m.description ?? '', m.group.title, ...causes].join(' ')) };
}

/**
 * The measures that fit every filter given. With a query, measures whose title has every word come
 * first, then those where a word is only in the description, group or causes; otherwise catalogue order.
 */
export function searchMeasures(measures: readonly Measure[], filter: MeasureFilter): Measure[] {
  const words = filter.q ? foldText(filter.q).split(' ').filter(Boolean) : [];
  const hits: { m: Measure; rank: number; index: number }[] = [];
  measures.forEach((m, index) => {
    if (filter.level !== undefined && !m.levels.includes(filter.level)) return;
    if (filter.group !== undefined && m.group.id !== filter.group) return;
    if (filter.place !== undefined && !fitsPlace(m.place, filter.place)) return;
    if (words.length === 0) {
      hits.push({ m, rank: 0, index });
      return;
    }
    const { title, rest } = haystack(m);
    let rank = 0;
    for (const w of words) {
      if (title.includes(w)) continue;
      if (rest.includes(w)) rank = 1;
      else return;
    }
    hits.push({ m, rank, index });
  });
  return hits.sort((a, b) => a.rank - b.rank || a.index - b.index).map((h) => h.m);
}
