import { describe, expect, it } from 'vitest';
import { readXlsxRows } from '../import/xlsx-read';
import { UPLOAD_LIMITS } from '../import/limits';
import { writeXlsx } from './write-xlsx';

async function readBack(bytes: Uint8Array) {
  const rows: [number, string[]][] = [];
  await readXlsxRows(bytes, UPLOAD_LIMITS, (line, cells) => rows.push([line, cells]));
  return rows;
}

describe('the minimal XLSX writer (decision 142)', () => {
  it('writes text and numbers that the import’s own reader reads back as written', async () => {
    const bytes = writeXlsx('Ukegjennomgang – Nærvik', [
      ['Elev', 'Klasse', 'Andel (%)'],
      ['Åse Ødegård & <Co> "x"', '9A', 8.6],
      [null, '', 0],
      ['Linje\nto', 'AB'.repeat(20), -1.25],
    ]);
    expect(Buffer.from(bytes.subarray(0, 2)).toString()).toBe('PK');
    expect(await readBack(bytes)).toEqual([
      [1, ['Elev', 'Klasse', 'Andel (%)']],
      [2, ['Åse Ødegård & <Co> "x"', '9A', '8.6']],
      [3, ['', '', '0']],
      [4, ['Linje\nto', 'AB'.repeat(20), '-1.25']],
    ]);
  });

  it('drops characters XML cannot hold instead of writing a file no spreadsheet opens', async () => {
    const rows = await readBack(writeXlsx('Ark', [['a\u0000b\u001bc']]));
    expect(rows).toEqual([[1, ['abc']]]);
  });

  it('writes columns past Z (AA, AB …) in their places', async () => {
    const wide = Array.from({ length: 30 }, (_, i) => i);
    expect((await readBack(writeXlsx('Ark', [wide])))[0]![1]).toEqual(wide.map(String));
  });
});
