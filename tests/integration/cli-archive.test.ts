// `npx naervaer archive export|list|hand-over` (issue 22 item 3, decision 227) end to end against a database
// holding the test kommune (a PGlite directory, or a fresh database on the PostgreSQL server): the closed case's
// stored extract is written again to a file, a new one is made with --new and a school's period through the
// same use-cases as the API, each tar holds arkivstruktur.xml and the SHA-256 printed is the file's; list shows
// them with dates as dd.mm.yyyy, hand-over marks one, and the audit log names the user, the actions of the
// routes and `via: 'cli'`. Bad dates, an unknown school, case or extract, an open case and an empty period exit 1
// with one Norwegian line naming the option.
import { execFile, spawnSync } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createDb, type Db } from '../../src/db/create-db';
import { dbTarget, describeDb, freshDb, type TestDb } from '../support/db';
import { createKommune, type TestKommune } from '../support/factories';

const run = promisify(execFile);

describeDb('naervaer archive (command line)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'naervaer-archive-cli-'));
  const dataDir = join(dir, 'data');
  const env: Record<string, string | undefined> = {
    ...process.env,
    NAERVAER_DATA_DIR: dataDir,
    NAERVAER_NOW: '2026-11-24T10:00:00+01:00',
    LOG_LEVEL: 'silent',
  };
  delete env.DATABASE_URL;
  let server: TestDb | undefined;
  let k: TestKommune;
  let closedCaseId: string;
  let openCaseId: string;
  const outputs: string[] = [];

  const cli = async (...args: string[]) => {
    let res: { code: number; stdout: string; stderr: string };
    try {
      const { stdout, stderr } = await run(process.execPath, ['bin/naervaer.js', 'archive', ...args], {
        env,
        cwd: process.cwd(),
      });
      res = { code: 0, stdout, stderr };
    } catch (e) {
      const err = e as { code: number; stdout: string; stderr: string };
      res = { code: err.code, stdout: err.stdout, stderr: err.stderr };
    }
    outputs.push(res.stdout, res.stderr);
    return res;
  };
  /** The database while no command runs (a PGlite directory has one user at a time). */
  const withDb = async <T>(fn: (db: Db) => Promise<T>): Promise<T> => {
    const db = await createDb(server ? { databaseUrl: server.url } : { dataDir });
    try {
      return await fn(db);
    } finally {
      await db.close();
    }
  };
  const line = (stdout: string, label: string) => new RegExp(`^${label}: (.*)$`, 'm').exec(stdout)?.[1];
  const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
  const tarList = (path: string) => {
    const listed = spawnSync('tar', ['-tf', path], { encoding: 'utf8' });
    expect(listed.status, listed.stderr).toBe(0);
    return listed.stdout.trim().split('\n');
  };
  const user = ['--user', 'rektor.cli'];

  beforeAll(async () => {
    let db: Db;
    if (dbTarget.kind === 'postgres') {
      server = await freshDb();
      env.DATABASE_URL = server.url;
      db = server;
    } else if (dbTarget.kind === 'pglite') {
      db = await createDb({ dataDir, loadDataDir: new Blob([readFileSync(dbTarget.templatePath)]) });
    } else throw new Error('no database');
    try {
      k = await createKommune(db, 'cli');
      await createKommune(db, 'nabo');
      await db.withContext({ kommuneId: k.id }, async (tx) => {
        closedCaseId = (
          await tx.selectFrom('pupil_case').select('id').where('status', '=', 'closed').executeTakeFirstOrThrow()
        ).id;
        openCaseId = randomUUID();
        await tx
          .insertInto('pupil_case')
          .values({
            id: openCaseId,
            kommune_id: k.id,
            pupil_id: k.pupilIds[0]!,
            school_id: k.schoolId,
            ladder: 'saltdal',
            state: JSON.stringify({ status: 'open', level: 0, since: '2026-11-02' }),
            status: 'open',
            level: 0,
            evaluation_due: null,
            stafettholder_id: k.users.kontakt!.id,
            opened_from: 'undring',
            origin_alert_id: null,
            opened_by: k.users.kontakt!.id,
            opened_at: new Date('2026-11-02T08:00:00Z'),
            last_activity_at: new Date('2026-11-02T08:00:00Z'),
          })
          .execute();
      });
    } finally {
      if (!server) await db.close();
    }
    mkdirSync(join(dir, 'ut'));
  }, 120_000);
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await server?.drop();
  });

  let caseExtractId = '';
  it('writes the closed case’s stored extract to a file instead of making a second one, and makes a new one with --new', async () => {
    const out = join(dir, 'ut', 'sak.tar');
    const again = await cli('export', ...user, '--case', closedCaseId, '--out', out);
    expect(again.stderr).toBe('');
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(
      /^Et likt arkivuttrekk finnes allerede \(laget 10\.09\.2026\); fila er skrevet på nytt/,
    );
    expect(line(again.stdout, 'Fil')).toBe(out);
    expect(line(again.stdout, 'SHA-256')).toBe(sha(out));
    expect(line(again.stdout, 'Størrelse')).toBe(`${readFileSync(out).length} byte`);
    const stored = line(again.stdout, 'Uttrekk')!;

    const fresh = await cli('export', ...user, '--case', closedCaseId, '--out', out, '--new');
    expect(fresh.code).toBe(0);
    expect(fresh.stdout).toMatch(/^Nytt arkivuttrekk er laget\.$/m);
    caseExtractId = line(fresh.stdout, 'Uttrekk')!;
    expect(caseExtractId).not.toBe(stored);
    expect(line(fresh.stdout, 'Saker')).toBe('1');
    expect(Number(line(fresh.stdout, 'Dokumenter'))).toBeGreaterThan(0);
    expect(line(fresh.stdout, 'SHA-256')).toBe(sha(out));
    const files = tarList(out);
    expect(files).toContain(`${caseExtractId}/arkivstruktur.xml`);
    expect(files).toContain(`${caseExtractId}/arkivuttrekk.xml`);
    expect(files.filter((f) => f.endsWith('.pdf'))).toHaveLength(Number(line(fresh.stdout, 'Dokumenter')));
  }, 120_000);

  let schoolExtractId = '';
  it('makes a school’s extract for a period once: the second run writes the same extract again', async () => {
    const first = await cli(
      'export',
      ...user,
      '--school',
      'Testskole cli',
      '--from',
      '01.09.2026',
      '--to',
      '2026-09-30',
    );
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^Nytt arkivuttrekk er laget\.$/m);
    expect(line(first.stdout, 'Periode')).toBe('01.09.2026–30.09.2026');
    expect(line(first.stdout, 'Saker')).toBe('1');
    // The default file name, in the folder the command runs in.
    const file = join(process.cwd(), 'arkivuttrekk-testskole-cli-2026-09-01-2026-09-30.tar');
    try {
      expect(line(first.stdout, 'Fil')).toBe(file);
      schoolExtractId = line(first.stdout, 'Uttrekk')!;
      expect(line(first.stdout, 'SHA-256')).toBe(sha(file));
      const arkivstruktur = spawnSync('tar', ['-xOf', file, `${schoolExtractId}/arkivstruktur.xml`], {
        encoding: 'utf8',
      });
      expect(arkivstruktur.status).toBe(0);
      expect(arkivstruktur.stdout).toContain(closedCaseId);
      expect(arkivstruktur.stdout).toContain('Testskole cli');
    } finally {
      rmSync(file, { force: true });
    }

    const out = join(dir, 'ut', 'skole.tar');
    const second = await cli(
      'export',
      ...user,
      '--school',
      k.schoolId,
      '--from',
      '2026-09-01',
      '--to',
      '30.09.2026',
      '--out',
      out,
    );
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/^Et likt arkivuttrekk finnes allerede \(laget 24\.11\.2026\)/);
    expect(line(second.stdout, 'Uttrekk')).toBe(schoolExtractId);
    expect(line(second.stdout, 'SHA-256')).toBe(line(first.stdout, 'SHA-256'));
    expect(sha(out)).toBe(line(first.stdout, 'SHA-256'));
  }, 120_000);

  it('lists the extracts with dates as dd.mm.yyyy, scope, cases, documents and handover', async () => {
    const res = await cli('list', ...user);
    expect(res.code).toBe(0);
    const rows = res.stdout.trim().split('\n');
    expect(rows[0]).toMatch(/^Uttrekk\s+Laget\s+Omfang\s+Skole\s+Periode\s+Saker\s+Dokumenter\s+Overført til arkivet$/);
    expect(rows).toHaveLength(4);
    const row = (id: string) => rows.find((r) => r.startsWith(id))!.split(/\s{2,}/);
    expect(row(schoolExtractId)).toEqual([
      schoolExtractId,
      '24.11.2026',
      'skole',
      'Testskole cli',
      '01.09.2026–30.09.2026',
      '1',
      expect.stringMatching(/^\d+$/),
      'nei',
    ]);
    expect(row(caseExtractId).slice(1, 4)).toEqual(['24.11.2026', 'sak', 'Testskole cli']);
    expect(res.stdout).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    // Named by the school's id: the same three, all at that school.
    expect((await cli('list', ...user, '--school', k.schoolId)).stdout.trim().split('\n')).toHaveLength(4);
  }, 60_000);

  it('marks an extract handed over to the archive, once, and the audit log says the command line did it', async () => {
    const res = await cli('hand-over', ...user, schoolExtractId, '--on', '24.11.2026', '--to', 'IKA Testfylke');
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout.trim()).toBe(
      `Arkivuttrekket ${schoolExtractId} er merket som overført til arkivet «IKA Testfylke» 24.11.2026 av Navn rektor.cli.`,
    );
    const listed = await cli('list', ...user);
    expect(listed.stdout).toMatch(
      new RegExp(`^${schoolExtractId}.*24\\.11\\.2026 \\(Navn rektor\\.cli, til «IKA Testfylke»\\)$`, 'm'),
    );
    const twice = await cli('hand-over', ...user, schoolExtractId, '--on', '24.11.2026');
    expect(twice.code).toBe(1);
    expect(twice.stderr.trim()).toBe('<uttrekk-id>: Arkivuttrekket er allerede overført til arkivet 24.11.2026.');

    const audit = await withDb((db) =>
      db.withContext({ kommuneId: k.id }, (tx) =>
        tx
          .selectFrom('audit_log')
          .select(['action', 'user_id', 'entity_id', 'case_id', 'details'])
          .where('action', 'like', 'archive.%')
          .where('user_id', '=', k.users.rektor!.id)
          .execute(),
      ),
    );
    const details = (r: { details: unknown }) =>
      (typeof r.details === 'string' ? JSON.parse(r.details) : r.details) as Record<string, unknown>;
    const of = (action: string, entityId: string) =>
      audit.filter((r) => r.action === action && r.entity_id === entityId);
    // One row per case or school environment matter the extract holds (decision 231): the case's extract one, the
    // school's the closed case and the kommune's closed matter.
    for (const [id, held] of [
      [caseExtractId, 1],
      [schoolExtractId, 2],
    ] as const) {
      expect(of('archive.extract.create', id).map(details)).toEqual(
        Array.from({ length: held }, () => expect.objectContaining({ via: 'cli' })),
      );
      expect(of('archive.extract.download', id).length).toBeGreaterThan(0);
      expect(of('archive.extract.download', id).every((r) => details(r).via === 'cli')).toBe(true);
    }
    const handedOver = of('archive.extract.hand-over', schoolExtractId).filter((r) => r.case_id === closedCaseId);
    expect(handedOver.map(details)).toEqual([{ handedOverOn: '2026-11-24', archive: 'IKA Testfylke', via: 'cli' }]);
  }, 60_000);

  it('writes a handed-over identical extract again, and makes a new one once something was written in a case', async () => {
    const period = ['--school', 'Testskole cli', '--from', '01.09.2026', '--to', '30.09.2026'];
    const out = join(dir, 'ut', 'skole.tar');
    const same = await cli('export', ...user, ...period, '--out', out);
    expect(same.stdout).toMatch(
      /^Et likt arkivuttrekk finnes allerede \(laget 24\.11\.2026, overført til arkivet 24\.11\.2026\)/,
    );
    expect(line(same.stdout, 'Uttrekk')).toBe(schoolExtractId);
    // Staff write in the closed case after the extract was made (every write to a case is audited with it).
    await withDb((db) =>
      db.withContext({ kommuneId: k.id }, (tx) =>
        tx
          .insertInto('audit_log')
          .values({
            kommune_id: k.id,
            at: new Date('2026-11-24T14:00:00+01:00'),
            user_id: k.users.rektor!.id,
            role: 'skoleledelse',
            action: 'case.statement.add',
            pupil_id: k.pupilIds[2]!,
            details: JSON.stringify({}),
            kind: 'create',
            entity: 'pupil_case',
            entity_id: closedCaseId,
            case_id: closedCaseId,
            organisation: 'Testskole cli',
            client_ip: null,
            outcome: 'allowed',
          })
          .execute(),
      ),
    );
    const made = await cli('export', ...user, ...period, '--out', out);
    expect(made.code).toBe(0);
    expect(made.stdout).toMatch(/^Nytt arkivuttrekk er laget\.$/m);
    expect(line(made.stdout, 'Uttrekk')).not.toBe(schoolExtractId);
    expect(line(made.stdout, 'SHA-256')).toBe(sha(out));
  }, 120_000);

  it.each([
    [
      ['export', ...user, '--school', 'Testskole cli', '--from', '32.13.2026', '--to', '30.09.2026'],
      '--from: «32.13.2026» er ikke en dato. Skriv dd.mm.åååå eller åååå-mm-dd.',
    ],
    [
      ['export', ...user, '--school', 'Testskole cli', '--from', '01.09.2026', '--to', '2026-9-30'],
      '--to: «2026-9-30» er ikke en dato. Skriv dd.mm.åååå eller åååå-mm-dd.',
    ],
    [
      ['export', ...user, '--school', 'Testskole cli', '--from', '30.09.2026', '--to', '01.09.2026'],
      '--to: Til-datoen kommer før fra-datoen.',
    ],
    [
      ['export', ...user, '--school', 'Finnes ikke skole', '--from', '01.09.2026', '--to', '30.09.2026'],
      '--school: Fant ingen skole «Finnes ikke skole» i kommunen.',
    ],
    // The other kommune's school is not in the user's kommune at all.
    [
      ['export', ...user, '--school', 'Testskole nabo', '--from', '01.09.2026', '--to', '30.09.2026'],
      '--school: Fant ingen skole «Testskole nabo» i kommunen.',
    ],
    [
      ['export', ...user, '--school', 'Testskole cli', '--from', '01.01.2025', '--to', '31.01.2025'],
      '--from/--to: Ingen saker ved skolen ble avsluttet fra 01.01.2025 til 31.01.2025.',
    ],
    [['export', ...user, '--case', 'ikke-en-sak'], '--case: Fant ingen sak «ikke-en-sak».'],
    [
      ['export', ...user, '--case', '00000000-0000-4000-8000-000000000000'],
      '--case: Fant ingen sak «00000000-0000-4000-8000-000000000000».',
    ],
    [['export', ...user, '--case', 'OPEN'], '--case: Saken er ikke avsluttet. Arkivuttrekk lages av avsluttede saker.'],
    [
      ['export', '--user', 'kontakt.cli', '--school', 'Testskole cli', '--from', '01.09.2026', '--to', '30.09.2026'],
      '--school: kontakt.cli er ikke skoleledelse eller administrator ved Testskole cli og kan ikke arbeide med arkivuttrekkene der.',
    ],
    [['list', '--user', 'ingen.slik'], '--user: Fant ingen aktiv bruker «ingen.slik».'],
    [
      ['hand-over', ...user, '00000000-0000-4000-8000-000000000000', '--on', '24.11.2026'],
      '<uttrekk-id>: Fant ikke arkivuttrekket «00000000-0000-4000-8000-000000000000».',
    ],
    [['hand-over', ...user, 'CASE_EXTRACT', '--on', '31.12.2026'], '--on: Overføringsdatoen kan ikke være fram i tid.'],
    [
      ['hand-over', ...user, 'CASE_EXTRACT', '--on', '2026-02-30'],
      '--on: «2026-02-30» er ikke en dato. Skriv dd.mm.åååå eller åååå-mm-dd.',
    ],
  ])(
    'refuses %j with exit 1 and one line naming the option',
    async (args, message) => {
      const given = args.map((a) => (a === 'OPEN' ? openCaseId : a === 'CASE_EXTRACT' ? caseExtractId : a));
      const res = await cli(...given);
      expect(res.stdout).toBe('');
      expect(res.stderr.trim()).toBe(message);
      expect(res.code).toBe(1);
    },
    60_000,
  );

  it('prints no national identity number', () => {
    expect(outputs.join('\n')).not.toMatch(/\b\d{11}\b/);
  });
});
