import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentIn, municipalContentNote } from './content-in';
import { CONTENT_DIR, ContentError, loadContent } from './load-content';
import {
  CONTENT_KINDS,
  contentTexts,
  isTranslationFile,
  loadTranslations,
  missingTranslations,
  parseTranslation,
  translateTexts,
  translationFileName,
  type ContentKind,
} from './translations';

const copies: string[] = [];
afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

function contentFiles(dir: string): Map<ContentKind, string[]> {
  return new Map(
    CONTENT_KINDS.map((kind) => [
      kind,
      readdirSync(join(dir, kind))
        .filter((f) => f.endsWith('.json') && !isTranslationFile(f))
        .sort(),
    ]),
  );
}

/** Every missing nynorsk text of every content file under `dir`, one line each. */
function missingIn(dir: string): string[] {
  const { reports } = loadTranslations(dir, contentFiles(dir));
  return reports.flatMap((r) =>
    r.exists
      ? missingTranslations(r.translationFile, r.texts, r.table)
      : r.texts.length > 0
        ? [`${r.kind}/${r.translationFile}: fila mangler (${r.texts.length} tekster i ${r.contentFile} uten nynorsk)`]
        : [],
  );
}

function copyOfContent(): string {
  const dir = mkdtempSync(join(tmpdir(), 'naervaer-nn-'));
  copies.push(dir);
  cpSync(CONTENT_DIR, dir, { recursive: true });
  return dir;
}

describe('contentTexts', () => {
  it('takes the texts and leaves identifiers, codes and citations of the source', () => {
    const texts = contentTexts('profiles', {
      id: 'saltdal-1',
      name: 'Saltdal kommune',
      source: '000 §5',
      rules: [
        {
          id: 'r',
          kind: 'threshold',
          title: 'Fravær over 10 %',
          sourceText: 'Kildens egne ord.',
          measure: 'schoolDays',
          severity: 'medium',
          interpretation: ['Vår lesning.', 'Vår lesning.'],
          from: '2024-08-01',
          code: 'kontaktlaerer',
        },
      ],
    });
    expect(texts).toEqual(['Saltdal kommune', 'Fravær over 10 %', 'Vår lesning.']);
  });

  it('keeps role codes in a checklist but translates a ladder task’s named responsible', () => {
    expect(
      contentTexts('transitions', { tasks: [{ text: 'Gi eleven informasjon.', responsible: ['Kontaktlærer'] }] }),
    ).toEqual(['Gi eleven informasjon.']);
    expect(
      contentTexts('ladders', { tasks: [{ text: 'Ring hjem.', responsible: ['Kontaktlærer', 'rektor'] }] }),
    ).toEqual(['Ring hjem.', 'Kontaktlærer']);
  });

  it('translates texts and nothing else', () => {
    const json = { id: 'x', title: 'Skjema', source: 'Skjema', questions: [{ label: 'Skjema', type: 'text' }] };
    expect(translateTexts('forms', json, new Map([['Skjema', 'Skjema (nn)']]))).toEqual({
      id: 'x',
      title: 'Skjema (nn)',
      source: 'Skjema',
      questions: [{ label: 'Skjema (nn)', type: 'text' }],
    });
  });
});

describe('parseTranslation', () => {
  const file = 'x.json';
  const ok = { language: 'nn', translationOf: file, note: 'Nynorsk omsetjing.', texts: { Hei: 'Hei' } };

  it('accepts a translation of the file’s texts', () => {
    expect(parseTranslation(ok, 'x.nn.json', file, ['Hei', 'Hva nå?']).ok).toBe(true);
  });

  it('rejects a stale entry, naming the file and the text', () => {
    const parsed = parseTranslation({ ...ok, texts: { 'Gammel tekst': 'Gamal tekst' } }, 'x.nn.json', file, ['Hei']);
    expect(parsed).toEqual({
      ok: false,
      errors: [expect.stringMatching(/^x\.nn\.json: texts: «Gammel tekst» finnes ikke/)],
    });
  });

  it('rejects a wrong shape: language, file, note, empty translation, unknown field', () => {
    const parsed = parseTranslation(
      { language: 'nb', translationOf: 'y.json', texts: { Hei: '' }, extra: 1 },
      'x.nn.json',
      file,
      ['Hei'],
    );
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.errors.map((e) => e.split(':')[1]?.trim())).toEqual([
        'language',
        'translationOf',
        'note',
        'extra',
        'texts',
      ]);
  });

  it('says which texts are missing', () => {
    expect(missingTranslations('x.nn.json', ['Hei', 'Hva nå?'], new Map([['Hei', 'Hei']]))).toEqual([
      'x.nn.json: mangler nynorsk for «Hva nå?»',
    ]);
  });
});

