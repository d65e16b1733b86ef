// No text written into a component (issue 20 item 1, decision 177): every word on screen comes from the i18n
// resources, so it exists in every language. This parses every .tsx under src/web with the TypeScript
// compiler and fails on a JSX text with a letter in it, and on a string with a letter in a prop that is shown
// or read aloud (USER_VISIBLE_PROPS), naming file:line and the text. A string is followed through the forms
// that still yield it as the value (`cond ? 'a' : 'b'`, `x ?? 'a'`, `'a' + x`, a template's own words), not
// into a call: t('case.title') names a key, not a text. Outside JSX (the .ts files too: an API client's
// fallback message reaches the screen as well), a string that reads as a sentence — a capital letter and at
// least three words — fails the same way, unless it is a programmer's error (`new Error(…)`), a console line
// or an import. A **name table** is text too: a `…_LABEL(S)`/`…_NAME(S)` object of words declared in the web
// app, or imported from src/domain (whose names are bokmål, for the server's documents) and used in a
// component: it shows bokmål in every language. The few words that are the same in every language are in ALLOWED, each with its reason.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const web = join(root, 'src/web');

/**
 * The props whose string is shown on screen or read by a screen reader: the HTML and ARIA attributes, and
 * the props Designsystemet's components (1.22) render as text — Textfield/Checkbox/Radio/Switch/Combobox's
 * `label`, `description`, `error`, Textfield's `prefix`/`suffix`, Tooltip's `content`, Field.Counter's
 * `over`/`under`/`hint`, Suggestion.List's `singular`/`plural`, Combobox's `clearButtonLabel`/`loadingLabel`,
 * AvatarStack's `suffix` — and this app's own components' text props (`heading`, `legend`, `summary`, …).
 */
export const USER_VISIBLE_PROPS = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'aria-placeholder',
  'title',
  'placeholder',
  'alt',
  'label',
  'description',
  'error',
  'prefix',
  'suffix',
  'content',
  'over',
  'under',
  'hint',
  'singular',
  'plural',
  'clearButtonLabel',
  'loadingLabel',
  'heading',
  'legend',
  'summary',
  'caption',
  'message',
  'text',
  'emptyText',
  'submitLabel',
  'cancelLabel',
]);

/** Texts that are the same in every language. Each needs a reason. */
export const ALLOWED: readonly { text: string; reason: string }[] = [
  { text: 'Nærvær', reason: 'the product’s name' },
  { text: 'Feide', reason: 'the name of the national identity service' },
  { text: 'ID-porten', reason: 'the name of the national identity service' },
  { text: 'HelseID', reason: 'the name of the health sector’s identity service' },
];
const allowed = new Set(ALLOWED.map((a) => a.text));

export type Finding = { file: string; line: number; text: string };

/** A capitalised string of three words or more: how a message to a person starts. */
export const looksLikeSentence = (text: string): boolean => /^\p{Lu}\S*(?:\s+\S+){2,}/u.test(text.trim());

/** Whether `node` sits where a sentence is not for the screen: an import, a thrown Error's message, a console line. */
function notForTheScreen(node: ts.Node): boolean {
  for (let at: ts.Node | undefined = node.parent; at; at = at.parent) {
    if (ts.isImportDeclaration(at) || ts.isExportDeclaration(at)) return true;
    if (ts.isNewExpression(at) && /^(Error|TypeError|RangeError)$/.test(at.expression.getText())) return true;
    if (ts.isCallExpression(at) && /^console\./.test(at.expression.getText())) return true;
    if (ts.isJsxAttribute(at) || ts.isJsxExpression(at)) return true; // judged by the JSX rules
  }
  return false;
}

/** How a table of words for the screen is named: PLAN_KIND_NAMES, WEEKDAY_LABEL. */
const NAME_TABLE = /_(NAMES?|LABELS?)$/;

