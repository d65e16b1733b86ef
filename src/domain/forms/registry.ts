// All versions of all forms, built from the files' text (the reading itself is the server's: see
// src/server/forms/load-forms.ts). Every version stays loadable, because a stored answer names the
// form id and the version it was given to.
import { validateAnswers, type FormProblem, type StoredFormAnswers } from './answers';
import { parseForm, type FormDefinition } from './form-schema';

export type FormFile = { fileName: string; text: string };

/** `<id>.v<version>.json`, e.g. `pluss-minus-skjema.v1.json`. */
export const FORM_FILE_NAME = /^([a-z0-9][a-z0-9-]*)\.v([1-9][0-9]*)\.json$/;

export type FormRegistry = {
  /** The form ids, sorted. */
  ids(): string[];
  /** The versions of a form, oldest first. */
  versions(id: string): number[];
  get(id: string, version: number): FormDefinition | undefined;
  /** The newest version: the one new answers are given to. */
  latest(id: string): FormDefinition | undefined;
  /** Checks a stored answer against the version it names. */
  validateStored(stored: StoredFormAnswers): { ok: true } | { ok: false; problems: FormProblem[] };
};

/** Parses one file: JSON, then the schema, then the name must say the form's id and version. */
export function parseFormFile(file: FormFile): { ok: true; form: FormDefinition } | { ok: false; errors: string[] } {
  let data: unknown;
  try {
    data = JSON.parse(file.text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, errors: [`${file.fileName}: ugyldig JSON (${(e as Error).message})`] };
  }
  const parsed = parseForm(data, file.fileName);
  if (!parsed.ok) return parsed;
  const expected = `${parsed.form.id}.v${parsed.form.version}.json`;
  if (file.fileName !== expected)
    return { ok: false, errors: [`${file.fileName}: filnavnet må være «${expected}» (skjemaets id og versjon)`] };
  return parsed;
}

/** Builds the registry from every file, or returns every error of every file. */
export function buildFormRegistry(
  files: FormFile[],
): { ok: true; registry: FormRegistry } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  const forms = new Map<string, Map<number, FormDefinition>>();
  for (const file of [...files].sort((a, b) => a.fileName.localeCompare(b.fileName))) {
    if (!FORM_FILE_NAME.test(file.fileName)) {
      errors.push(
        `${file.fileName}: filnavnet må være «<id>.v<versjon>.json», for eksempel «pluss-minus-skjema.v1.json»`,
      );
      continue;
    }
    const parsed = parseFormFile(file);
    if (!parsed.ok) {
      errors.push(...parsed.errors);
      continue;
    }
    const versions = forms.get(parsed.form.id) ?? new Map<number, FormDefinition>();
    versions.set(parsed.form.version, parsed.form);
    forms.set(parsed.form.id, versions);
  }
  if (errors.length > 0) return { ok: false, errors };

  const versions = (id: string) => [...(forms.get(id)?.keys() ?? [])].sort((a, b) => a - b);
  const get = (id: string, version: number) => forms.get(id)?.get(version);
  const registry: FormRegistry = {
    ids: () => [...forms.keys()].sort(),
    versions,
    get,
    latest: (id) => {
      const v = versions(id).at(-1);
      return v === undefined ? undefined : get(id, v);
    },
    validateStored: (stored) => {
      if (!forms.has(stored.formId))
        return { ok: false, problems: [{ path: 'formId', message: `ukjent skjema «${stored.formId}»` }] };
      const form = get(stored.formId, stored.version);
      if (!form)
        return {
          ok: false,
          problems: [
            {
              path: 'version',
              message: `«${stored.formId}» har ikke versjon ${stored.version} (finnes: ${versions(stored.formId).join(', ')})`,
            },
          ],
        };
      const result = validateAnswers(form, stored.answers);
      return result.ok ? { ok: true } : result;
    },
  };
  return { ok: true, registry };
}
