import { describe, expect, it } from 'vitest';
import { archiveToolsMissing } from '../../../tests/support/pdfa';
import { schemaProblems } from '../../../tests/support/xmllint';
import {
  addmlXml,
  arkivdelTitle,
  arkivstrukturXml,
  endringsloggXml,
  journalXml,
  numbering,
  SCREENED,
  type ArchiveDocument,
  type ExtractInput,
} from './noark5';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
let next = 100;
const doc = (
  kind: ArchiveDocument['kind'],
  date: string,
  title: string,
  counterpart = 'Foresatte',
): ArchiveDocument => ({
  ids: { registrering: uuid(next++), dokumentbeskrivelse: uuid(next++), dokumentobjekt: uuid(next++) },
  kind,
  title: `${title} – Henrik Haugen`,
  publicTitle: title,
  date,
  createdAt: `${date}T09:00:00.000Z`,
  author: 'Kari Kontaktlærer',
  counterpart,
  personalData: true,
  file: { path: `dokumenter/${kind}-${date}.pdf`, sha256: 'ab'.repeat(32), size: 1234 },
});

const input = (): ExtractInput => ({
  extractId: uuid(1),
  ids: { arkiv: uuid(2), arkivdel: uuid(3), klassifikasjonssystem: uuid(4) },
  kommune: { id: uuid(5), name: 'Eksempel kommune' },
  school: { id: uuid(6), name: 'Nordby skole' },
  period: { from: '2026-08-17', to: '2026-12-07' },
  madeAt: '2026-12-07T10:00:00.000Z',
  madeBy: 'Rita Rektor',
  cases: [
    {
      id: uuid(10),
      pupil: { klasseSystemId: uuid(11), key: uuid(12), name: 'Henrik Haugen' },
      title: 'Oppfølging av skolefravær – Henrik Haugen',
      publicTitle: 'Oppfølging av skolefravær',
      openedAt: '2026-09-01T08:00:00.000Z',
      closedAt: '2026-12-07T09:59:00.000Z',
      closedBy: 'Rita Rektor',
      openedBy: 'Kari Kontaktlærer',
      responsible: 'Kari Kontaktlærer',
      documents: [
        doc('minutes', '2026-09-10', 'Referat fra samarbeidsmøte', 'Skolen'),
        doc('letter', '2026-09-02', 'Brev om bekymringsfullt fravær'),
        doc('consent', '2026-09-15', 'Samtykke til samarbeid'),
        doc('plan', '2026-09-20', 'Tiltaksplan <utkast> & «mål»', 'Skolen'),
        doc('form', '2027-01-04', 'Momenter til samtale med elev', 'Skolen'),
        doc('notice', '2026-10-01', 'Skriftlig melding til skoleledelsen', 'Skoleledelsen'),
      ],
      changes: [
        {
          entityId: uuid(10),
          field: 'tittel (M020)',
          at: '2026-10-01T10:00:00.000Z',
          by: 'Kari Kontaktlærer',
          before: 'Tiltaksplan v1',
          after: 'Tiltaksplan v2',
        },
      ],
    },
  ],
});

describe('numbering', () => {
  it('numbers the case by the year it opened and the documents by date, each year its own sequence', () => {
    const [n] = numbering(input());
    expect(n!.mappeID).toBe('2026/1');
    expect(
      n!.documents.map((d) => [d.document.kind, d.journalaar, d.journalsekvensnummer, d.journalpostnummer]),
    ).toEqual([
      ['letter', 2026, 1, 1],
      ['minutes', 2026, 2, 2],
      ['consent', 2026, 3, 3],
      ['plan', 2026, 4, 4],
      ['notice', 2026, 5, 5],
      ['form', 2027, 1, 6],
    ]);
  });
});