const hasLetter = (text: string): boolean => /\p{L}/u.test(text.replace(/&(#\d+|#x[\da-f]+|[a-z]+);/gi, ''));

/** The string literals that `expr` can evaluate to (or whose words it contains), not looking into calls. */
function literalsOf(expr: ts.Expression): ts.Node[] {
  if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr)) return [expr];
  if (ts.isTemplateExpression(expr)) return [expr.head, ...expr.templateSpans.map((s) => s.literal)];
  if (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr) || ts.isNonNullExpression(expr))
    return literalsOf(expr.expression);
  if (ts.isConditionalExpression(expr)) return [...literalsOf(expr.whenTrue), ...literalsOf(expr.whenFalse)];
  if (ts.isBinaryExpression(expr)) {
    const op = expr.operatorToken.kind;
    if (op === ts.SyntaxKind.PlusToken) return [...literalsOf(expr.left), ...literalsOf(expr.right)];
    if (
      op === ts.SyntaxKind.QuestionQuestionToken ||
      op === ts.SyntaxKind.BarBarToken ||
      op === ts.SyntaxKind.AmpersandAmpersandToken
    )
      return op === ts.SyntaxKind.AmpersandAmpersandToken
        ? literalsOf(expr.right)
        : [...literalsOf(expr.left), ...literalsOf(expr.right)];
  }
  return [];
}

const textOf = (node: ts.Node): string =>
  ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)
    ? node.text
    : ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)
      ? node.text
      : node.getText();

/** The hard-coded user-visible texts in one source file (.tsx or .ts). */
export function hardCodedTexts(file: string, source: string): Finding[] {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, kind);
  const found: Finding[] = [];
  const report = (node: ts.Node, text: string) => {
    const shown = text.replace(/\s+/g, ' ').trim();
    if (!hasLetter(shown) || allowed.has(shown)) return;
    found.push({ file, line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, text: shown });
  };
  // The name tables this file takes from src/domain: each use is a finding.
  const fromDomain = new Set<string>();
  for (const statement of sf.statements)
    if (
      ts.isImportDeclaration(statement) &&
      ts.isStringLiteral(statement.moduleSpecifier) &&
      /(^|\/)domain\//.test(statement.moduleSpecifier.text) &&
      statement.importClause?.namedBindings &&
      ts.isNamedImports(statement.importClause.namedBindings)
    )
      for (const element of statement.importClause.namedBindings.elements)
        if (NAME_TABLE.test(element.name.text)) fromDomain.add(element.name.text);
  const visit = (node: ts.Node): void => {
    if (
      ts.isIdentifier(node) &&
      fromDomain.has(node.text) &&
      !ts.isImportSpecifier(node.parent) &&
      !(ts.isPropertyAccessExpression(node.parent) && node.parent.name === node)
    )
      report(node, `${node.text} (bokmål fra src/domain)`);
    else if (
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      NAME_TABLE.test(node.name.text) &&
      node.initializer &&
      ts.isObjectLiteralExpression(node.initializer)
    ) {
      for (const property of node.initializer.properties)
        if (ts.isPropertyAssignment(property) && ts.isStringLiteral(property.initializer))
          report(property.initializer, property.initializer.text);
      return;
    }
    if (ts.isJsxText(node)) report(node, node.text);
    else if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent))
      for (const lit of literalsOf(node.expression)) report(lit, textOf(lit));
    else if (ts.isJsxAttribute(node) && USER_VISIBLE_PROPS.has(node.name.getText(sf)) && node.initializer) {
      const init = node.initializer;
      if (ts.isStringLiteral(init)) report(init, init.text);
      else if (ts.isJsxExpression(init) && init.expression)
        for (const lit of literalsOf(init.expression)) report(lit, textOf(lit));
    } else if (
      (ts.isStringLiteral(node) ||
        ts.isNoSubstitutionTemplateLiteral(node) ||
        ts.isTemplateHead(node) ||
        ts.isTemplateMiddle(node) ||
        ts.isTemplateTail(node)) &&
      looksLikeSentence(node.text) &&
      !notForTheScreen(node)
    )
      report(node, node.text);
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

