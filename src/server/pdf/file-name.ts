// File names for Content-Disposition: a header takes no «ł» (Node refuses it, a 500), so names are spelt in
// lower-case ASCII — letters without their marks, the letters that have no mark to drop spelt out.
const SPELT: Record<string, string> = {
  æ: 'ae',
  ø: 'o',
  å: 'a',
  ß: 'ss',
  þ: 'th',
  ð: 'd',
  đ: 'd',
  ł: 'l',
  ŋ: 'n',
  ı: 'i',
  ŧ: 't',
  œ: 'oe',
};

/** «Innsyn Michał Żółć 2026-11-24.pdf» → «innsyn-michal-zolc-2026-11-24.pdf». */
export function asciiFileName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[æøåßþðđłŋıŧœ]/g, (c) => SPELT[c]!)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/^-+|-+$|-+(?=\.)/g, '');
}