describe('the shipped content in nynorsk', () => {
  it('has every translation file named after its content file, marked as a translation', () => {
    for (const [kind, files] of contentFiles(CONTENT_DIR))
      for (const file of files) {
        const name = translationFileName(file);
        let json: Record<string, unknown>;
        try {
          json = JSON.parse(readFileSync(join(CONTENT_DIR, kind, name), 'utf8')) as Record<string, unknown>;
        } catch {
          continue; // a missing file is the next test's
        }
        expect(json.translationOf, `${kind}/${name}`).toBe(file);
        expect(json.note, `${kind}/${name}`).toMatch(/omsetjing/);
      }
  });

  it('has the nynorsk text for every text of every content file, and no stale entry', () => {
    const { errors } = loadTranslations(CONTENT_DIR, contentFiles(CONTENT_DIR));
    expect(errors).toEqual([]);
    expect(missingIn(CONTENT_DIR)).toEqual([]);
  });

  it('fails when a bokmål text changes: the translation is missing and the old one stale', () => {
    const dir = copyOfContent();
    const path = join(dir, 'forms', 'skaleringsverktoy.v1.json');
    const form = JSON.parse(readFileSync(path, 'utf8')) as { title: string };
    form.title = 'Kartleggingsverktøy – skalering, ny tittel';
    writeFileSync(path, JSON.stringify(form));
    expect(missingIn(dir)).toContain(
      'skaleringsverktoy.v1.nn.json: mangler nynorsk for «Kartleggingsverktøy – skalering, ny tittel»',
    );
    try {
      loadContent(dir);
      expect.unreachable('loadContent accepted a stale translation');
    } catch (e) {
      expect(e).toBeInstanceOf(ContentError);
      expect((e as ContentError).errors).toContainEqual(
        expect.stringMatching(/^skaleringsverktoy\.v1\.nn\.json: texts: «Kartleggingsverktøy – skalering» finnes ikke/),
      );
    }
  });

  it('fails when a translation file is missing', () => {
    const dir = copyOfContent();
    rmSync(join(dir, 'ladders', 'hardanger.nn.json'));
    expect(missingIn(dir)).toContainEqual(expect.stringMatching(/^ladders\/hardanger\.nn\.json: fila mangler/));
  });
});

describe('contentIn', () => {
  const content = loadContent();

  it('gives the nynorsk form and ladder to a nynorsk reader and the bokmål to a bokmål reader', () => {
    const nb = content.forms.latest('timeplan-rod-gul-gronn');
    const nn = contentIn(content, 'nn').forms.latest('timeplan-rod-gul-gronn');
    expect(nb?.title).toBe('Timeplan (rødt/gult/grønt)');
    expect(nn?.title).toBe('Timeplan (raudt/gult/grønt)');
    expect(nn?.title).not.toBe(nb?.title);
    expect(nn?.id).toBe(nb?.id);
    expect(nn?.source).toBe(nb?.source);
    expect(contentIn(content, 'nb')).toBe(content);
    const ladder = contentIn(content, 'nn').ladders.get('saltdal');
    expect(ladder?.name).not.toBe(content.ladders.get('saltdal')?.name);
    expect(ladder?.levels.map((l) => l.tasks.map((t) => t.id))).toEqual(
      content.ladders.get('saltdal')?.levels.map((l) => l.tasks.map((t) => t.id)),
    );
  });

  it('gives an English reader the Norwegian of the kommune’s målform, with the note', () => {
    expect(contentIn(content, 'en', 'nb')).toBe(content);
    expect(contentIn(content, 'en', 'nn')).toBe(contentIn(content, 'nn'));
    expect(municipalContentNote('en', 'nn')).toEqual({ contentLanguage: 'nn', inNorwegian: true });
    expect(municipalContentNote('nb', 'nn')).toEqual({ contentLanguage: 'nb', inNorwegian: false });
  });
});
