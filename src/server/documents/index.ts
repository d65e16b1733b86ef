// The documents in the family's language (issue 20 item 2, decision 178): each document's fixed texts per
// language, its dates written as the language writes them, and which language a document is made in.
import { norwegianDate } from '../../domain/calendar/dates';
import { LANGUAGES, type Language, type Malform } from '../../domain/language/language';
import type { Tx } from '../../db/create-db';
import { en } from './texts/en';
import { nb } from './texts/nb';
import { nn } from './texts/nn';
import type { DocumentTexts } from './texts/types';

export type { DocumentTexts };

/** Every language's texts: a language without its texts does not compile. */
export const DOCUMENT_TEXTS: Record<Language, DocumentTexts> = { nb, nn, en };

export function documentTexts(language: Language): DocumentTexts {
  return DOCUMENT_TEXTS[language];
}

const ENGLISH_DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/**
 * A `YYYY-MM-DD` as the document's language writes it: «05.03.2026» in bokmål and nynorsk (decision 171),
 * «5 March 2026» in English (Intl en-GB, the month in words so no reader takes 05/03 for 3 May).
 */
export function documentDate(iso: string, language: Language): string {
  if (language !== 'en') return norwegianDate(iso);
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? ENGLISH_DATE.format(new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!))) : iso;
}

/** The kommune's written standard (målform): the language of what the school keeps and prints by default. */
export async function kommuneMalform(tx: Tx, kommuneId: string): Promise<Malform> {
  const k = await tx.selectFrom('kommune').select('malform').where('id', '=', kommuneId).executeTakeFirstOrThrow();
  return k.malform;
}

/** The languages in the order documents list them. */
export function sortedLanguages(languages: Iterable<Language>): Language[] {
  const set = new Set(languages);
  return LANGUAGES.filter((l) => set.has(l));
}

/**
 * The languages of a pupil's family (decision 178): each guardian with a right to information reads their
 * `guardian.language`, or else the kommune's målform. `withAccount`: only those who get documents in Nærvær;
 * `malform`: the målform when the caller has read it already.
 */
export async function familyLanguages(
  tx: Tx,
  kommuneId: string,
  pupilId: string,
  opts: { withAccount: boolean; malform?: Malform },
): Promise<Language[]> {
  let q = tx
    .selectFrom('guardian_pupil as gp')
    .innerJoin('guardian as g', 'g.id', 'gp.guardian_id')
    .select('g.language')
    .where('gp.pupil_id', '=', pupilId)
    .where('gp.information_restricted', '=', false);
  if (opts.withAccount) q = q.where('g.user_id', 'is not', null);
  const rows = await q.execute();
  const malform = opts.malform ?? (await kommuneMalform(tx, kommuneId));
  return sortedLanguages(rows.length ? rows.map((r) => r.language ?? malform) : [malform]);
}

/** The language a guardian reads this child's documents in: their own `guardian.language`, else the målform. */
export async function guardianLanguage(tx: Tx, kommuneId: string, userId: string, pupilId: string): Promise<Language> {
  const row = await tx
    .selectFrom('guardian_pupil as gp')
    .innerJoin('guardian as g', 'g.id', 'gp.guardian_id')
    .select('g.language')
    .where('gp.pupil_id', '=', pupilId)
    .where('g.user_id', '=', userId)
    .executeTakeFirst();
  return row?.language ?? (await kommuneMalform(tx, kommuneId));
}
