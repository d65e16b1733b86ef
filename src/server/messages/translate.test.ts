import { describe, expect, it } from 'vitest';
import { compileTemplates, translateDetails, translateMessage } from './translate';

describe('translateMessage', () => {
  it('finds an exact message', () => {
    expect(translateMessage('Fant ikke saken.', 'nn')).toBe('Fann ikkje saka.');
    expect(translateMessage('Fant ikke saken.', 'en')).toBe('The case was not found.');
  });

  it('leaves bokmål, and a text it does not know, as it is', () => {
    expect(translateMessage('Fant ikke saken.', 'nb')).toBe('Fant ikke saken.');
    expect(translateMessage('Fant ikke saken.', undefined)).toBe('Fant ikke saken.');
    expect(translateMessage('En tekst ingen katalog har', 'en')).toBe('En tekst ingen katalog har');
    expect(translateMessage('', 'nn')).toBe('');
  });

  it('fills a template with the values the message carried', () => {
    expect(translateMessage('Ugyldig dato «2026-02-30». Bruk ÅÅÅÅ-MM-DD.', 'en')).toBe(
      'Invalid date «2026-02-30». Use YYYY-MM-DD.',
    );
    expect(
      translateMessage(
        'Kontoen er midlertidig låst etter for mange mislykkede innloggingsforsøk. Prøv igjen om 15 minutter, eller kontakt skolens administrator.',
        'nn',
      ),
    ).toBe(
      'Kontoen er mellombels låst etter for mange mislukka innloggingsforsøk. Prøv igjen om 15 minutt, eller kontakt administratoren til skulen.',
    );
  });

  it('translates a value that is itself a message or a word: a prefix, a list of field messages, zod’s own', () => {
    expect(translateMessage('Rolle 2: velg skolen rollen gjelder.', 'en')).toBe(
      'Role 2: choose the school the role applies to.',
    );
    expect(
      translateMessage(
        'Ugyldig forespørsel: Skriv hvorfor saken løftes; Ugyldig input: forventet tall, fikk string',
        'en',
      ),
    ).toBe('Invalid request: Write why the case is escalated; Invalid input: expected number, received string');
    expect(translateMessage('For stor(t): forventet string til å ha <=4000 tegn', 'nn')).toBe(
      'For stor(t): venta at string har <=4000 teikn',
    );
  });

  it('tries the most specific template first', () => {
    const templates = compileTemplates({
      '{a}: {b}': '{a} – {b}',
      'Linje {line}: {problem}': 'Line {line}: {problem}',
    });
    expect(templates.map((t) => t.translation)).toEqual(['Line {line}: {problem}', '{a} – {b}']);
  });

  it('skips a template of placeholders alone, which would match anything', () => {
    expect(compileTemplates({ '{a}{b}': 'x', 'Fant ikke {id}.': 'Not found {id}.' })).toHaveLength(1);
  });
});

describe('translateDetails', () => {
  it('translates the texts of a 400’s details and keeps the field names', () => {
    expect(
      translateDetails(
        {
          fields: [{ field: 'to', message: 'Mangler dato.' }],
          rows: [{ line: 3, field: 'date', reason: 'kolonnen mangler' }],
        },
        'nn',
      ),
    ).toEqual({
      fields: [{ field: 'to', message: 'Manglar dato.' }],
      rows: [{ line: 3, field: 'date', reason: 'kolonnen manglar' }],
    });
  });
});
