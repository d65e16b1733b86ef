// Reading the shipped forms (content/forms) from disk; the validation itself is pure and lives in
// src/domain/forms. An invalid form file stops the server with the file, section, question and field
// named, as an invalid ladder or rule profile does (decision 060).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildFormRegistry, type FormRegistry } from '../../domain/forms/registry';
import type { FormDefinition } from '../../domain/forms/form-schema';
import type { Content } from '../content/load-content';
import { AppError } from '../errors';
import { isTranslationFile } from '../content/translations';

/** The folder of the shipped forms: `<id>.v<version>.json`, every version kept. */
export const FORMS_DIR = fileURLToPath(new URL('../../../content/forms/', import.meta.url));

/** Reads and validates every form file of a folder; all errors of all files, or the registry. */
export function loadForms(
  dir: string = FORMS_DIR,
): { ok: true; registry: FormRegistry } | { ok: false; errors: string[] } {
  let names: string[];
  try {
    names = readdirSync(dir).filter((f) => f.endsWith('.json') && !isTranslationFile(f));
  } catch {
    return { ok: false, errors: [`skjemaer: kan ikke lese mappen «${dir}»`] };
  }
  return buildFormRegistry(names.map((fileName) => ({ fileName, text: readFileSync(join(dir, fileName), 'utf8') })));
}

/** A shipped form by id, in a given version or the newest. */
export function formById(content: Content, id: string, version?: number): FormDefinition {
  const forms = content.forms;
  const form = version === undefined ? forms.latest(id) : forms.get(id, version);
  if (form) return form;
  if (!forms.latest(id)) throw new AppError('validation', `Ukjent skjema «${id}». Gyldige: ${forms.ids().join(', ')}.`);
  throw new AppError(
    'validation',
    `Skjemaet «${id}» har ikke versjon ${version}. Finnes: ${forms.versions(id).join(', ')}.`,
  );
}
