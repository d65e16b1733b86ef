// The pupil's file as a Noark 5 version 5.0 arkivuttrekk (issue 22 item 3, decisions 221–222): pure functions
// from plain facts to the extract's XML files. The server collects the facts (the case, its documents with the
// SHA-256 and size of each PDF/A file, the changes) and packs the files; nothing here reads a clock or a
// database. The same mapping is meant to feed a KS Fiks Arkiv adapter later.
//
// Structure: arkiv (the kommune) → arkivdel (the school's elevmapper from Nærvær) → klassifikasjonssystem
// (objektbasert: one klasse per pupil, keyed by Nærvær's pseudonymous pupil id, never the national id) → klasse →
// mappe (a saksmappe per case) → registrering (a journalpost per document) → dokumentbeskrivelse → dokumentobjekt.
// Values are the standard's self-explanatory texts («Utgående dokument», not «U»), as an uttrekk requires.
// Skjerming (decision 222): every registrering of a document about a pupil is screened with tilgangsrestriksjon
// «13» (offentleglova § 13 with forvaltningsloven § 13 første ledd nr. 1), and so are the saksmappe and the klasse
// that name the pupil; offentligJournal.xml carries only the public titles and screened party names.

export const NOARK = {
  arkivstruktur: 'http://www.arkivverket.no/standarder/noark5/arkivstruktur',
  metadatakatalog: 'http://www.arkivverket.no/standarder/noark5/metadatakatalog',
  loependeJournal: 'http://www.arkivverket.no/standarder/noark5/loependeJournal',
  offentligJournal: 'http://www.arkivverket.no/standarder/noark5/offentligJournal',
  endringslogg: 'http://www.arkivverket.no/standarder/noark5/endringslogg',
  addml: 'http://www.arkivverket.no/standarder/addml',
} as const;

/** The kinds of document a case holds; each becomes one journalpost. */
export const ARCHIVE_DOCUMENT_KINDS = [
  'letter',
  'minutes',
  'plan',
  'consent',
  'form',
  'notice',
  'decision',
  'appeal',
  'reply',
  'activity-plan',
  'matter-record',
] as const;
export type ArchiveDocumentKind = (typeof ARCHIVE_DOCUMENT_KINDS)[number];

/** Who the document went to or came from, as Noark's journalposttype and korrespondanseparttype say it. */
const DIRECTION = {
  letter: { journalposttype: 'Utgående dokument', part: 'Mottaker', dokumenttype: 'Brev' },
  minutes: {
    journalposttype: 'Organinternt dokument uten oppfølging',
    part: 'Intern mottaker',
    dokumenttype: 'Referat',
  },
  plan: { journalposttype: 'Organinternt dokument uten oppfølging', part: 'Intern mottaker', dokumenttype: 'Plan' },
  consent: { journalposttype: 'Inngående dokument', part: 'Avsender', dokumenttype: 'Samtykkeerklæring' },
  form: { journalposttype: 'Organinternt dokument uten oppfølging', part: 'Intern mottaker', dokumenttype: 'Skjema' },
  notice: {
    journalposttype: 'Organinternt dokument for oppfølging',
    part: 'Intern mottaker',
    dokumenttype: 'Melding',
  },
  decision: { journalposttype: 'Utgående dokument', part: 'Mottaker', dokumenttype: 'Vedtak' },
  /** The guardians' appeal against a decision, as the school registered it (decision 225). */
  appeal: { journalposttype: 'Inngående dokument', part: 'Avsender', dokumenttype: 'Klage' },
  /** The guardians' reply to a forhåndsvarsel, sent in Nærvær or recorded by the school (decision 233). */
  reply: { journalposttype: 'Inngående dokument', part: 'Avsender', dokumenttype: 'Brev' },
  /** An aktivitetsplan of a school environment matter as sent home to the guardians (decision 231). */
  'activity-plan': { journalposttype: 'Utgående dokument', part: 'Mottaker', dokumenttype: 'Plan' },
  /** What the school did in a school environment matter, its documentation duty (§ 12-4, decision 231). */
  'matter-record': {
    journalposttype: 'Organinternt dokument uten oppfølging',
    part: 'Intern mottaker',
    dokumenttype: 'Notat',
  },
} as const satisfies Record<ArchiveDocumentKind, { journalposttype: string; part: string; dokumenttype: string }>;

