import { describe, expect, it } from 'vitest';
import arsakskartleggingJson from '../../../content/forms/arsakskartlegging.v1.json';
import kartleggingJson from '../../../content/forms/kartlegging-skolesituasjonen.v1.json';
import momenterElevJson from '../../../content/forms/momenter-samtale-elev.v1.json';
import momenterForesatteJson from '../../../content/forms/momenter-samtale-foresatte.v1.json';
import faktorerJson from '../../../content/forms/opprettholdende-faktorer.v1.json';
import plussMinusJson from '../../../content/forms/pluss-minus-skjema.v1.json';
import elevsamtaleJson from '../../../content/forms/sjekkliste-elevsamtale.v1.json';
import foresattesamtaleJson from '../../../content/forms/sjekkliste-foresattesamtale.v1.json';
import skaleringJson from '../../../content/forms/skaleringsverktoy.v1.json';
import timeplanJson from '../../../content/forms/timeplan-rod-gul-gronn.v1.json';
import undringElevJson from '../../../content/forms/undringssamtale-elev.v1.json';
import undringForesatteJson from '../../../content/forms/undringssamtale-foresatte.v1.json';
import arsakskartleggingText from '../../../tests/fixtures/forms/arsakskartlegging.txt?raw';
import kartleggingText from '../../../tests/fixtures/forms/kartlegging-skolesituasjonen.txt?raw';
import momenterElevText from '../../../tests/fixtures/forms/momenter-samtale-elev.txt?raw';
import momenterForesatteText from '../../../tests/fixtures/forms/momenter-samtale-foresatte.txt?raw';
import faktorerText from '../../../tests/fixtures/forms/opprettholdende-faktorer.txt?raw';
import plussMinusText from '../../../tests/fixtures/forms/pluss-minus-skjema.txt?raw';
import elevsamtaleText from '../../../tests/fixtures/forms/sjekkliste-elevsamtale.txt?raw';
import foresattesamtaleText from '../../../tests/fixtures/forms/sjekkliste-foresattesamtale.txt?raw';
import skaleringText from '../../../tests/fixtures/forms/skaleringsverktoy.txt?raw';
import timeplanText from '../../../tests/fixtures/forms/timeplan-rod-gul-gronn.txt?raw';
import undringElevText from '../../../tests/fixtures/forms/undringssamtale-elev.txt?raw';
import undringForesatteText from '../../../tests/fixtures/forms/undringssamtale-foresatte.txt?raw';
import { parseForm, questionsOf, type FormDefinition } from './form-schema';

// Every source form is present with all its items. The items are extracted from verbatim excerpts of
// the source documents (tests/fixtures/forms/<id>.txt), never from the definitions, by the excerpt's
// own structure: one point, question, row, card or box per line, «## » before the source's headings,
// sub-points (examples, strokes, sentences of one cell) indented under their point. Each extracted item
// must be a text of the shipped definition, and each form states how many items its source has.

function load(json: unknown, name: string): FormDefinition {
  const parsed = parseForm(json, name);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.form;
}

type Item = { text: string; subs: string[] };
type Excerpt = { headings: string[]; items: Item[] };

// The source's own markers in front of a point: bullets and numbering.
const MARKER = /^(?:[•●-]|\d+\.)\s+/;

function parseExcerpt(raw: string): Excerpt {
  const headings: string[] = [];
  const items: Item[] = [];
  for (const line of raw.split('\n')) {
    if (line.trim() === '' || (line.startsWith('#') && !line.startsWith('## '))) continue;
    if (line.startsWith('## ')) headings.push(line.slice(3).trim());
    else if (/^\s/.test(line)) {
      const parent = items.at(-1);
      if (!parent) throw new Error(`underpunkt uten punkt: ${line}`);
      parent.subs.push(
        line
          .trim()
          .replace(MARKER, '')
          .replace(/^Eks\.:\s*/, ''),
      );
    } else items.push({ text: line.trim().replace(MARKER, ''), subs: [] });
  }
  return { headings, items };
}

