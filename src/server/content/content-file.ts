// Reading one content file (a rule profile, a calendar, a ladder) from disk: by shipped name or by path,
// JSON with or without a byte-order mark, every failure as a Norwegian message naming the file.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';

export type Loaded<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/** Names of the JSON files in a content folder (without .json), sorted. */
export function jsonNames(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !/\.nn\.json$/.test(f))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
}

/**
 * The file a name stands for: the shipped `<dir><name>.json` when the name is a plain name and that file
 * exists, otherwise the name as a path to a file; null when neither. `shipped` is the shipped file's path.
 */
export function contentFile(nameOrFile: string, dir: string): { path: string | null; shipped: string | null } {
  const shipped = /^[a-z0-9][a-z0-9-]*$/.test(nameOrFile) ? `${dir}${nameOrFile}.json` : null;
  const path =
    shipped && existsSync(shipped)
      ? shipped
      : existsSync(nameOrFile) && statSync(nameOrFile).isFile()
        ? nameOrFile
        : null;
  return { path, shipped };
}

/** A JSON file's content; `what` names the kind of file in the message when it cannot be read. */
export function readJson(path: string, what: string): Loaded<unknown> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return { ok: false, errors: [`${what}: kan ikke lese fila «${path}»`] };
  }
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown };
  } catch (e) {
    return { ok: false, errors: [`${basename(path)}: ugyldig JSON (${(e as Error).message})`] };
  }
}

/**
 * A content file read and validated: its JSON given to `parse` with the file's name (for the messages), and
 * what `parse` accepted made into the value by `pick`.
 */
export function loadJsonFile<P extends { ok: true }, T>(
  path: string,
  parse: (data: unknown, fileName: string) => P | { ok: false; errors: string[] },
  pick: (parsed: P) => T,
): Loaded<T> {
  const read = readJson(path, basename(path));
  if (!read.ok) return read;
  const parsed = parse(read.value, basename(path));
  return parsed.ok ? { ok: true, value: pick(parsed as P) } : parsed;
}