/** The web app's source files, without its tests, type declarations and the i18n folder (which holds the texts). */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return path === join(web, 'i18n') ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$|\.d\.ts$/.test(entry.name) ? [path] : [];
  });
}

describe('the web app’s components', () => {
  it('write no text of their own: every text comes from the i18n resources', () => {
    const files = sourceFiles(web);
    expect(files.filter((f) => f.endsWith('.tsx')).length).toBeGreaterThan(50);
    const found = files.flatMap((path) => hardCodedTexts(relative(root, path), readFileSync(path, 'utf8')));
    expect(found.map((f) => `${f.file}:${f.line}: «${f.text}»`)).toEqual([]);
  });

  it('has a reason for every allowed word', () => {
    for (const entry of ALLOWED) expect(entry.reason.length, entry.text).toBeGreaterThan(5);
  });
});

describe('hardCodedTexts', () => {
  const find = (source: string) => hardCodedTexts('x.tsx', source).map((f) => `${f.line}: ${f.text}`);

  it('finds a JSX text, a string child and a string in a shown prop, with its line', () => {
    const source = [
      'export function A({ n, ok }: { n: string; ok: boolean }) {',
      '  return (',
      '    <section aria-label="Fravær i dag">',
      '      <h2>Fravær for {n}</h2>',
      "      <Textfield label={ok ? 'Navn' : t('a.b')} placeholder={`f.eks. ${n}`} />",
      "      {ok && 'Lagret'}",
      "      <img alt={'Logo ' + n} title={n ?? 'ukjent'} />",
      '    </section>',
      '  );',
      '}',
    ].join('\n');
    expect(find(source)).toEqual([
      '3: Fravær i dag',
      '4: Fravær for',
      '5: Navn',
      '5: f.eks.',
      '6: Lagret',
      '7: Logo',
      '7: ukjent',
    ]);
  });

  it('finds a sentence outside JSX, in a .ts file too, but not a programmer’s error or a console line', () => {
    const source = [
      "const fallback = 'Noe gikk galt hos oss. Prøv igjen.';",
      "const cls = 'register-row register-row--saved x';",
      "if (!x) throw new Error('Klokka er ikke kjent før innlogging');",
      'console.error(`Mangler tekst: ${key} i dag`);',
      'const message = `Fikk ikke kontakt med ${name} nå`;',
    ].join('\n');
    expect(hardCodedTexts('x.ts', source).map((f) => `${f.line}: ${f.text}`)).toEqual([
      '1: Noe gikk galt hos oss. Prøv igjen.',
      '5: Fikk ikke kontakt med',
    ]);
  });

  it('finds a name table of words, declared here or taken from src/domain', () => {
    const source = [
      "import { PLAN_KIND_NAMES, PLAN_KINDS } from '../../domain/plans/plan-schema';",
      "export const WEEKDAY_LABEL = { mandag: 'Mandag', tirsdag: 'Tirsdag' };",
      'export const A = () => <option>{PLAN_KIND_NAMES[PLAN_KINDS[0]]}</option>;',
    ].join('\n');
    expect(find(source)).toEqual(['2: Mandag', '2: Tirsdag', '3: PLAN_KIND_NAMES (bokmål fra src/domain)']);
  });

  it('lets keys, class names, ids, symbols, entities and the allowed names pass', () => {
    const source = [
      'export function B({ n }: { n: number }) {',
      '  return (',
      '    <p className="lead" id="x" data-size="sm" aria-labelledby="x-heading">',
      "      {t('register.title', { n })} – {n} ·  &nbsp; {'→'} <Trans i18nKey=\"a.b\" />",
      '      <span>Nærvær</span> <abbr title="Feide">{n}</abbr>',
      '    </p>',
      '  );',
      '}',
    ].join('\n');
    expect(find(source)).toEqual([]);
  });
});
