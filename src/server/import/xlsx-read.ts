import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { thousands, type ReadLimits } from './limits';
import { inflateEntry, tooLarge, zipEntries, ZipRefusal, type InflateBudget, type ZipEntry } from './zip';

// Reading the first sheet of an XLSX file as rows of cell text, streaming and within limits (decision
// 073). It runs in a worker thread with a capped heap and a time limit (xlsx-worker-main.ts), so even a
// file that gets past the limits cannot hold up the server. Every limit is checked while reading:
//
//   inflated bytes       counted as each zip entry inflates (zip.ts), against the declared size first
//   text between tags    a run of more than MAX_RUN characters without «<» or «>» stops the reading
//                        before the XML parser would hold it as one string
//   shared strings       their number and each one's length
//   rows, cells          row elements of the sheet, cells in a row (by count and by column letter),
//                        characters in a cell
//
// Cells become the text the CSV would hold: shared and inline strings as they are, booleans as
// true/false, numbers as JavaScript prints them, and numbers in a date format as ÅÅÅÅ-MM-DD.

/** Refused as a whole, with a Norwegian message. `unreadable`: not an XLSX at all, rather than over a limit. */
export class XlsxRefusal extends Error {
  constructor(
    message: string,
    readonly unreadable = false,
  ) {
    super(message);
    this.name = 'XlsxRefusal';
  }
}

const NOT_XLSX = 'Fila kan ikke leses som XLSX (Excel). Lagre den på nytt som .xlsx eller .csv.';
const NOTHING = 'Ingenting er importert.';
/** Characters without a tag boundary that no cell or formatting needs (a cell's text is at most maxCellChars, entities at most 10 characters each). */
const runLimit = (limits: ReadLimits) => Math.max(64 * 1024, limits.maxCellChars * 10);

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

function attr(tag: SaxesTagPlain, local: string): string | undefined {
  const direct = tag.attributes[local];
  if (typeof direct === 'string') return direct;
  for (const [k, v] of Object.entries(tag.attributes)) if (localName(k) === local && k !== local) return v;
  return undefined;
}

/** The column number (1-based) of a cell reference like «C12», or 0 when there is none. */
function columnOf(ref: string | undefined): number {
  if (!ref) return 0;
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) n = n * 26 + (c - 64);
    else if (c >= 97 && c <= 122) n = n * 26 + (c - 96);
    else break;
  }
  return n;
}

/** Feeds an entry's XML to handlers, checking the runs between tags; the parser throws on broken XML. */
async function parseEntry(
  data: Uint8Array,
  entry: ZipEntry,
  budget: InflateBudget,
  limits: ReadLimits,
  on: (parser: SaxesParser) => void,
  between?: () => Promise<void>,
): Promise<void> {
  const parser = new SaxesParser({ position: false });
  on(parser);
  const decoder = new TextDecoder('utf-8');
  const max = runLimit(limits);
  let sinceLt = 0;
  let sinceGt = 0;
  const check = (text: string) => {
    // The longest stretch without «<» and without «>», carried across chunks.
    const runs = (ch: string, since: number): number => {
      let at = text.indexOf(ch);
      if (at < 0) return since + text.length;
      if (since + at > max) return since + at;
      for (let next = text.indexOf(ch, at + 1); next >= 0; next = text.indexOf(ch, at + 1)) {
        if (next - at > max) return next - at;
        at = next;
      }
      return text.length - at - 1;
    };
    sinceLt = runs('<', sinceLt);
    sinceGt = runs('>', sinceGt);
    if (sinceLt > max || sinceGt > max)
      throw new XlsxRefusal(
        `XLSX-fila har mer enn ${thousands(max)} tegn i strekk i ${entry.name} (en celle eller et felt så langt leses ikke). ${NOTHING}`,
      );
  };
  try {
    for await (const chunk of inflateEntry(data, entry, budget)) {
      const text = decoder.decode(chunk, { stream: true });
      check(text);
      parser.write(text);
      if (between) await between();
    }
    parser.close();
  } catch (e) {
    if (e instanceof XlsxRefusal) throw e;
    if (e instanceof ZipRefusal) throw new XlsxRefusal(e.message, e.unreadable);
    throw new XlsxRefusal(NOT_XLSX, true);
  }
}

/** Built-in number formats that are dates (ECMA-376 18.8.30, with the East Asian ones). */
const DATE_FORMAT_IDS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56,
  57, 58,
]);

