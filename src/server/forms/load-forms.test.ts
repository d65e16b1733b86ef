import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../content/load-content';
import { FORMS_DIR, formById, loadForms } from './load-forms';

const content = loadContent();

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'naervaer-forms-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
const shipped = (name: string) => readFileSync(join(FORMS_DIR, name), 'utf8');

describe('loading forms from disk', () => {
  it('loads and validates every shipped form', () => {
    expect(content.forms.ids()).toEqual([
      'arsakskartlegging',
      'kartlegging-skolesituasjonen',
      'momenter-samtale-elev',
      'momenter-samtale-foresatte',
      'opprettholdende-faktorer',
      'pluss-minus-skjema',
      'sjekkliste-elevsamtale',
      'sjekkliste-foresattesamtale',
      'skaleringsverktoy',
      'timeplan-rod-gul-gronn',
      'undringssamtale-elev',
      'undringssamtale-foresatte',
    ]);
    expect(formById(content, 'pluss-minus-skjema').version).toBe(1);
  });

  it('refuses an unknown form or version in Norwegian', () => {
    expect(() => formById(content, 'oslo-skjema')).toThrow(
      /^Ukjent skjema «oslo-skjema»\. Gyldige: arsakskartlegging, /,
    );
    expect(() => formById(content, 'pluss-minus-skjema', 7)).toThrow(
      'Skjemaet «pluss-minus-skjema» har ikke versjon 7. Finnes: 1.',
    );
  });

  it('names the file when the JSON is broken', () => {
    const loaded = loadForms(
      folder({
        'pluss-minus-skjema.v1.json': shipped('pluss-minus-skjema.v1.json'),
        'sjekkliste-elevsamtale.v1.json': '{ "id": ',
      }),
    );
    expect(loaded.ok).toBe(false);
    expect(!loaded.ok && loaded.errors).toHaveLength(1);
    expect(!loaded.ok && loaded.errors[0]).toMatch(/^sjekkliste-elevsamtale\.v1\.json: ugyldig JSON/);
  });

  it('names the file, section, question and field of an invalid form', () => {
    const form = JSON.parse(shipped('sjekkliste-elevsamtale.v1.json'));
    form.sections[0].questions[1].type = 'fritekst';
    delete form.sections[0].questions[2].label;
    const loaded = loadForms(folder({ 'sjekkliste-elevsamtale.v1.json': JSON.stringify(form) }));
    expect(loaded).toEqual({
      ok: false,
      errors: [
        'sjekkliste-elevsamtale.v1.json: seksjon «informasjon-fra-eleven»: spørsmål «vanskelig»: type: må være «text», «date», «scale», «plus-minus», «single-choice», «multiple-choice», «checklist», «table» eller «cards»',
        'sjekkliste-elevsamtale.v1.json: seksjon «informasjon-fra-eleven»: spørsmål «vonde-folelser»: label: mangler',
      ],
    });
  });

  it('keeps old versions loadable beside the new one', () => {
    const v1 = JSON.parse(shipped('sjekkliste-elevsamtale.v1.json'));
    const v2 = {
      ...v1,
      version: 2,
      sections: [{ ...v1.sections[0], questions: v1.sections[0].questions.slice(0, 3) }],
    };
    const dir = folder({ 'sjekkliste-elevsamtale.v2.json': JSON.stringify(v2) });
    copyFileSync(join(FORMS_DIR, 'sjekkliste-elevsamtale.v1.json'), join(dir, 'sjekkliste-elevsamtale.v1.json'));
    const loaded = loadForms(dir);
    if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
    expect(loaded.registry.versions('sjekkliste-elevsamtale')).toEqual([1, 2]);
    expect(loaded.registry.latest('sjekkliste-elevsamtale')?.version).toBe(2);
    // An answer given to version 1 still validates against version 1, not against the newest.
    const stored = {
      formId: 'sjekkliste-elevsamtale',
      version: 1,
      answers: { 'forslag-til-tiltak': 'Fast møtepunkt med kontaktlærer hver morgen.' },
    };
    expect(loaded.registry.validateStored(stored)).toEqual({ ok: true });
    expect(loaded.registry.validateStored({ ...stored, version: 2 })).toEqual({
      ok: false,
      problems: [{ path: 'forslag-til-tiltak', message: 'ukjent spørsmål i «Sjekkliste for elevsamtalen» versjon 2' }],
    });
  });

  it('refuses a file named otherwise than its id and version', () => {
    const loaded = loadForms(
      folder({
        'elevsamtale.json': shipped('sjekkliste-elevsamtale.v1.json'),
        'sjekkliste-elevsamtale.v3.json': shipped('sjekkliste-elevsamtale.v1.json'),
      }),
    );
    expect(loaded).toEqual({
      ok: false,
      errors: [
        'elevsamtale.json: filnavnet må være «<id>.v<versjon>.json», for eksempel «pluss-minus-skjema.v1.json»',
        'sjekkliste-elevsamtale.v3.json: filnavnet må være «sjekkliste-elevsamtale.v1.json» (skjemaets id og versjon)',
      ],
    });
  });
});
