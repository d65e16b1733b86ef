// What a filled årsakskartlegging says the absence is about, as the bank's cause codes: the cards kept on
// the table (question «kort») and the utdyping boxes ticked under them. Codes the bank does not know (an
// own card the pupil wrote, a box with no measures) are left out; the form keeps them.
import { CAUSE_CARDS, CAUSE_DETAILS, type CauseCard, type CauseDetail } from './causes';
import type { MappedCauses } from './suggest';

export const ARSAKSKARTLEGGING_FORM_ID = 'arsakskartlegging';

type CardsAnswer = { selected?: { card?: unknown }[]; elaborations?: Record<string, { option?: unknown }[]> };

export function causesFromArsakskartlegging(
  answers: unknown,
): MappedCauses & { labels: { code: string; label: string }[] } {
  const kort = (
    typeof answers === 'object' && answers !== null ? (answers as Record<string, unknown>).kort : undefined
  ) as CardsAnswer | undefined;
  const cards = [
    ...new Set(
      (kort?.selected ?? [])
        .map((s) => s.card)
        .filter((c): c is CauseCard => typeof c === 'string' && c in CAUSE_CARDS),
    ),
  ];
  const details = [
    ...new Set(
      Object.values(kort?.elaborations ?? {})
        .flat()
        .map((e) => e.option)
        .filter((d): d is CauseDetail => typeof d === 'string' && d in CAUSE_DETAILS),
    ),
  ];
  return {
    cards,
    details,
    labels: [
      ...details.map((code) => ({ code, label: CAUSE_DETAILS[code].label })),
      ...cards.map((code) => ({ code, label: CAUSE_CARDS[code] })),
    ],
  };
}