function isDateFormatCode(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\\./g, '');
  return /[dy]/i.test(bare);
}

function resolveTarget(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = `xl/${target}`.split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.') out.push(p);
  }
  return out.join('/');
}

/**
 * Calls `onRow` with the line number and cells of the first row element of the first sheet (the header)
 * and of every later row that has a cell with text, in order; awaits `between` after each chunk of the
 * sheet (the worker sends rows there, paced by its parent). Throws XlsxRefusal.
 */
export async function readXlsxRows(
  data: Uint8Array,
  limits: ReadLimits,
  onRow: (line: number, cells: string[]) => void,
  between?: () => Promise<void>,
): Promise<void> {
  let entries: Map<string, ZipEntry>;
  try {
    entries = zipEntries(data);
  } catch (e) {
    if (e instanceof ZipRefusal) throw new XlsxRefusal(e.message, e.unreadable);
    throw e;
  }
  const budget: InflateBudget = { left: limits.maxInflatedBytes, limit: limits.maxInflatedBytes };
  const workbookEntry = entries.get('xl/workbook.xml');
  if (!workbookEntry) throw new XlsxRefusal(NOT_XLSX, true);

  // The workbook: the first sheet's relation id, and whether dates count from 1904.
  let firstSheet: string | undefined;
  let date1904 = false;
  await parseEntry(data, workbookEntry, budget, limits, (p) =>
    p.on('opentag', (tag) => {
      const name = localName(tag.name);
      if (name === 'sheet' && firstSheet === undefined) firstSheet = attr(tag, 'id');
      else if (name === 'workbookPr') date1904 = ['1', 'true'].includes(attr(tag, 'date1904') ?? '');
    }),
  );
  const targets = new Map<string, string>();
  let sharedPath: string | undefined;
  let stylesPath: string | undefined;
  const relsEntry = entries.get('xl/_rels/workbook.xml.rels');
  if (relsEntry) {
    await parseEntry(data, relsEntry, budget, limits, (p) =>
      p.on('opentag', (tag) => {
        if (localName(tag.name) !== 'Relationship') return;
        const target = attr(tag, 'Target');
        const type = attr(tag, 'Type') ?? '';
        if (!target) return;
        targets.set(attr(tag, 'Id') ?? '', resolveTarget(target));
        if (type.endsWith('/sharedStrings')) sharedPath = resolveTarget(target);
        else if (type.endsWith('/styles')) stylesPath = resolveTarget(target);
      }),
    );
  }
  const sheetPath = (firstSheet && targets.get(firstSheet)) ?? 'xl/worksheets/sheet1.xml';
  const sheetEntry = entries.get(sheetPath);
  if (!sheetEntry) throw new XlsxRefusal('XLSX-fila har ingen ark.');
  const sharedEntry = entries.get(sharedPath ?? 'xl/sharedStrings.xml');
  const stylesEntry = entries.get(stylesPath ?? 'xl/styles.xml');
  // Refuse at once when the entries we read say together that they are too large.
  const declared =
    workbookEntry.declaredSize +
    (relsEntry?.declaredSize ?? 0) +
    sheetEntry.declaredSize +
    (sharedEntry?.declaredSize ?? 0) +
    (stylesEntry?.declaredSize ?? 0);
  if (declared > limits.maxInflatedBytes) throw new XlsxRefusal(tooLarge(budget).message);

  // Styles: which cell formats (xf index) show a number as a date.
  const dateStyles = new Set<number>();
  if (stylesEntry) {
    const customDates = new Set<number>();
    let inCellXfs = false;
    let xf = 0;
    await parseEntry(data, stylesEntry, budget, limits, (p) => {
      p.on('opentag', (tag) => {
        const name = localName(tag.name);
        if (name === 'numFmt') {
          if (isDateFormatCode(attr(tag, 'formatCode') ?? '')) customDates.add(Number(attr(tag, 'numFmtId')));
        } else if (name === 'cellXfs') inCellXfs = true;
        else if (name === 'xf' && inCellXfs) {
          const id = Number(attr(tag, 'numFmtId') ?? 0);
          if (DATE_FORMAT_IDS.has(id) || customDates.has(id)) dateStyles.add(xf);
          xf++;
        }
      });
      p.on('closetag', (tag) => {
        if (localName(tag.name) === 'cellXfs') inCellXfs = false;
      });
    });
  }

  const tooLong = (where: string) =>
    new XlsxRefusal(
      `${where} har en celle med mer enn ${thousands(limits.maxCellChars)} tegn; så lange celler leses ikke. ${NOTHING}`,
    );

  // Shared strings: the text of each <si>, its runs joined, phonetic runs left out.
  const shared: string[] = [];
  if (sharedEntry) {
    let text = '';
    let inT = false;
    let inPhonetic = false;
    await parseEntry(data, sharedEntry, budget, limits, (p) => {
      const add = (t: string) => {
        if (!inT || inPhonetic) return;
        text += t;
        if (text.length > limits.maxCellChars) throw tooLong('Tekstlista i XLSX-fila (sharedStrings)');
      };
      p.on('opentag', (tag) => {
        const name = localName(tag.name);
        if (name === 't') inT = true;
        else if (name === 'rPh') inPhonetic = true;
        else if (name === 'si') text = '';
      });
      p.on('closetag', (tag) => {
        const name = localName(tag.name);
        if (name === 't') inT = false;
        else if (name === 'rPh') inPhonetic = false;
        else if (name === 'si') {
          if (shared.length >= limits.maxSharedStrings)
            throw new XlsxRefusal(
              `XLSX-fila har mer enn ${thousands(limits.maxSharedStrings)} ulike tekster; så mange leses ikke. ${NOTHING}`,
            );
          shared.push(text);
        }
      });
      p.on('text', add);
      p.on('cdata', add);
    });
  }

  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  const dateOf = (serial: number) => {
    const d = new Date(epoch + Math.round(serial * 86_400_000));
    return Number.isNaN(d.getTime()) ? String(serial) : d.toISOString().slice(0, 10);
  };

  // The sheet, row by row.
  let rowElements = 0;
  let line = 0;
  let cells: string[] = [];
  let cellCount = 0;
  let column = 0;
  let type = '';
  let style = -1;
  let value = '';
  let collecting = false;
  let inInline = false;
  let first = true;
  await parseEntry(
    data,
    sheetEntry,
    budget,
    limits,
    (p) => {
      const add = (t: string) => {
        if (!collecting) return;
        value += t;
        if (value.length > limits.maxCellChars) throw tooLong(`Linje ${line}`);
      };
      p.on('opentag', (tag) => {
        switch (localName(tag.name)) {
          case 'row': {
            rowElements++;
            if (rowElements > limits.maxRows + 1)
              throw new XlsxRefusal(`Arket har mer enn ${thousands(limits.maxRows)} rader; del fila opp. ${NOTHING}`);
            const r = Number(attr(tag, 'r'));
            line = Number.isInteger(r) && r > line ? r : line + 1;
            cells = [];
            cellCount = 0;
            column = 0;
            break;
          }
          case 'c': {
            cellCount++;
            const at = columnOf(attr(tag, 'r'));
            column = at > 0 ? at : column + 1;
            if (cellCount > limits.maxColumns || column > limits.maxColumns)
              throw new XlsxRefusal(
                `Linje ${line} har celler i mer enn ${limits.maxColumns} kolonner; så brede ark leses ikke. ${NOTHING}`,
              );
            type = attr(tag, 't') ?? 'n';
            const s = attr(tag, 's');
            style = s === undefined ? -1 : Number(s);
            value = '';
            inInline = false;
            break;
          }
          case 'v':
            collecting = true;
            break;
          case 'is':
            inInline = true;
            break;
          case 't':
            if (inInline) collecting = true;
            break;
          case 'rPh':
            collecting = false;
            break;
        }
      });
      p.on('closetag', (tag) => {
        switch (localName(tag.name)) {
          case 'v':
          case 't':
            collecting = false;
            break;
          case 'c': {
            let text: string;
            if (type === 's') text = shared[Number(value)] ?? '';
            else if (type === 'b') text = value === '1' || value === 'true' ? 'true' : value === '' ? '' : 'false';
            else if (type === 'd') text = value.slice(0, 10);
            else if (type === 'n' && value !== '') {
              const n = Number(value);
              text = Number.isNaN(n) ? value : dateStyles.has(style) ? dateOf(n) : String(n);
            } else text = value;
            cells[column - 1] = text;
            break;
          }
          case 'row': {
            for (let i = 0; i < cells.length; i++) cells[i] = (cells[i] ?? '').trim();
            if (first || cells.some((c) => c !== '')) onRow(line, cells);
            first = false;
            break;
          }
        }
      });
      p.on('text', add);
      p.on('cdata', add);
    },
    between,
  );
  if (first) onRow(1, []);
}
