// The API as the OpenAPI document describes it, read at run time: every operation, its parameters and
// body schema, a minimal valid example request built from the schema, and where its strings go.
// The security tests enumerate routes from here so a route added later is covered without editing them.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';

export type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  format?: string;
  pattern?: string;
  minimum?: number;
  minItems?: number;
  nullable?: boolean;
  additionalProperties?: boolean | JsonSchema;
};

export type Parameter = {
  in: 'path' | 'query' | 'header' | 'cookie';
  name: string;
  required?: boolean;
  schema?: JsonSchema;
};

export type Operation = {
  /** "METHOD /api/path/{param}", the key the fixtures use. */
  key: string;
  method: string;
  path: string;
  parameters: Parameter[];
  body: JsonSchema | undefined;
  bodyContentTypes: string[];
};

export const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export async function operations(app: FastifyInstance): Promise<Operation[]> {
  const res = await app.inject({ method: 'GET', url: '/api/openapi.json' });
  if (res.statusCode !== 200) throw new Error(`/api/openapi.json svarte ${res.statusCode}`);
  const doc = res.json() as {
    paths: Record<
      string,
      Record<string, { parameters?: Parameter[]; requestBody?: { content?: Record<string, { schema?: JsonSchema }> } }>
    >;
  };
  const ops: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [m, op] of Object.entries(methods)) {
      const method = m.toUpperCase();
      const content = op.requestBody?.content ?? {};
      ops.push({
        key: `${method} ${path}`,
        method,
        path,
        parameters: op.parameters ?? [],
        body: Object.values(content)[0]?.schema,
        bodyContentTypes: Object.keys(content),
      });
    }
  }
  return ops;
}

export const isUuid = (s: JsonSchema | undefined): boolean =>
  !!s && (s.format === 'uuid' || (s.pattern ?? '').includes('[0-9a-fA-F]{8}'));

/** Whether an operation names an object by id: a path parameter, a uuid query parameter or a uuid body field. */
export function idInputs(op: Operation): string[] {
  const found = op.parameters
    .filter((p) => p.in === 'path' || (p.in === 'query' && isUuid(p.schema)))
    .map((p) => `${p.in}:${p.name}`);
  for (const [name, prop] of Object.entries(op.body?.properties ?? {}))
    if (isUuid(prop) || (prop.anyOf ?? []).some(isUuid)) found.push(`body:${name}`);
  return found;
}

const options = (s: JsonSchema): JsonSchema[] => s.anyOf ?? s.oneOf ?? [];
const typesOf = (s: JsonSchema): string[] => [s.type ?? []].flat();

/** A minimal value the schema accepts (required fields only), for routes that have no fixture. */
export function exampleOf(s: JsonSchema | undefined): unknown {
  if (!s) return undefined;
  if ('const' in s) return s.const;
  if (s.enum) return s.enum[0];
  if (s.allOf?.length) return Object.assign({}, ...s.allOf.map((x) => exampleOf(x) as object));
  const opts = options(s);
  if (opts.length) return exampleOf(opts.find((o) => !typesOf(o).includes('null')) ?? opts[0]);
  const type = typesOf(s).find((t) => t !== 'null');
  switch (type) {
    case 'object':
      return Object.fromEntries((s.required ?? []).map((k) => [k, exampleOf(s.properties?.[k])]));
    case 'array':
      return (s.minItems ?? 0) > 0 ? [exampleOf(s.items)] : [];
    case 'integer':
    case 'number':
      return Math.max(1, s.minimum ?? 1);
    case 'boolean':
      return false;
    case 'string':
      if (isUuid(s)) return randomUUID();
      if (s.format === 'date-time') return '2026-11-24T08:00:00+01:00';
      if ((s.pattern ?? '').includes('\\d{4}-\\d{2}-\\d{2}')) return '2026-11-24';
      return 'tekst';
    default:
      return undefined;
  }
}

/** The path with every {param} filled in from `values` (or a random uuid), each value URL-encoded. */
export function fillPath(op: Operation, values: Record<string, string> = {}): string {
  return op.path.replace(/\{(\w+)\}/g, (_m, name: string) => encodeURIComponent(values[name] ?? randomUUID()));
}