// Where the definition deliberately corrects the source (obvious typos, a broken parenthesis, a title
// written with a dash); each is also an «interpretation» in the content file.
const CORRECTIONS: [string, string][] = [
  ['Er der situasjoner hvor', 'Er det situasjoner hvor'],
  ['Er de situasjoner der', 'Er det situasjoner der'],
  ['elevenes vansker', 'elevens vansker'],
  ['at elevens svarer på alt', 'at eleven svarer på alt'],
  ['jobbe sammen med /par/grupper)', 'jobbe sammen med (par/grupper)?'],
  ['høyt stess', 'høyt stress'],
  ['personalet ikke har er en «fasit»', 'personalet ikke har en «fasit»'],
  ['Kartleggingsverktøy-skalering', 'Kartleggingsverktøy – skalering'],
];
const corrected = (s: string) => CORRECTIONS.reduce((t, [from, to]) => t.replace(from, to), s);

// Wording, not typography: case, spacing, kinds of dash and a closing full stop or colon do not count.
const norm = (s: string) =>
  corrected(s)
    .normalize('NFC')
    .toLowerCase()
    .replace(/[–—−]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/[\s.:;]+$/, '')
    .trim();

/** Every text a person sees in a definition: titles, intros, labels, help, prompts, examples, options … */
function definitionTexts(form: FormDefinition): Set<string> {
  const out = new Set<string>();
  const skip = new Set(['id', 'type', 'kind', 'source', 'audience', 'interpretation', 'days']);
  const walk = (v: unknown) => {
    if (typeof v === 'string') out.add(norm(v));
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) if (!skip.has(k)) walk(x);
  };
  walk(form);
  return out;
}

/** A trailing parenthesis of a line is its help text: «Spørsmål? (Hjelp, hjelp).» → [spørsmål, hjelp]. */
function splitHelp(line: string): [string, string] | null {
  const m = line.match(/\)\.?\s*$/);
  if (!m) return null;
  let depth = 0;
  for (let i = m.index!; i >= 0; i--) {
    if (line[i] === ')') depth++;
    if (line[i] === '(' && --depth === 0) {
      const label = line.slice(0, i).trim();
      return label ? [label, line.slice(i + 1, m.index!)] : null;
    }
  }
  return null;
}

function found(texts: Set<string>, line: string): boolean {
  if (texts.has(norm(line))) return true;
  const split = splitHelp(line);
  return split !== null && texts.has(norm(split[0])) && texts.has(norm(split[1]));
}

/** The items of the excerpt that the definition lacks (an empty list when all are there). */
function missing(form: FormDefinition, excerpt: Excerpt): string[] {
  const texts = definitionTexts(form);
  const absent: string[] = excerpt.headings.filter((h) => !found(texts, h)).map((h) => `## ${h}`);
  for (const item of excerpt.items) {
    // A point split into its strokes («Fremføring» – «Alene» …) is there when each stroke is.
    const subFound = (sub: string) => found(texts, sub) || found(texts, `${item.text} – ${sub}`);
    if (!found(texts, item.text) && !(item.subs.length > 0 && item.subs.every(subFound))) absent.push(item.text);
    for (const sub of item.subs) if (!subFound(sub)) absent.push(`${item.text} › ${sub}`);
  }
  return absent;
}

const subsOf = (e: Excerpt) => e.items.flatMap((i) => i.subs);

