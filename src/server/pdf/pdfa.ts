// Every PDF Nærvær makes is PDF/A-2b (decision 220): the archive takes the same bytes the school prints, so
// there is one kind of PDF, not a print copy and an archive copy. PDF/A-2b asks, beyond what renderPdf already
// does (every font embedded: Noto Sans as a subset, no standard-14 font anywhere):
// - an OutputIntent (GTS_PDFA1) with an embedded ICC profile, since the pages paint in DeviceRGB: the sRGB
//   profile in ./icc (icc-profiles-free, zlib licence; see ./icc/README.md), read once at start, never fetched;
// - XMP metadata in the catalogue, uncompressed, with pdfaid:part 2 and pdfaid:conformance B, and the title,
//   producer, creator tool and dates saying exactly what the Info dictionary says;
// - an ID in the trailer: here a hash of what the document was made from, so the same input gives the same file.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { PDFHexString, PDFName, PDFString, type PDFDocument } from 'pdf-lib';

/** The sRGB ICC profile (v2.3, 6 922 bytes) every PDF's OutputIntent embeds. */
export const SRGB_ICC = readFileSync(new URL('./icc/sRGB.icc', import.meta.url));
export const PRODUCER = 'Nærvær';
const OUTPUT_CONDITION = 'sRGB IEC61966-2.1';

const xmlText = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** An XMP date as pdf-lib writes the Info dictionary's (`D:YYYYMMDDHHmmSSZ`): UTC, whole seconds. */
export const xmpDate = (d: Date) => `${d.toISOString().slice(0, 19)}Z`;

export function xmpPacket(input: { title: string; createdAt: Date; language: string }): string {
  const date = xmpDate(input.createdAt);
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
   <pdfaid:part>2</pdfaid:part>
   <pdfaid:conformance>B</pdfaid:conformance>
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xmlText(input.title)}</rdf:li></rdf:Alt></dc:title>
   <dc:language><rdf:Bag><rdf:li>${xmlText(input.language)}</rdf:li></rdf:Bag></dc:language>
   <xmp:CreateDate>${date}</xmp:CreateDate>
   <xmp:ModifyDate>${date}</xmp:ModifyDate>
   <xmp:MetadataDate>${date}</xmp:MetadataDate>
   <xmp:CreatorTool>${xmlText(PRODUCER)}</xmp:CreatorTool>
   <pdf:Producer>${xmlText(PRODUCER)}</pdf:Producer>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
}

/**
 * Sets the Info dictionary and adds what PDF/A-2b needs (the XMP, the OutputIntent with its ICC profile, the
 * trailer ID) to a document made with `PDFDocument.create({ updateMetadata: false })`; call before save.
 */
export function makePdfA(doc: PDFDocument, input: { title: string; createdAt: Date; language: string; seed: string }) {
  doc.setTitle(input.title);
  doc.setLanguage(input.language);
  doc.setProducer(PRODUCER);
  doc.setCreator(PRODUCER);
  doc.setCreationDate(input.createdAt);
  doc.setModificationDate(input.createdAt);
  const { context, catalog } = doc;
  const xmp = context.stream(new TextEncoder().encode(xmpPacket(input)), { Type: 'Metadata', Subtype: 'XML' });
  catalog.set(PDFName.of('Metadata'), context.register(xmp));
  const profile = context.register(context.flateStream(SRGB_ICC, { N: 3 }));
  const intent = context.obj({
    Type: 'OutputIntent',
    S: 'GTS_PDFA1',
    OutputConditionIdentifier: PDFString.of(OUTPUT_CONDITION),
    Info: PDFString.of(OUTPUT_CONDITION),
    DestOutputProfile: profile,
  });
  catalog.set(PDFName.of('OutputIntents'), context.obj([context.register(intent)]));
  const id = createHash('sha256').update(input.seed).digest('hex').slice(0, 32);
  context.trailerInfo.ID = context.obj([PDFHexString.of(id), PDFHexString.of(id)]);
}
