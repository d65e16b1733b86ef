// An alert's words as one reader reads them (issue 20): the rule's title and next step as the shipped profile
// says them in the reader's written form (decision 179; a kommune's own rule as the kommune wrote it), and the
// sentence saying why, made from the alert's facts in the reader's own language — nynorsk, bokmål or English.
// An alert stored before its facts were kept says why in the bokmål it was stored in.
import type { Tx } from '../../db/create-db';
import type { AlertExplanation } from '../../db/schema';
import type { Language, Malform } from '../../domain/language/language';
import { explainFacts } from '../../domain/rules/explain';
import type { Actor } from '../actor';
import { textIn } from '../content/content-in';
import type { Content } from '../content/load-content';
import { readerContentIn } from '../content/reader-content';

/** Who reads an alert: the sentence's language and the municipal content's written form. */
export type AlertReader = { content: Content; language: Language; contentLanguage: Malform };

/** The reader an actor is, inside a transaction already open. */
export async function alertReaderFor(tx: Tx, content: Content, actor: Actor): Promise<AlertReader> {
  const shown = await readerContentIn(tx, content, actor);
  return { content, language: actor.language ?? 'nb', contentLanguage: shown.municipalContent.language };
}

/** A document's reader: a letter in `language`, its quoted municipal texts in the målform when English. */
export function documentReader(content: Content, language: Language, malform: Malform): AlertReader {
  return { content, language, contentLanguage: language === 'en' ? malform : language };
}

/** The alert's title, next step and explanation for `reader` (stored bokmål without one). */
export function alertTexts(
  e: Pick<AlertExplanation, 'title' | 'action' | 'explanation' | 'facts'>,
  reader?: AlertReader,
): { title: string; action: string; explanation: string } {
  if (!reader) return { title: e.title, action: e.action, explanation: e.explanation };
  const title = textIn(reader.content, 'profiles', e.title, reader.contentLanguage);
  const action = textIn(reader.content, 'profiles', e.action, reader.contentLanguage);
  const explanation = e.facts ? explainFacts(title, e.facts, reader.language) : e.explanation;
  return { title, action, explanation };
}

/** An alert as a letter in `language` quotes it: the explanation and next step in the letter's language. */
export function letterTexts<E extends Pick<AlertExplanation, 'title' | 'action' | 'explanation' | 'facts'>>(
  e: E,
  content: Content,
  language: Language,
  malform: Malform,
): E {
  const said = alertTexts(e, documentReader(content, language, malform));
  return { ...e, explanation: said.explanation, action: said.action };
}