describe('every source form is present with all its items (extracted from the source excerpts)', () => {
  it('kartlegging av skolesituasjonen (000 appendiks): 10 questions and «Forslag til tiltak»', () => {
    const excerpt = parseExcerpt(kartleggingText);
    expect(excerpt.items).toHaveLength(11);
    expect(missing(load(kartleggingJson, 'kartlegging-skolesituasjonen.v1.json'), excerpt)).toEqual([]);
  });

  it('sjekkliste for elevsamtalen (000 appendiks): 11 questions and «Forslag til tiltak»', () => {
    const excerpt = parseExcerpt(elevsamtaleText);
    expect(excerpt.items).toHaveLength(12);
    expect(missing(load(elevsamtaleJson, 'sjekkliste-elevsamtale.v1.json'), excerpt)).toEqual([]);
  });

  it('sjekkliste for samtale med foresatte (000 appendiks): 13 questions and «Forslag til tiltak»', () => {
    const excerpt = parseExcerpt(foresattesamtaleText);
    expect(excerpt.items).toHaveLength(14);
    expect(missing(load(foresattesamtaleJson, 'sjekkliste-foresattesamtale.v1.json'), excerpt)).toEqual([]);
  });

  it('pluss-minus-skjema (000 appendiks): 2 intro sentences, 63 rows, 9 sub-points (incl. the two 1–10 scales)', () => {
    const excerpt = parseExcerpt(plussMinusText);
    expect(excerpt.items).toHaveLength(65);
    expect(excerpt.items.slice(2)).toHaveLength(63);
    expect(subsOf(excerpt)).toHaveLength(9);
    const form = load(plussMinusJson, 'pluss-minus-skjema.v1.json');
    expect(missing(form, excerpt)).toEqual([]);
    // Every area is a plus/minus/neutral row with a comment (61 rows, «Fremføring» as three).
    expect(questionsOf(form).filter((q) => q.question.type === 'plus-minus')).toHaveLength(63);
    const scales = questionsOf(form).flatMap((q) => (q.question.type === 'scale' ? [q.question] : []));
    expect(scales.map((s) => [s.min, s.max])).toEqual([
      [1, 10],
      [1, 10],
    ]);
  });

  it('årsakskartlegging (001): 1 intro, 6 suggestions, 15 subjects, 3 teachers, 27 situations and 12 cards (one blank)', () => {
    const excerpt = parseExcerpt(arsakskartleggingText);
    expect(excerpt.items).toHaveLength(64);
    expect(excerpt.headings).toEqual(['Årsakskartlegging', 'FAG', 'LÆRERE', 'ANNET']);
    const form = load(arsakskartleggingJson, 'arsakskartlegging.v1.json');
    // The blank card is a row of dots in the source: a card the pupil writes.
    const blank = excerpt.items.filter((i) => /^\.+$/.test(i.text));
    expect(blank).toHaveLength(1);
    const cards = questionsOf(form).flatMap((q) => (q.question.type === 'cards' ? [q.question] : []));
    expect(cards).toHaveLength(1);
    expect(cards[0]!.cards.filter((c) => c.writeIn)).toHaveLength(1);
    expect(missing(form, { ...excerpt, items: excerpt.items.filter((i) => !blank.includes(i)) })).toEqual([]);
    // The boxes sit under their own group.
    const groups = Object.fromEntries(cards[0]!.elaborations.map((e) => [e.title, e.options.length]));
    expect(groups).toEqual({ Fag: 15, Lærere: 3, Annet: 27 });
    expect(cards[0]!.cards).toHaveLength(12);
  });

  it('skaleringsverktøy 1–10 (001): 2 intro paragraphs, the 10 columns and both end labels', () => {
    const excerpt = parseExcerpt(skaleringText);
    expect(excerpt.items).toHaveLength(3);
    const [intro, legend, columns] = [excerpt.items.slice(0, 2), excerpt.items[1]!.text, excerpt.items[2]!.text];
    const points = columns.split(/\s+/).map(Number);
    expect(points).toHaveLength(10);
    const [, top, maxLabel, bottom, minLabel] = legend.match(/^(\d+) betyr (.+) mens (\d+) er (.+?)\.?$/)!;
    const form = load(skaleringJson, 'skaleringsverktoy.v1.json');
    expect(missing(form, { ...excerpt, items: intro })).toEqual([]);
    const scale = questionsOf(form)
      .flatMap((q) => (q.question.type === 'table' ? q.question.columns : []))
      .find((c) => c.type === 'scale');
    expect(scale).toMatchObject({ min: Math.min(...points), max: Math.max(...points), minLabel, maxLabel });
    expect([Number(bottom), Number(top)]).toEqual([Math.min(...points), Math.max(...points)]);
  });

  it('undringssamtale med elev (001): 5 phases with 3 + 4 + 2 + 3 + 3 points and 2 sub-points', () => {
    const excerpt = parseExcerpt(undringElevText);
    expect(excerpt.headings).toHaveLength(6);
    expect(excerpt.items).toHaveLength(15);
    expect(subsOf(excerpt)).toHaveLength(2);
    expect(missing(load(undringElevJson, 'undringssamtale-elev.v1.json'), excerpt)).toEqual([]);
  });

  it('undringssamtale med foresatte (001): 3 intro sentences, 5 bullets, 7 steps of the structure and 2 closing sentences', () => {
    const excerpt = parseExcerpt(undringForesatteText);
    expect(excerpt.items).toHaveLength(17);
    expect(missing(load(undringForesatteJson, 'undringssamtale-foresatte.v1.json'), excerpt)).toEqual([]);
  });

  it('momenter for samtale med foresatte (003): 2 before the meeting, 5 at the start, 5 in the conversation (3 examples), 2 in the summary', () => {
    const excerpt = parseExcerpt(momenterForesatteText);
    expect(excerpt.items).toHaveLength(14);
    expect(subsOf(excerpt)).toHaveLength(3);
    expect(missing(load(momenterForesatteJson, 'momenter-samtale-foresatte.v1.json'), excerpt)).toEqual([]);
  });

  it('momenter for samtale med eleven (003): 3 before, 6 at the start, 6 in the conversation (18 examples), 4 in the summary', () => {
    const excerpt = parseExcerpt(momenterElevText);
    expect(excerpt.items).toHaveLength(19);
    expect(subsOf(excerpt)).toHaveLength(18);
    const form = load(momenterElevJson, 'momenter-samtale-elev.v1.json');
    expect(missing(form, excerpt)).toEqual([]);
    expect(form.signatures).toEqual(['Kontaktlærer', 'Elev']);
  });

  it('timeplan rødt/gult/grønt (002): 4 questions, and the timetable as weekday × period with a colour', () => {
    const excerpt = parseExcerpt(timeplanText);
    expect(excerpt.items).toHaveLength(4);
    const form = load(timeplanJson, 'timeplan-rod-gul-gronn.v1.json');
    expect(missing(form, excerpt)).toEqual([]);
    const table = questionsOf(form).find((q) => q.question.type === 'table')!.question;
    expect(table.type === 'table' && table.rows).toEqual({
      kind: 'timetable',
      days: ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag'],
      periods: 8,
    });
    expect(table.type === 'table' && table.columns.map((c) => c.type)).toContain('colour');
  });

  it('opprettholdende faktorer (002): 3 focus points, the example’s 5 factors and 5 measures, 4 areas with 7 sub-points', () => {
    const excerpt = parseExcerpt(faktorerText);
    expect(excerpt.items).toHaveLength(17);
    expect(subsOf(excerpt)).toHaveLength(7);
    const form = load(faktorerJson, 'opprettholdende-faktorer.v1.json');
    expect(missing(form, excerpt)).toEqual([]);
    expect(form.sections.map((s) => s.title)).toEqual(['Eleven', 'Skolen', 'Hjemmet', 'Andre faktorer']);
  });

  it('finds a missing item (the check is not vacuous)', () => {
    const form = load(kartleggingJson, 'kartlegging-skolesituasjonen.v1.json');
    const shortened = {
      ...form,
      sections: [{ ...form.sections[0]!, questions: form.sections[0]!.questions.slice(1) }],
    };
    expect(missing(shortened, parseExcerpt(kartleggingText))).toEqual([
      'Fravær og vegringsatferd hos eleven (Varighet, hyppighet av fraværet, fraværsmønster, hele dager/enkelttimer, aktiviteter. Mønster av vegringsatferd uten fravær, dvs. unngåelse av fag, situasjoner, personer, aktiviteter etc)',
    ]);
  });
});

describe('no real author names in the shipped forms', () => {
  it.each([
    arsakskartleggingJson,
    kartleggingJson,
    momenterElevJson,
    momenterForesatteJson,
    faktorerJson,
    plussMinusJson,
    elevsamtaleJson,
    foresattesamtaleJson,
    skaleringJson,
    timeplanJson,
    undringElevJson,
    undringForesatteJson,
  ])('$id', (json) => {
    expect(JSON.stringify(json)).not.toMatch(/Gran og Mosand|Nordahl|Tjersland|Kearney|Havik|Ingul/);
  });
});
