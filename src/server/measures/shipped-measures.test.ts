// ACCEPTANCE: the shipped measures catalogue holds every measure of the source documents, in the
// source's words. The measures are read from verbatim excerpts of the sources (tests/fixtures/measures,
// read by extract.ts by the layout of the PDF text), never from content/measures, and the counts per
// group below are counted by hand in the source.
import { describe, expect, it } from 'vitest';
import {
  BULLET_SECTIONS,
  excerptText,
  extractDel2,
  extractFamilyProgrammes,
  extractKap6,
} from '../../../tests/fixtures/measures/extract';
import type { Measure } from '../../domain/measures/measure-schema';
import { readFileSync } from 'node:fs';
import { CAUSE_CARDS, CAUSE_DETAILS } from '../../domain/measures/causes';
import { loadContent } from '../content/load-content';

// Wording is compared letter by letter: case, spaces, punctuation, quotes and dashes are left out, as
// the PDF text breaks lines and words and loses quotes. Every letter must be there, in order.
const canonical = (s: string) =>
  s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');

// Spelling errors in the source, corrected in the catalogue; the measure's (or group's) interpretation
// names the source's word. [source, catalogue, the word as the interpretation quotes it]
const CORRECTIONS: [string, string, string][] = [
  ['tilstrekkelig formasjon', 'tilstrekkelig informasjon', 'formasjon'],
  ['Forstrekningen', 'Forsterkningen', 'Forstrekningen'],
  ['Positiv forstrekning', 'Positiv forsterkning', 'forstrekning'],
  ['slik at elven eksempelvis', 'slik at eleven eksempelvis', 'elven'],
  ['Muntlig prøve i fremfor', 'Muntlig prøve fremfor', 'Muntlig prøve i fremfor skriftlig'],
  ['disse forventingene', 'disse forventningene', 'forventingene'],
  ['og planlegger positive', 'og planlegge positive', 'planlegger'],
  ['et svært viktige', 'svært viktige', 'et svært viktige'],
  ['om å utettes for', 'om å utsettes for', 'utettes'],
  ['Der kan også være aktuelt', 'Det kan også være aktuelt', 'Der kan også'],
  ['læreren definer klare', 'læreren definerer klare', 'definer'],
];
function corrected(text: string): string {
  let out = text.replace(/\s+/g, ' ');
  for (const [from, to] of CORRECTIONS) out = out.split(from).join(to);
  return out;
}

const { catalogues, measures } = loadContent().measures;
const catalogue = (id: string) => {
  const found = catalogues.find((c) => c.catalogue.id === id);
  if (!found) throw new Error(`mangler katalogen ${id}`);
  return found;
};
const wording = (m: Measure) => canonical(`${m.title} ${m.description ?? ''}`);