/** Whether a schema accepts a string (directly or as one of its options). */
export function takesString(s: JsonSchema | undefined): boolean {
  if (!s) return false;
  if (typesOf(s).includes('string') && !s.enum && !('const' in s)) return true;
  return options(s).some(takesString);
}

const objectSchema = (s: JsonSchema | undefined): JsonSchema | undefined =>
  !s ? undefined : typesOf(s).includes('object') || s.properties ? s : options(s).map(objectSchema).find(Boolean);
const arraySchema = (s: JsonSchema | undefined): JsonSchema | undefined =>
  !s ? undefined : typesOf(s).includes('array') ? s : options(s).map(arraySchema).find(Boolean);

/**
 * Every place in a JSON body where a string can go, as paths (array index 0 for arrays), following
 * both the schema and the values already in `base` (a discriminated union's chosen branch, say).
 */
export function stringPaths(schema: JsonSchema | undefined, base: unknown): (string | number)[][] {
  return stringLeaves(schema, base).map((l) => l.path);
}

export type Leaf = { path: (string | number)[]; schema: JsonSchema | undefined };

/** Like stringPaths, with the schema of each place (undefined where only `base` has a string there). */
export function stringLeaves(schema: JsonSchema | undefined, base: unknown, prefix: (string | number)[] = []): Leaf[] {
  const out: Leaf[] = [];
  if (takesString(schema) && (base === undefined || typeof base === 'string' || base === null))
    out.push({ path: prefix, schema });
  const obj = objectSchema(schema);
  if (obj && (base === undefined || (typeof base === 'object' && base !== null && !Array.isArray(base)))) {
    // With several object branches (a discriminated union), use the one whose constants match the base.
    const branches = options(schema ?? {}).filter((o) => o.properties);
    const chosen =
      branches.find((b) =>
        Object.entries(b.properties!).every(
          ([k, p]) => !('const' in p) || (base as Record<string, unknown> | undefined)?.[k] === p.const,
        ),
      ) ?? obj;
    for (const [k, p] of Object.entries(chosen.properties ?? {})) {
      if ('const' in p) continue;
      out.push(...stringLeaves(p, (base as Record<string, unknown> | undefined)?.[k], [...prefix, k]));
    }
  }
  const arr = arraySchema(schema);
  if (arr?.items && (base === undefined || Array.isArray(base)))
    out.push(...stringLeaves(arr.items, (base as unknown[] | undefined)?.[0], [...prefix, 0]));
  return out;
}

/** The schema of the place at `path` in a body of schema `s` (array index or property name on the way). */
export function schemaAt(s: JsonSchema | undefined, path: (string | number)[]): JsonSchema | undefined {
  let at = s;
  for (const step of path)
    at = typeof step === 'number' ? arraySchema(at)?.items : objectSchema(at)?.properties?.[step];
  return at;
}

/**
 * `base` with every object or array on the way to `path` that it lacks made from the schema's minimal
 * example, so a value put at `path` arrives in an otherwise valid request (a nested optional object, say).
 */
export function withPathTo(schema: JsonSchema | undefined, base: unknown, path: (string | number)[]): unknown {
  let out = base;
  for (let i = 0; i < path.length; i++) {
    const prefix = path.slice(0, i);
    let here: unknown = out;
    for (const k of prefix) here = (here as Record<string | number, unknown> | undefined)?.[k];
    if (here === undefined || here === null) {
      const sub = schemaAt(schema, prefix);
      const example = exampleOf(sub);
      out = setAt(
        out,
        prefix,
        example === undefined || example === null ? (typeof path[i] === 'number' ? [] : {}) : example,
      );
    }
  }
  return out;
}

/** A deep copy of `value` with `replacement` put at `path` (objects and arrays made on the way). */
export function setAt(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  if (typeof head === 'number') {
    const arr = Array.isArray(value) ? [...(value as unknown[])] : [];
    arr[head] = setAt(arr[head], rest, replacement);
    return arr;
  }
  const obj =
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? { ...(value as Record<string, unknown>) }
      : {};
  obj[head!] = setAt(obj[head!], rest, replacement);
  return obj;
}
