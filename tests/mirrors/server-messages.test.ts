// Every message the server can send is in the reader's language (issue 20, decision 199). The messages are
// found in src/server, src/domain and src/contract with the TypeScript compiler (scripts/server-messages.ts:
// AppError's message and details, the import's refusals, a domain refusal's `error:`, zod's check texts), and
// each needs its nynorsk and English in src/server/messages/{nn,en}.ts — with the same placeholders — while an
// entry no message matches any more is stale. `node scripts/missing-server-messages.mjs` prints what is
// missing as lines to paste.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asCatalogueLines, reportFor, TRANSLATED, uniqueMessages } from '../../scripts/missing-messages-report';

const root = join(import.meta.dirname, '../..');
const found = uniqueMessages(root);
const texts = new Set(found.map((m) => m.text));

describe('the server messages found in the source', () => {
  it('include each kind of message, so a missing translation can be noticed', () => {
    expect(found.length).toBeGreaterThan(500);
    for (const text of [
      'Fant ikke saken.', // an AppError's literal
      'Ugyldig dato «{date}». Bruk ÅÅÅÅ-MM-DD.', // a template: its ${…} as a placeholder
      'Noen andre har endret dette siden du åpnet det. Last siden på nytt for å se den nyeste versjonen, og gjør endringen din igjen.', // a shared const
      'Eleven er {OWN_CONSENT_AGE} år eller eldre og må selv samtykke.', // a domain refusal's `error:`
      'Skriv hvorfor saken løftes', // a zod check in the contract
      'Mangler dato.', // a field message in an AppError's details
      'Importen ble avvist: {problemCount} rader har feil. Ingenting er importert.{shown}', // one branch of a ?: in a template
      'XLSX-fila har ingen ark.', // the import's own refusal
      'en foresatts konto', // a word put into a template
    ])
      expect(texts).toContain(text);
  });

  it('leave out what documents the API (.describe) and the demo’s synthetic notes', () => {
    expect(texts).not.toContain('Norsk melding til brukeren');
    expect([...texts].some((t) => t.startsWith('Mye fravær etter lang sykdom'))).toBe(false);
  });
});

describe.each(TRANSLATED)('the %s catalogue (src/server/messages)', (language) => {
  const report = reportFor(root, language, found);

  it('translates every message the server can send (node scripts/missing-server-messages.mjs lists them)', () => {
    expect(
      report.missing.map((m) => `${m.file}:${m.line} «${m.text}»`),
      `Mangler i src/server/messages/${language}.ts:\n${asCatalogueLines(report.missing)}`,
    ).toEqual([]);
  });

  it('has no entry that no message matches any more', () => {
    expect(report.stale).toEqual([]);
    expect(report.staleZod).toEqual([]);
  });

  it('keeps every placeholder of the bokmål text', () => {
    expect(report.placeholderMismatch).toEqual([]);
  });
});
