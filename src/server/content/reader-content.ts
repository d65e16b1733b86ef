// The shipped content for the person asking (decision 179): nynorsk for a nynorsk reader, bokmål for a
// bokmål reader, and for an English reader the kommune's målform with a flag the web shows as a note
// («This content from the municipality is in Norwegian.»). The kommune's målform is read only for English
// readers: the others need no database.
import type { Db, Tx } from '../../db/create-db';
import { isMalform, type Malform } from '../../domain/language/language';
import { contextOf, type Actor } from '../actor';
import { contentIn, municipalContentNote } from './content-in';
import type { Content } from './load-content';

/** What the web shows beside municipal content: the written form it is in, and whether to say it is Norwegian. */
export type MunicipalContent = { language: Malform; inNorwegian: boolean };

async function kommuneMalform(tx: Tx, kommuneId: string): Promise<Malform> {
  const row = await tx.selectFrom('kommune').select('malform').where('id', '=', kommuneId).executeTakeFirst();
  return isMalform(row?.malform) ? row.malform : 'nb';
}

function shown(content: Content, actor: Actor | undefined, malform: Malform) {
  const note = municipalContentNote(actor?.language, malform);
  return {
    content: contentIn(content, actor?.language, malform),
    municipalContent: { language: note.contentLanguage, inNorwegian: note.inNorwegian },
  };
}

/** The content as `actor` reads it, inside a transaction already open. */
export async function readerContentIn(
  tx: Tx,
  content: Content,
  actor: Actor | undefined,
): Promise<{ content: Content; municipalContent: MunicipalContent }> {
  const malform = actor?.language === 'en' ? await kommuneMalform(tx, actor.kommuneId) : 'nb';
  return shown(content, actor, malform);
}

/** The content as `actor` reads it, for a route that opens no transaction of its own. */
export async function readerContent(
  db: Db,
  content: Content,
  actor: Actor | undefined,
): Promise<{ content: Content; municipalContent: MunicipalContent }> {
  if (actor?.language !== 'en') return shown(content, actor, 'nb');
  const malform = await db.withContext(contextOf(actor), (tx) => kommuneMalform(tx, actor.kommuneId));
  return shown(content, actor, malform);
}