describe('001 Del 2: the tiltaksbank', () => {
  const source = extractDel2();
  const del2 = catalogue('tiltaksbank-del2');
  // Group 1 closes with a paragraph on why causes are mapped: prose, not a measure, though its layout
  // reads as an entry. It is the group's introduction (checked below).
  const isGroup1Prose = (text: string) => text.startsWith('Kartlegging av årsaker, både utløsende');
  const entriesOf = (n: string) =>
    source.entries.filter((e) => e.groupNumber === n && e.kind === 'entry' && !isGroup1Prose(e.text));

  it('has the twelve groups, titled as in the source, in order', () => {
    expect(source.groups).toHaveLength(12);
    expect(del2.catalogue.groups.map((g) => g.title)).toEqual(source.groups.map((g) => g.title));
  });

  // Counted by hand in 001 Del 2; the extraction and the catalogue must both agree.
  it.each([
    ['1', 'Årsakskartlegging', 2],
    ['2', 'Øke trygghet og forutsigbarhet - tilbakeføring', 8],
    ['3', 'Plan for nærvær', 26],
    ['4', 'Samtaler og veiledning', 5],
    ['5', 'Struktur og forutsigbarhet', 15],
    ['6', 'Tilpasning av krav i forbindelse med evaluering og arbeidsbyrde', 20],
    ['7', 'Tilpasning i forbindelse med sosial-deltakelse', 12],
    ['8', 'Styrke voksenrelasjoner', 13],
    ['9', 'Styrke jevnalderelasjoner', 11],
    ['10', 'Styrke klassemiljø og kultur', 13],
    ['11', 'Forsterkning', 6],
    ['12', 'Overganger', 9],
  ] as const)('group %s «%s» has %i measures, each in the catalogue in the source’s words', (n, title, count) => {
    const entries = entriesOf(n);
    expect(entries).toHaveLength(count);
    const group = del2.catalogue.groups[Number(n) - 1]!;
    expect(group.title).toBe(title);
    expect(group.measures).toHaveLength(count);
    const inCatalogue = del2.measures.filter((m) => m.group.id === group.id).map(wording);
    for (const entry of entries)
      expect(inCatalogue, `001 Del 2 gruppe ${n}: «${entry.text}»`).toContain(canonical(corrected(entry.text)));
  });

  it('keeps the source’s lead texts (not measures) as the groups’ introductions', () => {
    const leads = [
      { n: '1', text: source.entries.find((e) => e.groupNumber === '1' && isGroup1Prose(e.text))!.text },
      ...source.entries.filter((e) => e.kind === 'lead').map((e) => ({ n: e.groupNumber, text: e.text })),
    ];
    expect(leads.map((l) => l.n)).toEqual(['1', '2']);
    for (const lead of leads)
      expect(canonical(del2.catalogue.groups[Number(lead.n) - 1]!.intro ?? '')).toBe(canonical(corrected(lead.text)));
  });

  it('has no measure the source does not have', () => {
    const fromSource = new Set(
      source.entries
        .filter((e) => e.kind === 'entry' && !isGroup1Prose(e.text))
        .map((e) => canonical(corrected(e.text))),
    );
    for (const m of del2.measures) expect(fromSource.has(wording(m)), `${m.id}: «${m.title}»`).toBe(true);
  });

  it('gives no level, since Del 2 gives none, and says so', () => {
    for (const m of del2.measures.filter((x) => x.levels.length === 0)) expect(m.levelsNote).toMatch(/nivå/);
    // The one exception is the referral to BUP, a level 2 task of the tiltakstrapp (000 §5).
    expect(del2.measures.filter((x) => x.levels.length > 0).map((x) => x.id)).toEqual(['samtale-henvisning-bup']);
  });
});

describe('000 §6: measures by level, at school and at home', () => {
  const source = extractKap6();
  const kap6 = catalogue('saltdal-veileder');
  const excerpt = canonical(corrected(excerptText('kap6')));

  it.each([
    ['6.1', 'Særlige tiltak for nivå 0 og 1', [0, 1], 'skole', 28],
    ['6.2', 'Særskilte tiltak for nivå 2', [2], 'skole', 4],
    ['6.3', 'Særskilte tiltak for nivå 3', [3], 'skole', 3],
    ['6.4', 'Tiltak i hjemmet', [], 'hjem', 9],
  ] as const)(
    '§%s «%s»: levels %j, place %s, %i measures, each in the catalogue',
    (number, title, levels, place, count) => {
      const fromSource = source.measures.filter((m) => m.group === number);
      expect(fromSource).toHaveLength(count);
      const group = kap6.catalogue.groups.find((g) => g.section === `§${number}`)!;
      expect(group.title).toBe(title);
      expect(group.levels).toEqual(levels);
      expect(group.place).toBe(place);
      expect(group.measures).toHaveLength(count);
      const inGroup = kap6.measures.filter((m) => m.group.id === group.id);
      for (const s of fromSource) {
        const where = `000 §${s.section}: «${s.text}»`;
        const found = inGroup.find(
          (m) =>
            m.source.section.startsWith(`§${s.section} `) &&
            (s.kind === 'heading'
              ? canonical(m.title) === canonical(s.heading)
              : wording(m) === canonical(corrected(s.text))),
        );
        expect(found, where).toBeDefined();
        expect(found!.source.section, where).toBe(`§${s.section} «${s.heading}»`);
      }
    },
  );

  it('lists the bullets of §6.1.6 (6), §6.1.7 (6) and §6.1.9 (8) one by one', () => {
    expect(BULLET_SECTIONS.map((s) => source.measures.filter((m) => m.section === s).length)).toEqual([6, 6, 8]);
  });

  it('takes every description from the source’s text («…» marks what is left out)', () => {
    for (const m of kap6.measures.filter((x) => x.group.id.startsWith('kap6-') && x.description)) {
      for (const part of m.description!.split('…').map(canonical).filter(Boolean))
        expect(excerpt.includes(part), `${m.id}: «${m.description}»`).toBe(true);
    }
  });
});

