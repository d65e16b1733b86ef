import { formatPath, type Dagsplan, type DayRow } from './plan-schema';

// 004 §4: «Benytt de sju H-ene i arbeidet med dags og ukeplaner. De sju H-ene er grunnleggende prinsipper
// i pedagogisk tilrettelegging for elever med behov for struktur og forutsigbarhet.» Each row of a
// dagsplan (001: tidspunkt, hvor, hva skjer, ansvar) is read against the seven questions; a question the
// row leaves open gives a hint, not a refusal: the plan is still valid, only less predictable for the pupil.

/** The seven H-s, numbered and worded as in 004 §4. */
export const SEVEN_H = [
  { number: 1, question: 'Hva skal jeg gjøre?', field: 'what' },
  { number: 2, question: 'Hvor skal jeg være?', field: 'where' },
  { number: 3, question: 'Hvorfor skal jeg gjøre det?', field: 'why' },
  { number: 4, question: 'Hvordan skal jeg gjøre det?', field: 'how' },
  { number: 5, question: 'Hvem skal jeg gjøre det sammen med?', field: 'withWhom' },
  { number: 6, question: 'Hvor lenge skal jeg gjøre det?', field: 'to' },
  { number: 7, question: 'Hva skal jeg gjøre etterpå?', field: 'afterwards' },
] as const;

export type SevenHHint = { path: string; h: number; question: string; message: string };

const filled = (value: unknown): boolean => typeof value === 'string' && value.trim() !== '';

/**
 * Whether a row answers one H. Some answers come from elsewhere in the plan: the adult responsible for the
 * slot (001 «Ansvar») is who the pupil is with (5); the row's end time says how long (6); the next row
 * says what comes after (7), so only the last row needs its own «etterpå».
 */
function answers(row: DayRow, h: (typeof SEVEN_H)[number], next: DayRow | undefined): boolean {
  switch (h.number) {
    case 5:
      return filled(row.withWhom) || filled(row.responsible);
    case 6:
      return filled(row.to);
    case 7:
      return next !== undefined || filled(row.afterwards);
    default:
      return filled(row[h.field as 'what' | 'where' | 'why' | 'how']);
  }
}

const ADVICE: Record<number, string> = {
  1: 'skriv hva som skal skje',
  2: 'skriv hvor eleven skal være',
  3: 'skriv hvorfor – hensikten eleven kan se med økten',
  4: 'skriv hvordan det skal gjøres, for eksempel oppgaver eller hjelpemidler',
  5: 'skriv hvem eleven skal være sammen med',
  6: 'sett et sluttidspunkt',
  7: 'skriv hva eleven skal gjøre etterpå',
};

/** Every H a dagsplan row leaves unanswered, as a Norwegian hint pointing at the row. */
export function sevenHHints(plan: Dagsplan): SevenHHint[] {
  const hints: SevenHHint[] = [];
  plan.rows.forEach((row, i) => {
    const next = plan.rows[i + 1];
    for (const h of SEVEN_H) {
      if (answers(row, h, next)) continue;
      const label = `Rad ${i + 1} (${row.from}${filled(row.what) ? ` ${row.what.trim()}` : ''})`;
      hints.push({
        path: formatPath(['rows', i, h.field]),
        h: h.number,
        question: h.question,
        message: `${label} svarer ikke på «${h.question}»: ${ADVICE[h.number]}.`,
      });
    }
  });
  return hints;
}
