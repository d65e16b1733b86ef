// Every message the server can send a person, found in the source (issue 20, decision 199): parsed with the
// TypeScript compiler, as tests/mirrors/hard-coded-text.test.ts walks the web app. Used by
// tests/mirrors/server-messages.test.ts (each message needs its nynorsk and English translation in
// src/server/messages/) and by scripts/missing-server-messages.mjs (prints the missing ones to fill in).
//
// Where a message is found:
// - src/server and src/domain: every Norwegian text in the arguments of `new AppError(…)` (its message, and
//   the field messages of its details), and in what those arguments name (a `const` of the same file, or
//   a parameter of the function it is thrown from, whose callers' texts are then taken); the value of an
//   `error:`, `message:`, `reason:`, `refusal:` or `role:` property (a domain refusal `{ ok: false, error }`, a field problem,
//   an import line's problem); the texts of a `throw`.
// - src/contract: the texts of zod's checks (`message:`, `error:`, a check's text argument, `text('…')`).
// A text is a string literal, or a template literal read as a template: each `${…}` becomes a `{name}`
// placeholder named after its expression (`${input.from}` → `{from}`); a `${cond ? 'a' : 'b'}` of texts
// gives one message per branch. A text is a message when it has a letter and a space, or starts with a
// capital letter: «minst én rolle», «Mangler dato.».
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** The errors whose message reaches a person: the AppError, and the import's refusals it becomes. */
const MESSAGE_ERRORS = new Set(['AppError', 'XlsxRefusal', 'ZipRefusal', 'UnreadableText']);

const MESSAGE_PROPERTIES = new Set(['error', 'message', 'reason', 'refusal', 'role']);

/**
 * Where every sentence is a message: the import's readers build their refusals in helpers, and the
 * validator says why a text cannot be stored (`unstorableCharacter`, a function's answer), and the calendar
 * why a day is closed (put into the register's and the import's refusals), and the import's check of a row
 * (`felt: årsak`). Files here: every text.
 */
const ALL_SENTENCES = ['src/server/import/'];
const ALL_TEXTS = [
  'src/server/routes/schemas.ts',
  'src/domain/calendar/calendar.ts',
  'src/domain/absence/events-file.ts',
];

