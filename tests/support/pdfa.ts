// Structural checks of a PDF/A-2b file (decision 220) and the machine tools the archive tests use: qpdf
// (Debian's qpdf) and xmllint (Debian's libxml2-utils). .ci/run installs both and sets
// REQUIRE_ARCHIVE_TOOLS=1; elsewhere a test that needs them says so and skips.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFRawStream,
  PDFString,
  decodePDFRawStream,
} from 'pdf-lib';
import { embeddedFonts } from './pdf-fonts';

/** Why qpdf or xmllint cannot run here, or null. Throws when REQUIRE_ARCHIVE_TOOLS=1 and one is missing. */
export function archiveToolsMissing(): string | null {
  const missing = [
    ['qpdf', ['--version'], 'qpdf'],
    ['xmllint', ['--version'], 'libxml2-utils'],
  ].flatMap(([tool, args, pkg]) =>
    spawnSync(tool as string, args as string[]).error ? [`${tool as string} (apt-get install ${pkg as string})`] : [],
  );
  if (!missing.length) return null;
  const reason = `mangler ${missing.join(' og ')}`;
  if (process.env.REQUIRE_ARCHIVE_TOOLS === '1')
    throw new Error(`REQUIRE_ARCHIVE_TOOLS=1, men arkivtestene kan ikke kjøre: ${reason}`);
  console.log(`\n  ⚠ Arkivtestene hoppes over: ${reason}. (REQUIRE_ARCHIVE_TOOLS=1 gjør dette til en feil.)\n`);
  return reason;
}

/** `qpdf --check` on the bytes: its complaints, empty when the file is sound. */
export function qpdfProblems(pdf: Uint8Array): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'naervaer-qpdf-'));
  try {
    const file = join(dir, 'x.pdf');
    writeFileSync(file, pdf);
    const run = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
    // Exit 0 is clean, 3 is «warnings»: both are failures here, an archive file should have neither.
    if (run.status === 0 && !/WARNING/i.test(run.stdout + run.stderr)) return [];
    return [`qpdf --check (status ${run.status}): ${(run.stdout + run.stderr).trim()}`];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const text = (o: unknown) =>
  o instanceof PDFHexString || o instanceof PDFString ? o.decodeText() : o === undefined ? undefined : String(o);

/**
 * What keeps the bytes from being the PDF/A-2b Nærvær means to make: a font not embedded (or not our Noto Sans
 * subset), no OutputIntent with an RGB ICC profile, no XMP with the PDF/A-2b identification, XMP that says
 * other than the Info dictionary, no trailer ID. Empty when all is well.
 */
export async function pdfaProblems(pdf: Uint8Array): Promise<string[]> {
  const problems: string[] = [];
  const head = new TextDecoder('latin1').decode(pdf.slice(0, 20));
  if (!/^%PDF-1\.[4-7]\n%[\x80-\xff]{4}/.test(head)) problems.push(`hode: ${JSON.stringify(head)}`);
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const { context, catalog } = doc;
  problems.push(...(await embeddedFonts(pdf)).problems);
  for (const [, object] of context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of('Type'))?.toString() !== '/FontDescriptor') continue;
    if (!['FontFile', 'FontFile2', 'FontFile3'].some((k) => object.has(PDFName.of(k))))
      problems.push(`${object.get(PDFName.of('FontName'))?.toString()}: skriften er ikke innebygd`);
  }

  const intents = catalog.lookupMaybe(PDFName.of('OutputIntents'), PDFArray);
  const intent = intents?.size() ? (context.lookup(intents.get(0)) as PDFDict) : undefined;
  if (!intent) problems.push('ingen OutputIntent');
  else {
    if (intent.get(PDFName.of('S'))?.toString() !== '/GTS_PDFA1') problems.push('OutputIntent er ikke GTS_PDFA1');
    const profile = context.lookup(intent.get(PDFName.of('DestOutputProfile')));
    if (!(profile instanceof PDFRawStream)) problems.push('OutputIntent uten ICC-profil');
    else {
      const icc = decodePDFRawStream(profile).decode();
      const ascii = (from: number, to: number) => String.fromCharCode(...icc.slice(from, to));
      if (ascii(36, 40) !== 'acsp') problems.push('ICC-profilen mangler «acsp»');
      if (ascii(16, 20) !== 'RGB ') problems.push(`ICC-profilen er ${ascii(16, 20)}, ikke RGB`);
      if (profile.dict.get(PDFName.of('N'))?.toString() !== '3') problems.push('ICC-profilen har ikke N 3');
    }
  }

  const metadata = context.lookup(catalog.get(PDFName.of('Metadata')));
  if (!(metadata instanceof PDFRawStream)) problems.push('ingen XMP-metadata');
  else {
    if (metadata.dict.has(PDFName.of('Filter'))) problems.push('XMP-metadata er komprimert');
    const xmp = new TextDecoder().decode(metadata.getContents());
    const tag = (name: string) => xmp.match(new RegExp(`<${name}>([^<]*)</${name}>`))?.[1];
    if (tag('pdfaid:part') !== '2') problems.push(`pdfaid:part er ${tag('pdfaid:part')}`);
    if (tag('pdfaid:conformance') !== 'B') problems.push(`pdfaid:conformance er ${tag('pdfaid:conformance')}`);
    const info = context.lookup(context.trailerInfo.Info) as PDFDict;
    const unescape = (s: string | undefined) =>
      s
        ?.replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&');
    const title = unescape(xmp.match(/<dc:title><rdf:Alt><rdf:li xml:lang="x-default">([^<]*)</)?.[1]);
    if (title !== text(info.get(PDFName.of('Title'))))
      problems.push(`dc:title «${title}» er ikke Info-tittelen «${text(info.get(PDFName.of('Title')))}»`);
    if (tag('pdf:Producer') !== text(info.get(PDFName.of('Producer')))) problems.push('pdf:Producer ≠ Info Producer');
    if (tag('xmp:CreatorTool') !== text(info.get(PDFName.of('Creator'))))
      problems.push('xmp:CreatorTool ≠ Info Creator');
    const infoDate = (key: string) => {
      const m = text(info.get(PDFName.of(key)))?.match(/^D:(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)Z/);
      return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z` : undefined;
    };
    if (tag('xmp:CreateDate') !== infoDate('CreationDate')) problems.push('xmp:CreateDate ≠ Info CreationDate');
    if (tag('xmp:ModifyDate') !== infoDate('ModDate')) problems.push('xmp:ModifyDate ≠ Info ModDate');
  }

  const id = context.trailerInfo.ID;
  if (!(id instanceof PDFArray) || id.size() !== 2) problems.push('ingen ID i trailer');
  return problems;
}