describe('arkivstruktur.xml', () => {
  const xml = arkivstrukturXml(input());
  it('has one journalpost per document, each with its checksum, size and file', () => {
    expect(xml.match(/<registrering xsi:type="journalpost">/g)).toHaveLength(6);
    expect(xml.match(/<sjekksumAlgoritme>SHA256<\/sjekksumAlgoritme>/g)).toHaveLength(6);
    expect(xml).toContain('<referanseDokumentfil>dokumenter/plan-2026-09-20.pdf</referanseDokumentfil>');
    expect(xml).toContain('<filstoerrelse>1234</filstoerrelse>');
  });
  it('screens every registrering, the saksmappe and the klasse under offl. § 13 (decision 222)', () => {
    expect(xml.match(/<tilgangsrestriksjon>13<\/tilgangsrestriksjon>/g)).toHaveLength(
      6 /* registrering */ + 6 /* dokumentbeskrivelse */ + 1 /* mappe */ + 1 /* klasse */,
    );
    expect(xml).toContain('<skjermingMetadata>Skjerming navn avsender</skjermingMetadata>'); // the consent came in
    expect(xml).toContain('<journalposttype>Inngående dokument</journalposttype>');
  });
  it('escapes what a title holds', () => {
    expect(xml).toContain('Tiltaksplan &lt;utkast&gt; &amp; «mål» – Henrik Haugen');
  });
});

describe('offentligJournal.xml', () => {
  const open = journalXml(input(), 'offentligJournal');
  it('names neither the pupil nor a guardian: public titles and screened parties only', () => {
    expect(open).not.toContain('Henrik');
    expect(open).not.toContain('Foresatte');
    expect(open.match(new RegExp(`<korrespondansepartNavn>${SCREENED}</korrespondansepartNavn>`, 'g'))).toHaveLength(6);
    expect(open).toContain('<antallJournalposter>6</antallJournalposter>');
  });
  it('the running journal has the full titles', () => {
    expect(journalXml(input(), 'loependeJournal')).toContain('Referat fra samarbeidsmøte – Henrik Haugen');
  });
});

describe('endringslogg.xml', () => {
  it('logs the changes and the case closing, in time order', () => {
    const xml = endringsloggXml(input());
    expect(xml.match(/<endring>/g)).toHaveLength(2);
    expect(xml.indexOf('tittel (M020)')).toBeLessThan(xml.indexOf('saksstatus (M052)'));
  });
});

/** The same pupil's closed school environment matter beside the absence case: a saksmappe of its own (decision 231). */
const withMatter = (): ExtractInput => {
  const i = input();
  i.cases.push({
    id: uuid(20),
    matter: 'school-environment',
    pupil: i.cases[0]!.pupil,
    title: 'Skolemiljøsak – Henrik Haugen',
    publicTitle: 'Skolemiljøsak (opplæringslova kapittel 12)',
    openedAt: '2026-10-05T08:00:00.000Z',
    closedAt: '2026-12-01T12:00:00.000Z',
    closedBy: 'Rita Rektor',
    openedBy: 'Kari Kontaktlærer',
    responsible: 'Rita Rektor',
    documents: [
      doc('activity-plan', '2026-10-12', 'Aktivitetsplan'),
      doc('plan', '2026-10-08', 'Aktivitetsplan', 'Skolen'),
      doc('notice', '2026-10-05', 'Melding til skoleeier', 'Skoleeier'),
      doc('matter-record', '2026-12-01', 'Dokumentasjon av aktivitetsplikten', 'Skolen'),
    ],
    changes: [],
  });
  return i;
};