export const SKJERMING = {
  tilgangsrestriksjon: '13',
  skjermingshjemmel: 'Offl. § 13 jf. fvl. § 13 første ledd nr. 1',
  /** Taushetsplikten om personlige forhold varer i 60 år (fvl. § 13 c). */
  skjermingsvarighet: 60,
} as const;

/** The placeholder the public journal shows for a screened name. */
export const SCREENED = 'Unntatt offentlighet';

export type ArchiveFile = { path: string; sha256: string; size: number };

export type ArchiveDocument = {
  /** systemIDs (UUIDs) of the registrering, its dokumentbeskrivelse and dokumentobjekt. */
  ids: { registrering: string; dokumentbeskrivelse: string; dokumentobjekt: string };
  kind: ArchiveDocumentKind;
  /** The full title, which may name the pupil. */
  title: string;
  /** The title with no personal data, for the public journal. */
  publicTitle: string;
  /** The document's own date (YYYY-MM-DD). */
  date: string;
  /** When it was made or recorded in Nærvær (ISO date-time). */
  createdAt: string;
  author: string;
  /** Who it went to or came from («Foresatte», «Skoleledelsen»). */
  counterpart: string;
  /** Holds personal data about the pupil: screened (decision 222). Every document of a case does. */
  personalData: boolean;
  file: ArchiveFile;
};

export type ArchiveChange = {
  /** systemID of the changed arkivenhet (the mappe or a registrering). */
  entityId: string;
  /** The metadata element that changed, by its Noark name and number («saksstatus (M052)»). */
  field: string;
  at: string;
  by: string;
  before: string;
  after: string;
};

export type ArchiveCase = {
  /** The case's id: the saksmappe's systemID. */
  id: string;
  /**
   * An absence case, or a school environment matter (opplæringslova kapittel 12), which is a saksmappe of its own
   * (decision 231). Absent: an absence case.
   */
  matter?: 'absence' | 'school-environment';
  pupil: { klasseSystemId: string; key: string; name: string };
  title: string;
  publicTitle: string;
  openedAt: string;
  closedAt: string;
  closedBy: string;
  openedBy: string;
  responsible: string;
  documents: ArchiveDocument[];
  changes: ArchiveChange[];
};

export type ExtractInput = {
  extractId: string;
  ids: { arkiv: string; arkivdel: string; klassifikasjonssystem: string };
  kommune: { id: string; name: string };
  school: { id: string; name: string };
  /** The period the extract covers (YYYY-MM-DD), the days its cases were closed. */
  period: { from: string; to: string };
  madeAt: string;
  madeBy: string;
  cases: ArchiveCase[];
};

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

type Node = string | Node[] | null | undefined | false;
/** An element with escaped text, or with children (an array of elements made here; falsy ones left out). */
function el(name: string, content: Node | number, attrs = ''): string {
  if (typeof content === 'number' || typeof content === 'string')
    return `<${name}${attrs}>${escape(String(content))}</${name}>`;
  return `<${name}${attrs}>${flat(content)}</${name}>`;
}
const flat = (n: Node): string => (Array.isArray(n) ? n.map(flat).join('') : n ? n : '');
const xmlDoc = (root: string) => `<?xml version="1.0" encoding="UTF-8"?>\n${root}\n`;

/** xs:dateTime with the zone, whole seconds: «2026-12-07T10:15:00Z». */
export const dateTime = (iso: string) => `${new Date(iso).toISOString().slice(0, 19)}Z`;
const yearOf = (iso: string) => Number(iso.slice(0, 4));

/** The case's saksår and sekvensnummer, and each document's journal numbers, in the extract's order. */
export function numbering(input: ExtractInput) {
  const perYear = new Map<number, number>();
  const caseSeq = new Map<number, number>();
  return input.cases.map((c) => {
    const saksaar = yearOf(c.openedAt);
    const sakssekvensnummer = (caseSeq.get(saksaar) ?? 0) + 1;
    caseSeq.set(saksaar, sakssekvensnummer);
    const documents = [...c.documents]
      .sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt))
      .map((d, i) => {
        const journalaar = yearOf(d.date);
        const journalsekvensnummer = (perYear.get(journalaar) ?? 0) + 1;
        perYear.set(journalaar, journalsekvensnummer);
        return { document: d, journalaar, journalsekvensnummer, journalpostnummer: i + 1 };
      });
    return { case: c, saksaar, sakssekvensnummer, mappeID: `${saksaar}/${sakssekvensnummer}`, documents };
  });
}