/** Files whose texts are `felt: årsak`, of which the reader gets the reason (the import's `rowProblem`). */
const FIELD_PREFIXED = new Set(['src/domain/absence/events-file.ts']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'messages' ? [] : sourceFiles(path);
    return /\.ts$/.test(e.name) && !/\.test\.ts$/.test(e.name) && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Whether a text reads as a message to a person. */
export const looksLikeMessage = (text: string): boolean =>
  /\p{L}/u.test(text) &&
  (/^\p{Lu}/u.test(text.trim()) || /\p{L}\S*\s+\S*\p{L}/u.test(text)) &&
  !/^[a-z_.]+$/.test(text) &&
  !/^[\p{Lu}\d]+$/u.test(text) &&
  !/^(select|insert|update|delete|with) /i.test(text) &&
  !text.includes('\n');

/** Zod's checks whose text argument is the message a refusal shows (not `.describe`, which documents). */
const ZOD_CHECKS = new Set([
  'text',
  'min',
  'max',
  'length',
  'regex',
  'refine',
  'superRefine',
  'email',
  'url',
  'nonempty',
  'positive',
  'nonnegative',
  'int',
  'gte',
  'lte',
  'gt',
  'lt',
  'startsWith',
  'endsWith',
  'includes',
  'datetime',
  'date',
  'time',
  'uuid',
  'enum',
  'literal',
  'string',
  'number',
  'array',
  'object',
  'check',
  'trim',
]);

/** Files whose texts are data, not messages: the demo's synthetic case notes. */
const NOT_MESSAGES = new Set(['src/server/demo/seed.ts']);

/** A placeholder's name for a `${…}` expression. */
function placeholderName(e: ts.Expression): string {
  if (ts.isParenthesizedExpression(e) || ts.isNonNullExpression(e) || ts.isAsExpression(e))
    return placeholderName(e.expression);
  if (ts.isIdentifier(e)) return e.text;
  if (ts.isPropertyAccessExpression(e)) return e.name.text;
  if (ts.isElementAccessExpression(e)) return placeholderName(e.expression);
  if (ts.isCallExpression(e)) {
    const callee = e.expression;
    const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : '';
    if ((['String', 'Number', 'toString', 'toLocaleString', 'join', 'trim'].includes(name) || !name) && e.arguments[0])
      return placeholderName(e.arguments[0]);
    if (
      ['toString', 'toLocaleString', 'join', 'trim', 'toFixed'].includes(name) &&
      ts.isPropertyAccessExpression(callee)
    )
      return placeholderName(callee.expression);
    return name || 'value';
  }
  return 'value';
}

/** Whether a template's `${…}` is a choice of texts, read into the template's variants. */
const expanded = (e: ts.Expression): boolean => {
  if (!ts.isConditionalExpression(e)) return false;
  const texts = textsOf(e);
  return texts !== null && texts.length <= 4;
};

/** The texts an expression can be: literals and templates, through `?:` and parentheses. */
function textsOf(e: ts.Node): string[] | null {
  if (ts.isParenthesizedExpression(e) || ts.isAsExpression(e)) return textsOf(e.expression);
  if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return [e.text];
  if (ts.isConditionalExpression(e)) {
    const a = textsOf(e.whenTrue);
    const b = textsOf(e.whenFalse);
    return a && b ? [...a, ...b] : null;
  }
  if (ts.isTemplateExpression(e)) {
    let variants = [e.head.text];
    const used = new Map<string, number>();
    for (const span of e.templateSpans) {
      const inner = expanded(span.expression) ? textsOf(span.expression) : null;
      let parts: string[];
      if (inner) parts = inner.map((t) => t.replaceAll('{', '{{'));
      else {
        let name = placeholderName(span.expression);
        const n = (used.get(name) ?? 0) + 1;
        used.set(name, n);
        if (n > 1) name = `${name}${n}`;
        parts = [`{${name}}`];
      }
      variants = variants.flatMap((v) => parts.map((p) => v + p + span.literal.text));
    }
    return variants.map((v) => v.replaceAll('{{', '{'));
  }
  return null;
}

export type FoundMessage = { text: string; file: string; line: number };

/** Every message in the repository's server, domain and contract sources (`root`: the repository). */
export function findServerMessages(root: string): FoundMessage[] {
  const found: FoundMessage[] = [];
  for (const area of ['src/server', 'src/domain', 'src/contract']) {
    for (const path of sourceFiles(join(root, area))) {
      const file = relative(root, path);
      if (NOT_MESSAGES.has(file)) continue;
      const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
      const at = (n: ts.Node) => source.getLineAndCharacterOfPosition(n.getStart()).line + 1;
      const consts = new Map<string, ts.Node[]>();
      const calls = new Map<string, ts.CallExpression[]>();
      const index = (n: ts.Node): void => {
        if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.initializer) {
          // Every declaration of the name in the file: a `const message` in each of several functions.
          consts.set(n.name.text, [...(consts.get(n.name.text) ?? []), n.initializer]);
          // A message shared by name (conflictMessage, unavailableMessage): reaches AppErrors in other files.
          if (/Message$/.test(n.name.text)) for (const t of textsOf(n.initializer) ?? []) messageConsts.push([t, n]);
        }
        if (ts.isCallExpression(n) && ts.isIdentifier(n.expression)) {
          const list = calls.get(n.expression.text) ?? [];
          list.push(n);
          calls.set(n.expression.text, list);
        }
        ts.forEachChild(n, index);
      };
      const messageConsts: [string, ts.Node][] = [];
      index(source);
      for (const [t, n] of messageConsts) if (looksLikeMessage(t)) found.push({ text: t, file, line: at(n) });
      const add = (whole: string, n: ts.Node) => {
        const text = FIELD_PREFIXED.has(file) ? whole.replace(/^[\w+{}]+: /, '') : whole;
        if (looksLikeMessage(text)) found.push({ text, file, line: at(n) });
      };
      /** Every text in an expression, following names to their `const` or, for a parameter, to the callers. */
      const seen = new Set<ts.Node>();
      const collect = (n: ts.Node): void => {
        if (seen.has(n)) return;
        seen.add(n);
        const texts = ts.isExpression(n) ? textsOf(n) : null;
        if (texts) {
          for (const t of texts) add(t, n);
          // A word put into a template («${what}», a const of the file) is translated on its own.
          if (ts.isTemplateExpression(n))
            for (const span of n.templateSpans) if (!expanded(span.expression)) collect(span.expression);
          if (!ts.isConditionalExpression(n) && !ts.isParenthesizedExpression(n)) return;
        }
        if (ts.isIdentifier(n) && !(n.parent && ts.isPropertyAccessExpression(n.parent) && n.parent.name === n)) {
          // A const of texts only (a literal, a template, a choice, a table or list of them, a list mapped to
          // texts): not a query whose row a template reads.
          for (const init of consts.get(n.text) ?? []) if (holdsTexts(init)) collect(init);
          const param = parameterOf(n);
          if (param) {
            const { fn, position } = param;
            const name = fnName(fn);
            for (const call of (name ? calls.get(name) : undefined) ?? []) {
              const argument = call.arguments[position];
              if (argument) collect(argument);
            }
          }
          return;
        }
        if (
          ts.isCallExpression(n) &&
          ts.isPropertyAccessExpression(n.expression) &&
          n.expression.name.text === 'join'
        ) {
          collect(n.expression.expression);
          return;
        }
        ts.forEachChild(n, collect);
      };
      const visit = (n: ts.Node): void => {
        if (area === 'src/contract') {
          if (ts.isPropertyAssignment(n) && ts.isIdentifier(n.name) && ['message', 'error'].includes(n.name.text)) {
            const texts = textsOf(n.initializer);
            if (texts) for (const t of texts) add(t, n);
            else if (ts.isArrowFunction(n.initializer)) collect(n.initializer.body);
          }
          const callee = ts.isCallExpression(n)
            ? ts.isPropertyAccessExpression(n.expression)
              ? n.expression.name.text
              : ts.isIdentifier(n.expression)
                ? n.expression.text
                : ''
            : '';
          if (ts.isCallExpression(n) && ZOD_CHECKS.has(callee))
            for (const a of n.arguments) {
              const texts = textsOf(a);
              if (texts) for (const t of texts) if (/\s/.test(t) && /^\p{Lu}/u.test(t)) add(t, a);
            }
        } else {
          if (ts.isNewExpression(n) && ts.isIdentifier(n.expression) && MESSAGE_ERRORS.has(n.expression.text))
            for (const a of n.arguments ?? []) collect(a);
          if (ts.isThrowStatement(n) && !ts.isNewExpression(n.expression)) collect(n.expression);
          if (ALL_SENTENCES.some((f) => file.startsWith(f)) && ts.isExpression(n) && !ts.isConditionalExpression(n))
            for (const t of textsOf(n) ?? []) if (/^\p{Lu}\S*(?:\s+\S+){2,}/u.test(t)) add(t, n);
          if (ALL_TEXTS.includes(file) && ts.isExpression(n) && !ts.isConditionalExpression(n))
            for (const t of textsOf(n) ?? []) add(t, n);
          if (
            ts.isPropertyAssignment(n) &&
            (ts.isIdentifier(n.name) || ts.isStringLiteral(n.name)) &&
            MESSAGE_PROPERTIES.has(n.name.text)
          ) {
            const texts = textsOf(n.initializer);
            if (texts) for (const t of texts) add(t, n);
          }
        }
        ts.forEachChild(n, visit);
      };
      visit(source);
    }
  }
  return found;
}

