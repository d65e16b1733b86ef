// Shared request and response shapes, and the validator every route's schemas run through: it refuses
// text PostgreSQL cannot store (NUL, other control characters, lone surrogates) in every string and
// key of every body, query and path, so no route has to remember it (decision 056).
import { validatorCompiler as zodValidatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorBody } from '../../contract/common';

/** The error responses every authenticated route can give. */
export const authErrors = { 401: errorBody, 403: errorBody };

/**
 * Characters no field of ours may hold: C0 controls except tab, LF and CR, DEL and the C1 controls, and
 * a surrogate without its pair. PostgreSQL refuses NUL in text and jsonb and lone surrogates in jsonb;
 * the others are invisible, break the PDFs and mean nothing in a name, a date or a case note.
 */
const UNSTORABLE =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why `text` cannot be stored («inneholder et usynlig kontrolltegn (U+0000) som tegn nr. 3 …»), or null. For text that is not JSON too (an imported file's cells). */
export function unstorableCharacter(text: string): string | null {
  const m = UNSTORABLE.exec(text);
  if (!m) return null;
  const code = m[0].charCodeAt(0);
  const name = code >= 0xd800 && code <= 0xdfff ? 'et halvt tegn (ensom surrogat)' : 'et usynlig kontrolltegn';
  return `inneholder ${name} (U+${code.toString(16).toUpperCase().padStart(4, '0')}) som tegn nr. ${m.index + 1}, og det kan ikke lagres. Fjern tegnet og prøv igjen`;
}

const MAX_PROBLEMS = 20;

type Place = { key: string | number; parent: Place | null };
const pathOf = (place: Place | null): (string | number)[] => {
  const path: (string | number)[] = [];
  for (let p = place; p; p = p.parent) path.push(p.key);
  return path.reverse();
};

/**
 * Every string and key in a parsed request part that holds an unstorable character, with its path
 * (at most MAX_PROBLEMS, so the answer stays small). Iterative, and linear in the size of the body: a
 * body nested 500 000 deep neither overflows the stack nor costs more than a flat one.
 */
export function unstorableText(value: unknown): { path: (string | number)[]; message: string }[] {
  const found: { path: (string | number)[]; message: string }[] = [];
  const stack: { value: unknown; place: Place | null }[] = [{ value, place: null }];
  while (stack.length > 0 && found.length < MAX_PROBLEMS) {
    const { value: v, place } = stack.pop()!;
    if (typeof v === 'string') {
      const problem = unstorableCharacter(v);
      if (problem) found.push({ path: pathOf(place), message: `Teksten ${problem}` });
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], place: { key: i, parent: place } });
    } else if (v !== null && typeof v === 'object' && [Object.prototype, null].includes(Object.getPrototypeOf(v))) {
      // Plain objects only: a file body (Buffer) is the import's to read.
      const entries = Object.entries(v);
      for (const [k] of entries) {
        const problem = unstorableCharacter(k);
        if (problem) found.push({ path: pathOf(place), message: `Et feltnavn ${problem}` });
      }
      for (let i = entries.length - 1; i >= 0; i--)
        stack.push({ value: entries[i]![1], place: { key: entries[i]![0], parent: place } });
    }
  }
  return found.slice(0, MAX_PROBLEMS);
}

/**
 * The zod validator, with unstorable text refused after each schema has parsed its part (so text in
 * z.unknown() definitions, form answers and plan content is checked too). The issues read like any
 * other validation error: 400 with the field named.
 */
export const validatorCompiler: typeof zodValidatorCompiler = ({ schema, ...rest }) =>
  zodValidatorCompiler({
    ...rest,
    schema:
      schema instanceof z.ZodType
        ? schema.superRefine((value, ctx) => {
            for (const p of unstorableText(value))
              ctx.addIssue({ code: 'custom', path: p.path, message: p.message, input: value });
          })
        : schema,
  });