type Numbered = ReturnType<typeof numbering>[number];

const skjerming = (metadata: string[]) =>
  el('skjerming', [
    el('tilgangsrestriksjon', SKJERMING.tilgangsrestriksjon),
    el('skjermingshjemmel', SKJERMING.skjermingshjemmel),
    metadata.map((m) => el('skjermingMetadata', m)),
    el('skjermingDokument', 'Skjerming av hele dokumentet'),
    el('skjermingsvarighet', SKJERMING.skjermingsvarighet),
  ]);

function journalpost(n: Numbered, d: Numbered['documents'][number], input: ExtractInput): string {
  const doc = d.document;
  const dir = DIRECTION[doc.kind];
  const created = dateTime(doc.createdAt);
  return el(
    'registrering',
    [
      el('systemID', doc.ids.registrering),
      el('opprettetDato', created),
      el('opprettetAv', doc.author),
      el('arkivertDato', dateTime(input.madeAt)),
      el('arkivertAv', input.madeBy),
      doc.personalData &&
        skjerming([
          'Skjerming tittel registrering - utvalgte ord',
          dir.part === 'Avsender' ? 'Skjerming navn avsender' : 'Skjerming navn mottaker',
        ]),
      el('dokumentbeskrivelse', [
        el('systemID', doc.ids.dokumentbeskrivelse),
        el('dokumenttype', dir.dokumenttype),
        el('dokumentstatus', 'Dokumentet er ferdigstilt'),
        el('tittel', doc.title),
        el('forfatter', doc.author),
        el('opprettetDato', created),
        el('opprettetAv', doc.author),
        el('tilknyttetRegistreringSom', 'Hoveddokument'),
        el('dokumentnummer', 1),
        el('tilknyttetDato', dateTime(input.madeAt)),
        el('tilknyttetAv', input.madeBy),
        doc.personalData && skjerming(['Skjerming tittel dokumentbeskrivelse']),
        el('dokumentobjekt', [
          el('systemID', doc.ids.dokumentobjekt),
          el('versjonsnummer', 1),
          el('variantformat', 'Arkivformat'),
          el('format', 'fmt/477'),
          el('formatDetaljer', 'PDF/A-2b'),
          el('opprettetDato', created),
          el('opprettetAv', doc.author),
          el('referanseDokumentfil', doc.file.path),
          el('sjekksum', doc.file.sha256),
          el('sjekksumAlgoritme', 'SHA256'),
          el('filstoerrelse', doc.file.size),
        ]),
      ]),
      el('registreringsID', `${n.mappeID}-${d.journalpostnummer}`),
      el('tittel', doc.title),
      doc.personalData && el('offentligTittel', doc.publicTitle),
      el('forfatter', doc.author),
      el('korrespondansepart', [
        el('korrespondanseparttype', dir.part),
        el('korrespondansepartNavn', doc.counterpart),
        el('administrativEnhet', input.school.name),
      ]),
      el('journalaar', d.journalaar),
      el('journalsekvensnummer', d.journalsekvensnummer),
      el('journalpostnummer', d.journalpostnummer),
      el('journalposttype', dir.journalposttype),
      el('journalstatus', 'Arkivert'),
      el('journaldato', doc.date),
      el('dokumentetsDato', doc.date),
      dir.part === 'Mottaker' && el('sendtDato', created),
      dir.part === 'Avsender' && el('mottattDato', created),
      el('offentlighetsvurdertDato', input.madeAt.slice(0, 10)),
    ],
    ' xsi:type="journalpost"',
  );
}

/**
 * The arkivdel's title: the school's follow-up of school absence for the period, and of the pupils' school
 * environment when the extract holds a school environment matter (decision 231).
 */
