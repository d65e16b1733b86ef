import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTENT_DIR, ContentError, loadContent } from './load-content';

const copies: string[] = [];
afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the shipped content with `change` applied to the JSON of each named file. */
function contentWith(changes: Record<string, (json: Record<string, unknown>) => void>): string {
  const dir = mkdtempSync(join(tmpdir(), 'naervaer-content-'));
  copies.push(dir);
  cpSync(CONTENT_DIR, dir, { recursive: true });
  for (const [file, change] of Object.entries(changes)) {
    const json = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>;
    change(json);
    writeFileSync(join(dir, file), JSON.stringify(json));
  }
  return dir;
}

function errorsOf(dir: string): string[] {
  try {
    loadContent(dir);
  } catch (e) {
    if (e instanceof ContentError) return e.errors;
    throw e;
  }
  throw new Error('loadContent accepted invalid content');
}

describe('loadContent', () => {
  it('reads every kind of shipped content once, validated', () => {
    const content = loadContent();
    expect([...content.profiles.keys()]).toContain('saltdal');
    expect([...content.ladders.keys()]).toContain('saltdal');
    expect(content.forms.latest('arsakskartlegging')).toBeDefined();
    expect(content.measures.measures.length).toBeGreaterThan(0);
    expect(content.retention).toBeDefined();
    expect(content.transitions.schoolChange.tasks.length).toBeGreaterThan(0);
    expect([...content.decisions.kinds.keys()]).toEqual([
      'redusert-timeplan',
      'individuelt-tilrettelagd-opplaring',
      'permisjon',
    ]);
  });

  it('ships only legal bases whose paragraph was checked against the current law (decisions 213 and 226)', () => {
    const unchecked = [...loadContent().decisions.legalBases.values()].filter((b) => !b.checked);
    expect(unchecked.map((b) => b.citation)).toEqual([]);
  });

  it('names the decision file and field that is wrong (decision 213)', () => {
    const errors = errorsOf(
      contentWith({
        'decisions/default.json': (json) => {
          const kinds = json.kinds as Record<string, unknown>[];
          kinds[1]!.noticeRequired = 'ja';
          kinds[2]!.legalBasis = ['opplaringslova-ukjent'];
        },
      }),
    );
    expect(errors).toEqual([expect.stringMatching(/^decisions\/default\.json: kinds\.1\.noticeRequired: /)]);
    const second = errorsOf(
      contentWith({
        'decisions/default.json': (json) => {
          (json.kinds as Record<string, unknown>[])[2]!.legalBasis = ['opplaringslova-ukjent'];
        },
      }),
    );
    expect(second).toEqual([
      'decisions/default.json: kinds.2.legalBasis.0: ukjent lovsted «opplaringslova-ukjent» (ikke i legalBases)',
    ]);
  });

  it('names every invalid file and field at once, not only the first', () => {
    const errors = errorsOf(
      contentWith({
        'profiles/saltdal.json': (json) => {
          json.name = 42;
        },
        'ladders/jevnaker.json': (json) => {
          json.id = 'feil';
        },
      }),
    );
    expect(errors.some((e) => e.includes('saltdal.json') && e.includes('name'))).toBe(true);
    expect(errors.some((e) => e.includes('jevnaker.json') && e.includes('id'))).toBe(true);
  });
});