describe('000 appendix: the health service’s family programmes', () => {
  const source = extractFamilyProgrammes();
  const group = catalogue('saltdal-veileder').catalogue.groups.find((g) => g.id === 'familietiltak')!;

  it('has TIBIR/PMTO, COS, ART and ICDP under the source’s heading, at home, for levels 2 and 3', () => {
    expect(source.programmes).toHaveLength(4);
    expect(group.title).toBe(source.heading);
    expect(group.measures.map((m) => m.title)).toEqual(source.programmes);
    expect(group.levels).toEqual([2, 3]);
    expect(group.place).toBe('hjem');
  });
});

describe('the whole catalogue', () => {
  it('has 140 + 48 measures with unique ids', () => {
    expect(measures).toHaveLength(188);
    expect(new Set(measures.map((m) => m.id)).size).toBe(188);
  });

  it('has «Mulighet for å skifte i egen garderobe» for «Noe på skolen kjennes vanskelig» / «Gym – skifte i garderobe»', () => {
    const m = measures.find((x) => x.title === 'Mulighet for å skifte i egen garderobe');
    expect(m?.id).toBe('sosial-skifte-i-egen-garderobe');
    expect(m?.causes).toContainEqual(
      expect.objectContaining({ card: 'noe-pa-skolen', details: expect.arrayContaining(['gym-skifte-i-garderobe']) }),
    );
    expect(m?.source).toEqual({ document: '001', section: 'Del 2, 7. Tilpasning i forbindelse med sosial-deltakelse' });
  });

  it('writes down every correction of the source’s spelling next to the measure or group', () => {
    const notes = catalogues
      .flatMap((c) => [
        ...c.catalogue.interpretation,
        ...c.catalogue.groups.flatMap((g) => [...g.interpretation, ...g.measures.flatMap((m) => m.interpretation)]),
      ])
      .join('\n');
    for (const [from, , word] of CORRECTIONS) expect(notes, `rettelsen «${from}»`).toContain(`«${word}»`);
  });
});

describe('the cause codes', () => {
  it('are the ids of the årsakskartlegging form, so its answers feed the suggestions as they stand', () => {
    type Option = { id: string; label: string };
    type Form = {
      sections: { questions: { type: string; cards?: Option[]; elaborations?: { options: Option[] }[] }[] }[];
    };
    const form = JSON.parse(
      readFileSync(new URL('../../../content/forms/arsakskartlegging.v1.json', import.meta.url), 'utf8'),
    ) as Form;
    const question = form.sections.flatMap((s) => s.questions).find((q) => q.type === 'cards')!;
    const cards = question.cards!.filter((c) => c.id !== 'eget-kort');
    expect(Object.entries(CAUSE_CARDS)).toEqual(cards.map((c) => [c.id, c.label]));
    expect(Object.entries(CAUSE_DETAILS).map(([id, d]) => [id, d.label])).toEqual(
      question.elaborations!.flatMap((e) => e.options.map((o) => [o.id, o.label])),
    );
  });
});