export function arkivdelTitle(input: ExtractInput): string {
  const environment = input.cases.some((c) => c.matter === 'school-environment');
  const absence = input.cases.some((c) => (c.matter ?? 'absence') === 'absence');
  const what =
    environment && absence
      ? 'oppfølging av skolefravær og skolemiljø'
      : environment
        ? 'skolemiljø (opplæringslova kapittel 12)'
        : 'oppfølging av skolefravær';
  return `${input.school.name}: ${what} ${input.period.from}–${input.period.to}`;
}

/** arkivstruktur.xml: the whole structure with every document's checksum and size. */
export function arkivstrukturXml(input: ExtractInput): string {
  const made = dateTime(input.madeAt);
  const numbered = numbering(input);
  const byPupil = new Map<string, Numbered[]>();
  for (const n of numbered)
    byPupil.set(n.case.pupil.klasseSystemId, [...(byPupil.get(n.case.pupil.klasseSystemId) ?? []), n]);
  const klasser = [...byPupil.values()].map((cases) => {
    const pupil = cases[0]!.case.pupil;
    return el('klasse', [
      el('systemID', pupil.klasseSystemId),
      el('klasseID', pupil.key),
      el('tittel', pupil.name),
      el('opprettetDato', made),
      el('opprettetAv', input.madeBy),
      skjerming(['Skjerming tittel klasse']),
      cases.map((n) =>
        el(
          'mappe',
          [
            el('systemID', n.case.id),
            el('mappeID', n.mappeID),
            el('tittel', n.case.title),
            el('offentligTittel', n.case.publicTitle),
            el('opprettetDato', dateTime(n.case.openedAt)),
            el('opprettetAv', n.case.openedBy),
            el('avsluttetDato', dateTime(n.case.closedAt)),
            el('avsluttetAv', n.case.closedBy),
            el('part', [el('partNavn', n.case.pupil.name), el('partRolle', 'Elev')]),
            skjerming(['Skjerming tittel mappe - utvalgte ord', 'Skjerming navn part i sak']),
            n.documents.map((d) => journalpost(n, d, input)),
            el('saksaar', n.saksaar),
            el('sakssekvensnummer', n.sakssekvensnummer),
            el('saksdato', n.case.openedAt.slice(0, 10)),
            el('administrativEnhet', input.school.name),
            el('saksansvarlig', n.case.responsible),
            el('saksstatus', 'Avsluttet'),
          ],
          ' xsi:type="saksmappe"',
        ),
      ),
    ]);
  });
  const root = el(
    'arkiv',
    [
      el('systemID', input.ids.arkiv),
      el('tittel', `${input.kommune.name}: elevmapper fra Nærvær`),
      el('opprettetDato', made),
      el('opprettetAv', input.madeBy),
      el('avsluttetDato', made),
      el('avsluttetAv', input.madeBy),
      el('arkivskaper', [el('arkivskaperID', input.kommune.id), el('arkivskaperNavn', input.kommune.name)]),
      el('arkivdel', [
        el('systemID', input.ids.arkivdel),
        el('tittel', arkivdelTitle(input)),
        el('arkivdelstatus', 'Avsluttet periode'),
        el('opprettetDato', made),
        el('opprettetAv', input.madeBy),
        el('avsluttetDato', made),
        el('avsluttetAv', input.madeBy),
        el('arkivperiodeStartDato', input.period.from),
        el('arkivperiodeSluttDato', input.period.to),
        el('klassifikasjonssystem', [
          el('systemID', input.ids.klassifikasjonssystem),
          el('klassifikasjonstype', 'Objektbasert'),
          el('tittel', 'Elever (pseudonym elevnøkkel fra Nærvær)'),
          el('opprettetDato', made),
          el('opprettetAv', input.madeBy),
          klasser,
        ]),
      ]),
    ],
    ` xmlns="${NOARK.arkivstruktur}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${NOARK.arkivstruktur} arkivstruktur.xsd"`,
  );
  return xmlDoc(root);
}

