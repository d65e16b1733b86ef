// Files as people's machines write them (decision 074) and files built to hurt (decision 073): CSV in
// Windows-1252 and UTF-16 imports with its «æøå»; a file in none of the encodings, a control character in
// a cell, a future date, a file over a limit and the review's XLSX zip bombs are refused with a clear
// message and nothing written, while the server goes on answering. The answer lists the first 200 bad
// rows and their count; the report lists them all.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { zipBombs, plainXlsx } from '../../bench/zip-bombs';
import { describeDb } from '../support/db';
import { useWorld } from '../support/world';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const HEADER = ['student_id', 'date', 'kind', 'subject', 'period', 'minutes', 'documented', 'reason'];

/** Windows-1252 bytes of a text: Latin-1's range as it is (æøåÆØÅ), and the dash and euro sign where 1252 has them. */
function windows1252(text: string): Buffer {
  const high: Record<string, number> = { '–': 0x96, '€': 0x80 };
  return Buffer.from(
    [...text].map((ch) => {
      if (ch in high) return high[ch]!;
      if (ch.charCodeAt(0) > 0xff) throw new Error(`ikke i Windows-1252 her: ${ch}`);
      return ch.charCodeAt(0);
    }),
  );
}

function utf16(text: string, order: 'le' | 'be'): Buffer {
  const le = Buffer.from(`\uFEFF${text}`, 'utf16le');
  return order === 'le' ? le : le.swap16();
}

