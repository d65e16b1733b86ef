// Import is all-or-nothing: any bad row imports nothing and every bad row is listed by line, field and
// reason; the same good file imported twice adds its rows once. CSV and XLSX alike.
import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { beforeAll, expect, it } from 'vitest';
import { compileCalendar, parseSchoolCalendar } from '../../src/domain/calendar/calendar';
import { formatIsoDate } from '../../src/domain/calendar/dates';
import { defaultSkolerute } from '../../src/domain/school-year/skolerute';
import { describeDb } from '../support/db';
import { useWorld } from '../support/world';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describeDb('import of absence events', () => {
  const localIds = ['imp-1', 'imp-2', 'imp-3', ...Array.from({ length: 10 }, (_, i) => `imp-x${i + 1}`)];
  // Ten more pupils in 9A, so that a 10 000-row file has distinct rows.
  const w = useWorld({
    kommuner: ['imp'],
    seed: (db, k) =>
      db.withContext({ kommuneId: k.id }, async (tx) => {
        for (let i = 1; i <= 10; i++) {
          const id = randomUUID();
          await tx
            .insertInto('pupil')
            .values({
              id,
              kommune_id: k.id,
              first_name: `Ekstra${i}`,
              last_name: 'Import',
              birth_date: '2012-04-04',
              national_id: null,
              local_id: `imp-x${i}`,
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
      }),
  });
  // The end of the school year: every school day of the files has been (only granted leave may lie ahead).
  // The users log in after it, on first use.
  beforeAll(() => w.clock.set(new Date('2027-06-18T12:00:00Z')));

  function goodRows(count: number): string[] {
    const parsed = parseSchoolCalendar({ ...defaultSkolerute(2026), lessonsPerWeekday: [6, 6, 6, 6, 5] });
    if (!parsed.ok) throw new Error(parsed.errors.join());
    const days = compileCalendar(parsed.calendar).days;
    const rows: string[] = [];
    outer: for (const day of days) {
      for (const id of localIds) {
        for (let period = 1; period <= 5; period++) {
          rows.push(`${id},${formatIsoDate(day)},lesson,Norsk,${period},,false,`);
          if (rows.length === count) break outer;
        }
      }
    }
    return rows;
  }
  const header = 'student_id,date,kind,subject,period,minutes,documented,reason';
  const post = (body: string | Buffer, type = 'text/csv', who = 'rektor') =>
    w.as(who).post(`/api/imports?schoolId=${w.k.schoolId}`, body, { headers: { 'content-type': type } });
  const count = () =>
    w.db.withContext(
      { kommuneId: w.k.id },
      async (tx) => (await tx.selectFrom('absence_event').select('id').where('source', '=', 'import').execute()).length,
    );

  it('rejects a 10 000-row file with three bad rows, the last on the last line, and imports nothing', async () => {
    const rows = goodRows(10_000);
    rows[3] = rows[3]!.replace(',lesson,', ',fravaer,'); // line 5
    rows[4998] = 'imp-1,2026-11-21,day,,,,false,'; // line 5000: a Saturday
    rows[9999] = rows[9999]!.replace(/,Norsk,\d,/, ',Norsk,,'); // line 10001: lesson without period
    const res = await post([header, ...rows].join('\n'));
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.error.message).toBe('Importen ble avvist: 3 rader har feil. Ingenting er importert.');
    expect(body.error.details.rows).toEqual([
      { line: 5, field: 'kind', reason: expect.stringContaining('ukjent kode «fravaer»') },
      { line: 5000, field: 'date', reason: expect.stringContaining('lørdag') },
      { line: 10001, field: 'period', reason: expect.stringContaining('mangler') },
    ]);
    expect(await count()).toBe(0);
  });

  it('imports the good file once: the second time adds nothing', async () => {
    const csv = '\uFEFF' + [header, ...goodRows(10_000)].join('\r\n');
    const first = await post(csv);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({ imported: 10_000, alreadyPresent: 0, encoding: 'UTF-8' });
    const second = await post(csv);
    expect(second.json()).toEqual({ imported: 0, alreadyPresent: 10_000, encoding: 'UTF-8' });
    expect(await count()).toBe(10_000);
  });

  it('lists unknown pupils and lessons the class does not have', async () => {
    const res = await post(
      [header.replaceAll(',', ';'), 'ukjent;2026-11-24;day;;;;false;', 'imp-1;2026-11-27;lesson;Norsk;6;;false;'].join(
        '\n',
      ),
    );
    expect(res.json().error.details.rows).toEqual([
      { line: 2, field: 'student_id', reason: 'ukjent elev «ukjent» ved skolen' },
      { line: 3, field: 'period', reason: 'time 6 finnes ikke, 9A har 5 timer 27.11.2026' },
    ]);
  });

  it('reads XLSX with the same columns, dates and booleans as Excel stores them', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Fravær');
    ws.addRow(header.split(','));
    ws.addRow(['imp-2', new Date(Date.UTC(2026, 10, 24)), 'late', '', 1, 12, false, '']);
    ws.addRow(['imp-3', '2026-11-24', 'day', '', '', '', true, 'sykdom']);
    const data = Buffer.from(await wb.xlsx.writeBuffer());
    const res = await post(data, XLSX);
    expect(res.json()).toEqual({ imported: 2, alreadyPresent: 0, encoding: 'UTF-8' });
    const bad = await post(Buffer.from('not a zip'), XLSX);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/XLSX/);
  });

  it('is only for the school leadership and administrator', async () => {
    const res = await post(header, 'text/csv', 'kontakt');
    expect(res.statusCode).toBe(403);
  });
});