describe('a school environment matter (decision 231)', () => {
  const xml = arkivstrukturXml(withMatter());
  const registrering = (kind: string) =>
    xml.split('<registrering ').find((r) => r.includes(`<referanseDokumentfil>dokumenter/${kind}-`))!;
  it('is its own saksmappe in the pupil’s klasse, numbered after the case, screened like it', () => {
    expect(xml.match(/<klasse>/g)).toHaveLength(1);
    expect(xml.match(/<mappe xsi:type="saksmappe">/g)).toHaveLength(2);
    expect(xml).toContain('<mappeID>2026/2</mappeID>');
    expect(xml).toContain('<offentligTittel>Skolemiljøsak (opplæringslova kapittel 12)</offentligTittel>');
    expect(xml.match(/<tilgangsrestriksjon>13<\/tilgangsrestriksjon>/g)).toHaveLength(
      2 * 10 /* registrering and dokumentbeskrivelse */ + 2 /* mapper */ + 1 /* klasse */,
    );
  });
  it('an aktivitetsplan sent home goes out to the guardians; one never sent stays internal', () => {
    const sent = registrering('activity-plan');
    expect(sent).toContain('<journalposttype>Utgående dokument</journalposttype>');
    expect(sent).toContain('<dokumenttype>Plan</dokumenttype>');
    expect(sent).toContain('<korrespondanseparttype>Mottaker</korrespondanseparttype>');
    expect(sent).toContain('<sendtDato>');
    expect(registrering('plan')).toContain('<journalposttype>Organinternt dokument uten oppfølging</journalposttype>');
    const record = registrering('matter-record');
    expect(record).toContain('<journalposttype>Organinternt dokument uten oppfølging</journalposttype>');
    expect(record).toContain('<dokumenttype>Notat</dokumenttype>');
    expect(registrering('notice')).toContain('<journalposttype>Organinternt dokument for oppfølging</journalposttype>');
  });
  it('names the arkivdel by what it holds', () => {
    expect(arkivdelTitle(input())).toBe('Nordby skole: oppfølging av skolefravær 2026-08-17–2026-12-07');
    expect(arkivdelTitle(withMatter())).toBe(
      'Nordby skole: oppfølging av skolefravær og skolemiljø 2026-08-17–2026-12-07',
    );
    const onlyMatter = withMatter();
    onlyMatter.cases.shift();
    expect(arkivdelTitle(onlyMatter)).toBe(
      'Nordby skole: skolemiljø (opplæringslova kapittel 12) 2026-08-17–2026-12-07',
    );
  });
  it('the public journal names no one and closes both mapper in the change log', () => {
    const open = journalXml(withMatter(), 'offentligJournal');
    expect(open).not.toContain('Henrik');
    expect(open).toContain('<antallJournalposter>10</antallJournalposter>');
    expect(endringsloggXml(withMatter()).match(/saksstatus \(M052\)/g)).toHaveLength(2);
  });
});

describe.skipIf(archiveToolsMissing() !== null)('every file validates against the shipped Noark 5 schemas', () => {
  const i = input();
  const files = {
    xml: [{ path: 'arkivstruktur.xml', sha256: 'cd'.repeat(32), size: 10, schema: 'arkivstruktur.xsd' }],
    schemas: [{ path: 'arkivstruktur.xsd', sha256: 'ef'.repeat(32), size: 11 }],
    documents: i.cases[0]!.documents.map((d) => d.file),
  };
  it.each([
    ['arkivstruktur.xsd', () => arkivstrukturXml(i)],
    ['loependeJournal.xsd', () => journalXml(i, 'loependeJournal')],
    ['offentligJournal.xsd', () => journalXml(i, 'offentligJournal')],
    ['endringslogg.xsd', () => endringsloggXml(i)],
    ['addml.xsd', () => addmlXml(i, files)],
    ['arkivstruktur.xsd', () => arkivstrukturXml(withMatter())],
    ['offentligJournal.xsd', () => journalXml(withMatter(), 'offentligJournal')],
  ])('%s', (schema, make) => {
    expect(schemaProblems(make(), schema)).toEqual([]);
  });
  it('the check finds an invalid file', () => {
    expect(
      schemaProblems(arkivstrukturXml(i).replace(/<sjekksum>[^<]*<\/sjekksum>/, ''), 'arkivstruktur.xsd').length,
    ).toBeGreaterThan(0);
  });
});
