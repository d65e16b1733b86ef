// Shared request and response shapes, and the validator every route's schemas run through: it refuses
// text PostgreSQL cannot store (NUL, other control characters, lone surrogates) in every string and
// key of every body, query and path, so no route has to remember it (decision 056).
import { validatorCompiler as zodValidatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { parseIsoDate } from '../../domain/calendar/dates';

export const errorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string().describe('Norsk melding til brukeren'),
    details: z.record(z.string(), z.unknown()).optional(),
  }),
});

/** The error responses every authenticated route can give. */
export const authErrors = { 401: errorBody, 403: errorBody };

export const idParam = z.string().uuid();

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const YEARS = 'år 1900–2999';

/** A calendar date as ÅÅÅÅ-MM-DD that exists (no 2026-02-30, no 0000-00-00), in the years the domain takes. */
export const isoDate = z
  .string()
  .regex(ISO_DATE, 'Bruk ÅÅÅÅ-MM-DD')
  .refine((s) => !ISO_DATE.test(s) || parseIsoDate(s) !== null, {
    error: (issue) => `Datoen ${String(issue.input)} finnes ikke (bruk ÅÅÅÅ-MM-DD, ${YEARS})`,
  });

/** A moment with its UTC offset (ISO 8601), on a date that exists, in the years the domain takes. */
export const isoDateTime = z
  .string()
  .datetime({ offset: true, error: 'Bruk ÅÅÅÅ-MM-DDTtt:mm:ss med tidssone, for eksempel 2026-11-24T08:00:00+01:00' })
  .refine((s) => !ISO_DATE.test(s.slice(0, 10)) || parseIsoDate(s.slice(0, 10)) !== null, {
    error: (issue) => `Tidspunktet ${String(issue.input)} er utenfor kalenderen (${YEARS})`,
  });

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
