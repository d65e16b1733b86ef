// The language a request's messages are answered in (decision 199): the logged-in user's (their choice, a
// guardian's family language, or the kommune's målform: decision 176), else the language the web app shows
// before anyone has logged in, sent in a header, else bokmål.
import type { IncomingHttpHeaders } from 'node:http';
import type { Actor } from '../actor';
import { isLanguage, type Language } from '../../domain/language/language';

/** The web app's interface language, sent on every request (src/web/api/client.ts). */
export const LANGUAGE_HEADER = 'x-naervaer-language';

export function messageLanguageOf(request: { actor?: Actor | null; headers: IncomingHttpHeaders }): Language {
  if (request.actor?.language) return request.actor.language;
  const sent = request.headers[LANGUAGE_HEADER];
  return isLanguage(sent) ? sent : 'nb';
}