const LIST_METHODS = new Set(['map', 'flatMap', 'filter', 'concat', 'join', 'slice']);

/** Whether a const's initializer is texts, or data made of them, rather than a query or a computation. */
function holdsTexts(init: ts.Node): boolean {
  if (ts.isAsExpression(init) || ts.isSatisfiesExpression(init) || ts.isParenthesizedExpression(init))
    return holdsTexts(init.expression);
  if (textsOf(init)) return true;
  // A function that writes a text: `(p) => \`${p.what}. …\``.
  if (ts.isArrowFunction(init) && !ts.isBlock(init.body)) return holdsTexts(init.body);
  if (
    ts.isConditionalExpression(init) ||
    ts.isBinaryExpression(init) ||
    ts.isArrayLiteralExpression(init) ||
    ts.isObjectLiteralExpression(init) ||
    ts.isElementAccessExpression(init) ||
    ts.isIdentifier(init)
  )
    return true;
  return (
    ts.isCallExpression(init) &&
    ts.isPropertyAccessExpression(init.expression) &&
    LIST_METHODS.has(init.expression.name.text)
  );
}

/** The function whose parameter a name is, and its position. */
function parameterOf(id: ts.Identifier): { fn: ts.SignatureDeclaration; position: number } | null {
  for (let at = id.parent; at; at = at.parent) {
    if (ts.isFunctionLike(at)) {
      const position = at.parameters.findIndex((p) => ts.isIdentifier(p.name) && p.name.text === id.text);
      if (position >= 0) return { fn: at, position };
    }
  }
  return null;
}

/** The name a function is called by: its declaration's, or the `const` it is assigned to. */
function fnName(fn: ts.SignatureDeclaration): string | null {
  if (ts.isFunctionDeclaration(fn) && fn.name) return fn.name.text;
  if (fn.parent && ts.isVariableDeclaration(fn.parent) && ts.isIdentifier(fn.parent.name)) return fn.parent.name.text;
  return null;
}
