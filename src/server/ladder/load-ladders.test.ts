import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../content/load-content';
import { DEFAULT_LADDER_ID, ladderById, loadLadder, shippedLadderNames } from './load-ladders';

const content = loadContent();

const dir = mkdtempSync(join(tmpdir(), 'naervaer-ladder-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('loading ladders from disk', () => {
  it('ships Saltdal (the default), Jevnaker and Hardanger, each named after its id', () => {
    expect(shippedLadderNames()).toEqual(['hardanger', 'jevnaker', 'saltdal']);
    const ladders = content.ladders;
    for (const [name, ladder] of ladders) expect(ladder.id).toBe(name);
    expect(ladderById(content, DEFAULT_LADDER_ID).levels).toHaveLength(4);
  });

  it('refuses an unknown ladder id with the valid ones', () => {
    expect(() => ladderById(content, 'oslo')).toThrow(
      'Ukjent tiltakstrapp «oslo». Gyldige: hardanger, jevnaker, saltdal.',
    );
    expect(loadLadder('oslo')).toEqual({
      ok: false,
      errors: ['Ukjent tiltakstrapp «oslo». Bruk en av hardanger, jevnaker, saltdal, eller stien til en JSON-fil.'],
    });
  });

  it('names the file when the JSON is broken', () => {
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{ "id": ');
    const result = loadLadder(file);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]).toMatch(/^broken\.json: ugyldig JSON/);
  });

  it('validates a municipality’s own file with the same schema', () => {
    const file = join(dir, 'egen.json');
    writeFileSync(
      file,
      JSON.stringify({
        id: 'egen',
        name: 'Egen',
        source: 'x',
        evaluation: { defaultAfterDays: 21, source: 'x' },
        outcomes: {},
        levels: [],
      }),
    );
    expect(loadLadder(file)).toEqual({
      ok: false,
      errors: [
        'egen.json: outcomes.solved: mangler',
        'egen.json: outcomes.better: mangler',
        'egen.json: outcomes.more-needed: mangler',
        'egen.json: levels: minst ett nivå',
      ],
    });
  });
});
