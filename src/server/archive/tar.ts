// A POSIX ustar archive of files in memory (decision 221: the extract is one tar file, as Arkivverket takes a
// deposit). Regular files only, each path under 100 bytes, mode 0644, one modification time for all.
const BLOCK = 512;

export type TarFile = { path: string; bytes: Uint8Array };

function field(header: Uint8Array, offset: number, length: number, value: string) {
  const bytes = new TextEncoder().encode(value);
  if (bytes.length > length) throw new Error(`tar: «${value}» er for langt for feltet (${length} byte)`);
  header.set(bytes, offset);
}
const octal = (n: number, length: number) => `${n.toString(8).padStart(length - 1, '0')}\0`;

/** The files as one tar archive, in the order given. */
export function writeTar(files: TarFile[], mtime: Date): Uint8Array {
  const chunks: Uint8Array[] = [];
  const seconds = Math.floor(mtime.getTime() / 1000);
  for (const file of files) {
    const header = new Uint8Array(BLOCK);
    field(header, 0, 100, file.path);
    field(header, 100, 8, '0000644\0');
    field(header, 108, 8, '0000000\0');
    field(header, 116, 8, '0000000\0');
    field(header, 124, 12, octal(file.bytes.length, 12));
    field(header, 136, 12, octal(seconds, 12));
    field(header, 148, 8, '        ');
    field(header, 156, 1, '0');
    field(header, 257, 6, 'ustar\0');
    field(header, 263, 2, '00');
    const sum = header.reduce((a, b) => a + b, 0);
    field(header, 148, 8, `${sum.toString(8).padStart(6, '0')}\0 `);
    chunks.push(header, file.bytes);
    const pad = (BLOCK - (file.bytes.length % BLOCK)) % BLOCK;
    if (pad) chunks.push(new Uint8Array(pad));
  }
  chunks.push(new Uint8Array(2 * BLOCK));
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