/** loependeJournal.xml (everything) or offentligJournal.xml (screened): one journalregistrering per journalpost. */
export function journalXml(input: ExtractInput, which: 'loependeJournal' | 'offentligJournal'): string {
  const open = which === 'offentligJournal';
  const numbered = numbering(input);
  const rows = numbered.flatMap((n) => n.documents.map((d) => ({ n, d })));
  const registrations = rows.map(({ n, d }) => {
    const doc = d.document;
    const screened = doc.personalData;
    const dir = DIRECTION[doc.kind];
    const part = open
      ? el('korrespondansepart', [
          el('korrespondanseparttype', dir.part),
          el('korrespondansepartNavn', screened ? SCREENED : doc.counterpart),
        ])
      : el('korrespondansepart', [
          el('korrespondanseparttype', dir.part),
          el('korrespondansepartNavn', doc.counterpart),
          screened &&
            el('skjermingMetadata', dir.part === 'Avsender' ? 'Skjerming navn avsender' : 'Skjerming navn mottaker'),
        ]);
    const saksmappe = open
      ? el('saksmappe', [
          el('mappeID', n.mappeID),
          el('saksaar', n.saksaar),
          el('sakssekvensnummer', n.sakssekvensnummer),
          el('offentligTittel', n.case.publicTitle),
          el('administrativEnhet', input.school.name),
          el('tilgangsrestriksjon', SKJERMING.tilgangsrestriksjon),
          el('skjermingshjemmel', SKJERMING.skjermingshjemmel),
        ])
      : el('saksmappe', [
          el('mappeID', n.mappeID),
          el('saksaar', n.saksaar),
          el('sakssekvensnummer', n.sakssekvensnummer),
          el('tittel', n.case.title),
          el('offentligTittel', n.case.publicTitle),
          el('skjermingMetadata', 'Skjerming tittel mappe - utvalgte ord'),
          el('administrativEnhet', input.school.name),
          el('saksansvarlig', n.case.responsible),
        ]);
    const journalpostEl = el('journalpost', [
      el('systemID', doc.ids.registrering),
      el('registreringsID', `${n.mappeID}-${d.journalpostnummer}`),
      el('journalaar', d.journalaar),
      el('journalsekvensnummer', d.journalsekvensnummer),
      el('journalpostnummer', d.journalpostnummer),
      !open && el('tittel', doc.title),
      el('offentligTittel', doc.publicTitle),
      !open && el('offentlighetsvurdertDato', input.madeAt.slice(0, 10)),
      screened && el('skjermingMetadata', 'Skjerming tittel registrering - utvalgte ord'),
      el('journaldato', doc.date),
      el('dokumentetsDato', doc.date),
      el('administrativEnhet', input.school.name),
      !open && el('saksbehandler', doc.author),
      screened && el('tilgangsrestriksjon', SKJERMING.tilgangsrestriksjon),
      screened && el('skjermingshjemmel', SKJERMING.skjermingshjemmel),
      part,
    ]);
    const klasse =
      !open &&
      el('klasse', [
        el('klasseID', n.case.pupil.key),
        el('tittel', n.case.pupil.name),
        el('skjermingMetadata', 'Skjerming tittel klasse'),
      ]);
    return el('journalregistrering', [klasse, saksmappe, journalpostEl]);
  });
  const dates = rows.map((r) => r.d.document.date).sort();
  const root = el(
    which,
    [
      el('journalhode', [
        el('journalStartDato', dates[0] ?? input.period.from),
        el('journalSluttDato', dates.at(-1) ?? input.period.to),
        el('antallJournalposter', rows.length),
        el('arkivskaper', [el('arkivskaperID', input.kommune.id), el('arkivskaperNavn', input.kommune.name)]),
      ]),
      registrations,
    ],
    ` xmlns="${NOARK[which]}"`,
  );
  return xmlDoc(root);
}

/**
 * endringslogg.xml: the changes of registered metadata. The schema wants at least one endring; every closed case
 * has one, its saksstatus going from «Under behandling» to «Avsluttet».
 */
