import { constants, deflateRawSync } from 'node:zlib';

// The XLSX zip bombs of the security review (F3), generated: small files whose sheet or shared strings
// inflate to hundreds of megabytes or gigabytes. A repeated block is deflated once, ending in a full flush
// (which empties the compressor's history), so the same compressed bytes can be laid end to end as often
// as needed: a 2 GB sheet costs one megabyte of deflating. Used by the import tests and bench/upload-bomb.ts.

interface Entry {
  name: string;
  compressed: Buffer;
  size: number;
}

const MB = 1024 * 1024;

function deflated(name: string, text: string): Entry {
  const data = Buffer.from(text, 'utf8');
  return { name, compressed: deflateRawSync(data, { level: 9 }), size: data.length };
}

/** `head`, then `block` `times` times, then `tail`, deflated without holding the whole text. */
function repeated(name: string, head: string, block: string, times: number, tail: string): Entry {
  const flush = { level: 9, finishFlush: constants.Z_FULL_FLUSH };
  const h = deflateRawSync(Buffer.from(head), flush);
  const b = deflateRawSync(Buffer.from(block), flush);
  const t = deflateRawSync(Buffer.from(tail), { level: 9 });
  const parts: Buffer[] = [h];
  for (let i = 0; i < times; i++) parts.push(b);
  parts.push(t);
  return {
    name,
    compressed: Buffer.concat(parts),
    size: Buffer.byteLength(head) + Buffer.byteLength(block) * times + Buffer.byteLength(tail),
  };
}

/** A zip of deflated entries. `declare` chooses the size each entry claims (a lying header when smaller). CRCs are left 0. */
function zip(entries: Entry[], declare: (e: Entry) => number = (e) => e.size): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const declared = Math.min(declare(e), 0xfffffffe);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(e.compressed.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(e.compressed.length, 20);
    central.writeUInt32LE(declared, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.compressed);
    centrals.push(central, name);
    offset += 30 + name.length + e.compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const HEADER = ['student_id', 'date', 'kind', 'subject', 'period', 'minutes', 'documented', 'reason'];

function frame(extra: Entry[]): Entry[] {
  const rels = extra.some((e) => e.name === 'xl/sharedStrings.xml')
    ? `<Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`
    : '';
  return [
    deflated(
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
    ),
    deflated(
      'xl/workbook.xml',
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${NS}" xmlns:r="${REL}"><sheets><sheet name="Fravær" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    deflated(
      'xl/_rels/workbook.xml.rels',
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>${rels}</Relationships>`,
    ),
    ...extra,
  ];
}

const sheetHead = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${NS}"><sheetData><row r="1">${HEADER.map((h) => `<c t="inlineStr"><is><t>${h}</t></is></c>`).join('')}</row>`;
const sheetTail = '</sheetData></worksheet>';

function rowsBlock(row: string, bytes: number): string {
  return row.repeat(Math.max(1, Math.floor(bytes / row.length)));
}

export interface Bomb {
  kind: string;
  /** What it is, in a sentence (for the benchmark's table). */
  description: string;
  file: Buffer;
  /** Bytes it inflates to. */
  inflated: number;
}

/**
 * The review's bombs: a sheet of millions of rows (its header honest, and lying), shared strings by the
 * million, a row of millions of empty cells, and one cell of hundreds of megabytes.
 */
export function zipBombs(scale = 1): Bomb[] {
  const out: Bomb[] = [];
  const add = (kind: string, description: string, entries: Entry[], lying = false) => {
    const all = frame(entries);
    out.push({
      kind,
      description,
      file: zip(all, lying ? () => 1000 : undefined),
      inflated: all.reduce((s, e) => s + e.size, 0),
    });
  };
  const row = '<row><c t="inlineStr"><is><t>x</t></is></c></row>';
  const rowBlock = rowsBlock(row, MB);
  // As in the review: 8 million rows in a file of 1.2 MB.
  add('rader', 'ark med ~8,7 millioner rader (400 MB XML), ærlig størrelse i zip-katalogen', [
    repeated('xl/worksheets/sheet1.xml', sheetHead, rowBlock, 400 * scale, sheetTail),
  ]);
  add(
    'rader-skjult',
    'samme ark, men zip-katalogen oppgir 1 000 byte',
    [repeated('xl/worksheets/sheet1.xml', sheetHead, rowBlock, 400 * scale, sheetTail)],
    true,
  );
  add(
    'rader-2gb',
    'ark med ~44 millioner rader (2 GB XML), zip-katalogen oppgir 1 000 byte',
    [repeated('xl/worksheets/sheet1.xml', sheetHead, rowBlock, 2048 * scale, sheetTail)],
    true,
  );
  const si = '<si><t>x</t></si>';
  add(
    'delte-tekster',
    'sharedStrings med ~60 millioner tekster (1 GB), zip-katalogen oppgir 1 000 byte',
    [
      repeated(
        'xl/sharedStrings.xml',
        `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${NS}">`,
        rowsBlock(si, MB),
        1024 * scale,
        '</sst>',
      ),
      deflated('xl/worksheets/sheet1.xml', `${sheetHead}<row r="2"><c t="s"><v>0</v></c></row>${sheetTail}`),
    ],
    true,
  );
  add(
    'kolonner',
    'én rad med ~170 millioner tomme celler (1 GB), zip-katalogen oppgir 1 000 byte',
    [
      repeated(
        'xl/worksheets/sheet1.xml',
        `${sheetHead}<row r="2">`,
        rowsBlock('<c/>', MB),
        1024 * scale,
        `</row>${sheetTail}`,
      ),
    ],
    true,
  );
  add(
    'lang-celle',
    'én celle på 419 MB, zip-katalogen oppgir 1 000 byte',
    [
      repeated(
        'xl/worksheets/sheet1.xml',
        `${sheetHead}<row r="2"><c t="inlineStr"><is><t>`,
        'x'.repeat(MB),
        419 * scale,
        `</t></is></c></row>${sheetTail}`,
      ),
    ],
    true,
  );
  return out;
}

/** A well-formed XLSX (no styles) with the given rows of inline strings, for tests of the reader itself. */
export function plainXlsx(rows: string[][]): Buffer {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const body = rows
    .map(
      (r, i) => `<row r="${i + 2}">${r.map((c) => `<c t="inlineStr"><is><t>${escape(c)}</t></is></c>`).join('')}</row>`,
    )
    .join('');
  return zip(frame([deflated('xl/worksheets/sheet1.xml', `${sheetHead}${body}${sheetTail}`)]));
}

/** An honest zip of text files (the roster tests' bundles). */
export function zipOf(files: Record<string, string>): Buffer {
  return zip(Object.entries(files).map(([name, text]) => deflated(name, text)));
}