describeDb('import: encodings, limits and zip bombs', () => {
  const END_OF_YEAR = new Date('2027-06-18T12:00:00Z');
  // Three more pupils whose local ids carry «æøå».
  const w = useWorld({
    kommuner: ['enc'],
    seed: async (db, k) => {
      await db.withContext({ kommuneId: k.id }, async (tx) => {
        for (const [localId, first] of [
          ['elev-Ærøy', 'Bjørn'],
          ['elev-Åsgård', 'Søren'],
          ['elev-Øvre-æ', 'Kåre'],
        ] as const) {
          const id = randomUUID();
          await tx
            .insertInto('pupil')
            .values({
              id,
              kommune_id: k.id,
              first_name: first,
              last_name: 'Ærlighetsen',
              birth_date: '2012-04-04',
              national_id: null,
              local_id: localId,
            })
            .execute();
          await tx
            .insertInto('class_membership')
            .values({
              id: randomUUID(),
              kommune_id: k.id,
              pupil_id: id,
              class_id: k.classId,
              valid_from: '2026-08-17',
              valid_to: null,
            })
            .execute();
        }
      });
    },
  });
  // The end of the school year: every school day of the files has been. The rektor logs in after it, on first use.
  beforeAll(() => w.clock.set(END_OF_YEAR));

  const post = (body: Buffer | string, type = 'text/csv', url = '/api/imports') =>
    w.as('rektor').post(`${url}?schoolId=${w.k.schoolId}`, body, { headers: { 'content-type': type } });
  /** Imported events of the kommune as «local id|date|subject», sorted. */
  const imported = () =>
    w.db.withContext({ kommuneId: w.k.id }, async (tx) =>
      (
        await tx
          .selectFrom('absence_event as e')
          .innerJoin('pupil as p', 'p.id', 'e.pupil_id')
          .select(['p.local_id', 'e.date', 'e.subject'])
          .where('e.source', '=', 'import')
          .execute()
      )
        .map(
          (r) =>
            `${r.local_id}|${typeof r.date === 'string' ? r.date : (r.date as Date).toISOString().slice(0, 10)}|${r.subject ?? ''}`,
        )
        .sort(),
    );

  describe('encodings', () => {
    it("reads Windows-1252 (Excel's «CSV (semikolonseparert)») with its æøå in pupil ids and subjects", async () => {
      const text = [
        HEADER.join(';'),
        'elev-Ærøy;2026-11-24;lesson;Kroppsøving;1;;false;',
        'elev-Åsgård;2026-11-24;lesson;Språk – på tvers (€);2;;true;sykdom',
        'elev-Øvre-æ;2026-11-24;day;;;;false;',
      ].join('\r\n');
      const res = await post(windows1252(text));
      expect(res.json()).toEqual({ imported: 3, alreadyPresent: 0, encoding: 'Windows-1252' });
      expect(await imported()).toEqual(
        [
          'elev-Ærøy|2026-11-24|Kroppsøving',
          'elev-Åsgård|2026-11-24|Språk – på tvers (€)',
          'elev-Øvre-æ|2026-11-24|',
        ].sort(),
      );
    });

    it("reads UTF-16 with a BOM (Excel's «Unicode-tekst», tab-separated), little- and big-endian", async () => {
      const le = [HEADER.join('\t'), 'elev-Ærøy\t2026-11-25\tlesson\tGym på Åsen\t1\t\tfalse\t'].join('\r\n');
      const be = [HEADER.join('\t'), 'elev-Åsgård\t2026-11-25\tlesson\tMat og helse – «kjøkkenet»\t3\t\tfalse\t'].join(
        '\r\n',
      );
      expect((await post(utf16(le, 'le'))).json()).toEqual({ imported: 1, alreadyPresent: 0, encoding: 'UTF-16LE' });
      expect((await post(utf16(be, 'be'))).json()).toEqual({ imported: 1, alreadyPresent: 0, encoding: 'UTF-16BE' });
      expect(await imported()).toEqual(
        expect.arrayContaining([
          'elev-Ærøy|2026-11-25|Gym på Åsen',
          'elev-Åsgård|2026-11-25|Mat og helse – «kjøkkenet»',
        ]),
      );
    });

    it('refuses a binary file, naming the line of the first byte that is in none of the encodings', async () => {
      const before = await imported();
      // A PNG's first bytes: 0x89 is not UTF-8, and the NUL after the second line break is not text in Windows-1252.
      const png = Buffer.from([
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
      ]);
      const res = await post(png);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.message).toMatch(
        /^Fila kan ikke leses som tekst: linje 3 har byten 0x00, som verken er UTF-8, UTF-16 \(med BOM\) eller Windows-1252/,
      );
      // A byte Windows-1252 leaves undefined (0x81), after one that breaks UTF-8 (0xF8, «ø» in 1252).
      const mixed = Buffer.concat([
        Buffer.from(`${HEADER.join(',')}\nelev-Ærøy,2026-11-26,day,,,,false,\n`),
        Buffer.from([0x66, 0xf8, 0x0a, 0x81, 0x0a]),
      ]);
      const bad = await post(mixed);
      expect(bad.json().error.message).toMatch(/linje 4 har byten 0x81/);
      expect(await imported()).toEqual(before);
    });

    it('refuses a file that is UTF-8 in its first megabyte and Windows-1252 later, at the line of the first bad byte', async () => {
      const before = await imported();
      const good = Array.from({ length: 30_000 }, () => 'elev-Ærøy,2026-11-26,day,,,,false,');
      const head = Buffer.from([HEADER.join(','), ...good, ''].join('\n'));
      expect(head.length).toBeGreaterThan(1024 * 1024);
      const res = await post(Buffer.concat([head, windows1252('elev-Ærøy,2026-11-27,lesson,Kroppsøving,1,,false,\n')]));
      expect(res.statusCode).toBe(400);
      expect(res.json().error.message).toBe(
        'Fila ble lest som UTF-8 ut fra den første megabyten, men linje 30002 har byten 0xC6, som ikke er gyldig UTF-8. Fila blander tegnsett. Lagre fila på nytt som CSV UTF-8 (eller «CSV (semikolonseparert)» fra Excel) og prøv igjen.',
      );
      expect(await imported()).toEqual(before);
    });
  });

  describe('rows that cannot be stored', () => {
    it('refuses a NUL or other control character in a cell with its line and field', async () => {
      const res = await post(
        [
          HEADER.join(','),
          'elev-Ærøy,2026-11-30,lesson,No\u0000rsk,1,,false,',
          'elev-Ærøy,2026-11-30,day,,,,false,sykdom\u0007',
        ].join('\n'),
      );
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details.rows).toEqual([
        {
          line: 2,
          field: 'subject',
          reason: 'inneholder et kontrolltegn (U+0000) som ikke hører hjemme i en celle; fjern det og prøv igjen',
        },
        {
          line: 3,
          field: 'reason',
          reason: 'inneholder et kontrolltegn (U+0007) som ikke hører hjemme i en celle; fjern det og prøv igjen',
        },
      ]);
    });

    it('refuses a day that has not come yet, except granted leave', async () => {
      w.clock.set(new Date('2026-11-24T12:00:00+01:00'));
      try {
        const res = await post(
          [
            HEADER.join(','),
            'elev-Øvre-æ,2026-11-27,day,,,,false,sykdom',
            'elev-Øvre-æ,2026-11-24,day,,,,false,sykdom',
          ].join('\n'),
        );
        expect(res.statusCode).toBe(400);
        expect(res.json().error.details.rows).toEqual([
          { line: 2, field: 'date', reason: expect.stringMatching(/^27\.11\.2026 er fram i tid\./) },
        ]);
        const leave = await post([HEADER.join(','), 'elev-Øvre-æ,2026-11-27,day,,,,true,permisjon'].join('\n'));
        expect(leave.json()).toEqual({ imported: 1, alreadyPresent: 0, encoding: 'UTF-8' });
      } finally {
        w.clock.set(END_OF_YEAR);
      }
    });
  });

  describe('a bounded answer', () => {
    it('lists the first 200 bad rows and the count; the report has every one as Linje;Felt;Feil', async () => {
      const rows = Array.from({ length: 450 }, (_, i) => `ukjent-${i};2026-11-24;day;;;;false;`);
      const file = [HEADER.join(';'), ...rows].join('\n');
      const res = await post(file);
      expect(res.statusCode).toBe(400);
      const error = res.json().error;
      expect(error.message).toBe(
        'Importen ble avvist: 450 rader har feil. Ingenting er importert. De første 200 er listet; last ned rapporten for alle.',
      );
      expect(error.details.total).toBe(450);
      expect(error.details.rows).toHaveLength(200);
      expect(error.details.rows[199]).toEqual({
        line: 201,
        field: 'student_id',
        reason: 'ukjent elev «ukjent-199» ved skolen',
      });
      const report = await post(file, 'text/csv', '/api/imports/problems');
      expect(report.statusCode).toBe(200);
      expect(report.headers['content-type']).toBe('text/csv; charset=utf-8');
      const lines = report.body
        .replace(/^\uFEFF/, '')
        .trimEnd()
        .split('\r\n');
      expect(lines).toHaveLength(451);
      expect(lines[0]).toBe('Linje;Felt;Feil');
      expect(lines[450]).toBe('451;student_id;ukjent elev «ukjent-449» ved skolen');
    });
  });

  describe('limits', () => {
    it('refuses a CSV with a cell over 1 000 characters or a row over 50 columns, writing nothing', async () => {
      const before = await imported();
      const long = await post(
        [HEADER.join(','), `elev-Ærøy,2026-11-24,lesson,${'x'.repeat(1_001)},1,,false,`].join('\n'),
      );
      expect(long.statusCode).toBe(400);
      expect(long.json().error.message).toBe(
        'Linje 2 har en celle med 1001 tegn; mer enn 1000 leses ikke. Ingenting er importert.',
      );
      const wide = await post([HEADER.join(','), `elev-Ærøy,2026-11-24,day,,,,false,${','.repeat(60)}`].join('\n'));
      expect(wide.json().error.message).toBe('Linje 2 har 68 kolonner; mer enn 50 leses ikke. Ingenting er importert.');
      expect(await imported()).toEqual(before);
    });

    it('reads a well-formed XLSX built without Excel (inline strings, no styles) in its worker', async () => {
      const res = await post(
        plainXlsx([['elev-Ærøy', '2026-12-01', 'lesson', 'Kunst & håndverk', '2', '', 'false', '']]),
        XLSX,
      );
      expect(res.json()).toEqual({ imported: 1, alreadyPresent: 0, encoding: 'UTF-8' });
      expect(await imported()).toContain('elev-Ærøy|2026-12-01|Kunst & håndverk');
    });

    const expected: Record<string, RegExp> = {
      rader: /^Fila pakker seg ut til mer enn 200 MB/,
      'rader-skjult': /^Arket har mer enn 200 000 rader|^Fila pakker seg ut til mer enn 200 MB/,
      'rader-2gb': /^Arket har mer enn 200 000 rader|^Fila pakker seg ut til mer enn 200 MB/,
      'delte-tekster': /^XLSX-fila har mer enn 400 000 ulike tekster/,
      kolonner: /^Linje 2 har celler i mer enn 50 kolonner/,
      'lang-celle': /^XLSX-fila har mer enn 65 536 tegn i strekk/,
    };
    for (const bomb of zipBombs()) {
      it(`refuses the zip bomb «${bomb.kind}» (${bomb.description}) with a clear message, writes nothing, and answers meanwhile`, async () => {
        expect(bomb.file.length).toBeLessThan(8 * 1024 * 1024);
        expect(bomb.inflated).toBeGreaterThan(300 * 1024 * 1024);
        const before = await imported();
        let settled = false;
        const upload = post(bomb.file, XLSX).finally(() => (settled = true));
        const health = await w.app.inject({ method: 'GET', url: '/api/health' });
        expect(health.statusCode).toBe(200);
        expect(settled).toBe(false);
        const res = await upload;
        expect(res.statusCode).toBe(400);
        expect(res.json().error.message).toMatch(expected[bomb.kind]!);
        expect(res.json().error.message).toMatch(/Ingenting er importert\.$/);
        expect(await imported()).toEqual(before);
      }, 60_000);
    }
  });
});
