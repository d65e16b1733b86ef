// Reading the retention settings (content/retention) from disk; the validation is pure and lives in
// src/domain/privacy. An invalid file stops the privacy operations with the file, rule and field named,
// as an invalid ladder or rule profile does.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseRetention, type Retention } from '../../domain/privacy/retention';

/** The shipped retention settings. */
export const RETENTION_FILE = fileURLToPath(new URL('../../../content/retention/default.json', import.meta.url));

export type LoadedRetention = { ok: true; value: Retention } | { ok: false; errors: string[] };

/** Reads and validates a retention file; every error is a Norwegian line naming file, rule and field. */
export function loadRetention(path: string): LoadedRetention {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return { ok: false, errors: [`bevaringsregler: kan ikke lese fila «${path}»`] };
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, errors: [`${basename(path)}: ugyldig JSON (${(e as Error).message})`] };
  }
  const parsed = parseRetention(data, basename(path));
  return parsed.ok ? { ok: true, value: parsed.retention } : parsed;
}