export function endringsloggXml(input: ExtractInput): string {
  const changes = input.cases.flatMap((c) => [
    ...c.changes,
    {
      entityId: c.id,
      field: 'saksstatus (M052)',
      at: c.closedAt,
      by: c.closedBy,
      before: 'Under behandling',
      after: 'Avsluttet',
    },
  ]);
  const root = el(
    'endringslogg',
    changes
      .sort((a, b) => a.at.localeCompare(b.at))
      .map((ch) =>
        el('endring', [
          el('referanseArkivenhet', ch.entityId),
          el('referanseMetadata', ch.field),
          el('endretDato', dateTime(ch.at)),
          el('endretAv', ch.by),
          el('tidligereVerdi', ch.before || '(tom)'),
          el('nyVerdi', ch.after || '(tom)'),
        ]),
      ),
    ` xmlns="${NOARK.endringslogg}"`,
  );
  return xmlDoc(root);
}

const prop = (name: string, value?: string | number, children?: string[]) =>
  el(
    'property',
    [value !== undefined && el('value', String(value)), children?.length ? el('properties', children) : null],
    ` name="${escape(name)}"`,
  );

/** arkivuttrekk.xml (ADDML 8.3): what the extract is and every file in it with its SHA-256. */
export function addmlXml(
  input: ExtractInput,
  files: { xml: (ArchiveFile & { schema?: string })[]; schemas: ArchiveFile[]; documents: ArchiveFile[] },
): string {
  const numbered = numbering(input);
  const documents = numbered.reduce((n, c) => n + c.documents.length, 0);
  const fileObject = (f: ArchiveFile & { schema?: string }, type: string) =>
    el(
      'dataObject',
      [
        el('properties', [
          prop('file', undefined, [
            prop('name', f.path),
            prop('type', type),
            f.schema ? prop('schema', undefined, [prop('name', f.schema), prop('type', 'XSD')]) : '',
            prop('size', f.size),
            prop('checksum', undefined, [prop('algorithm', 'SHA256'), prop('value', f.sha256)]),
          ]),
        ]),
      ],
      ` name="${escape(f.path.replace(/\.[a-z]+$/, '').replace(/^.*\//, ''))}"`,
    );
  const root = el(
    'addml',
    [
      el(
        'dataset',
        [
          el('reference', [
            el('context', [
              el('additionalElements', [
                el(
                  'additionalElement',
                  [
                    el('additionalElements', [
                      el('additionalElement', [el('value', input.kommune.name)], ' name="recordCreator"'),
                    ]),
                  ],
                  ' name="recordCreators"',
                ),
                el('additionalElement', [el('value', 'Nærvær')], ' name="systemName"'),
                el('additionalElement', [el('value', 'Noark 5')], ' name="systemType"'),
              ]),
            ]),
            el('content', [
              el('additionalElements', [
                el(
                  'additionalElement',
                  [
                    el('additionalElements', [
                      el('additionalElement', [el('value', input.period.from)], ' name="periodStart"'),
                      el('additionalElement', [el('value', input.period.to)], ' name="periodEnd"'),
                    ]),
                  ],
                  ' name="archivalPeriod"',
                ),
              ]),
            ]),
          ]),
          el('dataObjects', [
            el(
              'dataObject',
              [
                el('properties', [
                  prop('info', undefined, [
                    prop('type', 'Noark 5', [prop('version', 'v5.0')]),
                    prop('additionalInfo', undefined, [
                      prop('periode', undefined, [
                        prop('inngaaendeSkille', 'Skarpt periodeskille'),
                        prop('utgaaendeSkille', 'Skarpt periodeskille'),
                      ]),
                      prop('numberOfOccurrences', undefined, [
                        prop('mappe', numbered.length),
                        prop('registrering', documents),
                        prop('dokumentobjekt', documents),
                      ]),
                      prop('extractId', input.extractId),
                      prop('madeAt', dateTime(input.madeAt)),
                    ]),
                  ]),
                ]),
                el('dataObjects', [
                  ...files.xml.map((f) => fileObject(f, 'XML')),
                  ...files.schemas.map((f) => fileObject(f, 'XSD')),
                  ...files.documents.map((f) => fileObject(f, 'PDF/A-2b')),
                ]),
              ],
              ' name="Noark 5 arkivuttrekk"',
            ),
          ]),
        ],
        ` name="${escape(input.extractId)}"`,
      ),
    ],
    ` xmlns="${NOARK.addml}" name="Noark 5 arkivuttrekk fra Nærvær"`,
  );
  return xmlDoc(root);
}
