// The rule editor's draft (issue 19 item 5): a profile or ladder as plain data, changed one field at a time by
// path, and the schema's problems placed under the fields they name. Pure, so the screen and its test share it.

export type Path = (string | number)[];

export const pathKey = (path: Path) => path.join('.');

/** The value at `path`, or undefined. */
export function getIn(data: unknown, path: Path): unknown {
  let at: unknown = data;
  for (const key of path) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<string | number, unknown>)[key];
  }
  return at;
}

/** A copy of `data` with `value` at `path` (arrays stay arrays); `undefined` removes an object's key. */
export function setIn<T>(data: T, path: Path, value: unknown): T {
  if (path.length === 0) return value as T;
  const [key, ...rest] = path;
  const container: unknown = data;
  if (Array.isArray(container)) {
    const copy = [...container];
    copy[key as number] = setIn(copy[key as number], rest, value);
    return copy as T;
  }
  const copy = { ...((container ?? {}) as Record<string, unknown>) };
  const next = setIn(copy[key as string], rest, value);
  if (next === undefined) delete copy[key as string];
  else copy[key as string] = next;
  return copy as T;
}

/** A copy of the list at `path` without item `index`. */
export function removeAt<T>(data: T, path: Path, index: number): T {
  const list = getIn(data, path);
  return Array.isArray(list)
    ? setIn(
        data,
        path,
        list.filter((_, i) => i !== index),
      )
    : data;
}

/** The problems by the path they name (the first problem of each path). */
export function problemsByPath(issues: readonly { path: readonly (string | number)[]; message: string }[]) {
  const out: Record<string, string> = {};
  for (const i of issues) {
    const key = pathKey([...i.path]);
    out[key] ??= i.message;
  }
  return out;
}

/**
 * The problem a field shows: one at its own path or inside it (a list's item, `kinds.1`), so a field is
 * never silent about what is wrong within it.
 */
export function problemAt(problems: Readonly<Record<string, string>>, path: Path): string | undefined {
  const key = pathKey(path);
  if (problems[key]) return problems[key];
  const inside = Object.keys(problems).find((k) => k.startsWith(`${key}.`));
  return inside === undefined ? undefined : problems[inside];
}

/** A number typed in Norwegian (decimal comma or point); undefined for an empty field, NaN for anything else. */
export function parseNumber(text: string): number | undefined {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return undefined;
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** A new id for an item added on screen: the prefix and the first number not taken. */
export function freshId(prefix: string, taken: readonly string[]): string {
  for (let n = taken.length + 1; ; n++) if (!taken.includes(`${prefix}-${n}`)) return `${prefix}-${n}`;
}
