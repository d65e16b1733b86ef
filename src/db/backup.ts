// Backup and restore of a whole Nærvær database (issue 16 item 5, decision 081), for both kinds:
//   PGlite: its data directory dumped as one gzipped tar (PGlite's own `dumpDataDir`), restored by opening
//           an empty directory from it — a physical copy, byte for byte.
//   server: `pg_dump --format=custom` and `pg_restore --single-transaction` into an empty database — all of
//           it or nothing. The restoring role must be allowed past row-level security (a superuser or
//           BYPASSRLS), since every tenant table forces it; the dump's triggers are made after its data,
//           so the audit trail is restored as it was, with its chain and seals.
// Both refuse to restore over a database that holds anything.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'kysely';
import { createDb, type Db } from './create-db';

export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

/** Runs a PostgreSQL client tool; its error output becomes the message when it fails. */
function run(tool: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('error', (e: NodeJS.ErrnoException) =>
      reject(
        new BackupError(
          e.code === 'ENOENT'
            ? `Fant ikke ${tool}. Installer PostgreSQL-klientverktøyene (for eksempel pakken postgresql-client) i samme versjon som serveren eller nyere.`
            : `${tool}: ${e.message}`,
        ),
      ),
    );
    child.on('close', (code) =>
      code === 0
        ? resolve()
        : reject(new BackupError(`${tool} stoppet med kode ${code}: ${errors.trim().split('\n').slice(-3).join(' ')}`)),
    );
  });
}

/** Writes a backup of the database `db` (opened from `databaseUrl` for a server) to `file`. */
export async function backupDatabase(db: Db, file: string, databaseUrl?: string): Promise<void> {
  if (db.kind === 'postgres') {
    if (!databaseUrl) throw new BackupError('Mangler adressen til databaseserveren (DATABASE_URL).');
    await run('pg_dump', ['--format=custom', '--no-owner', `--file=${file}`, `--dbname=${databaseUrl}`]);
    return;
  }
  const pglite = (db as Db & { pglite?: PGlite }).pglite;
  if (!pglite) throw new BackupError('Databasen er ikke en PGlite-database.');
  // A checkpoint first, so the dump holds what has been written and not only the log of it.
  await pglite.exec('checkpoint');
  const dump = await pglite.dumpDataDir('gzip');
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
}

/** Whether a database holds any table of its own (an empty one has none). */
async function hasTables(db: Db): Promise<boolean> {
  const found = await sql<{ n: number }>`select count(*)::int as n from pg_tables where schemaname = 'public'`.execute(
    db.owner,
  );
  return found.rows[0]!.n > 0;
}

export type RestoreTarget = { databaseUrl: string } | { dataDir: string };

/** Restores `file` into an empty database: a server database, or a PGlite directory that is empty or absent. */
export async function restoreDatabase(file: string, target: RestoreTarget): Promise<void> {
  if (!existsSync(file)) throw new BackupError(`Fant ikke sikkerhetskopien «${file}».`);
  const bytes = readFileSync(file);
  if ('databaseUrl' in target) {
    if (bytes.subarray(0, 5).toString('latin1') !== 'PGDMP')
      throw new BackupError('Fila er ikke en sikkerhetskopi fra en PostgreSQL-server (pg_dump --format=custom).');
    const db = await createDb({ databaseUrl: target.databaseUrl });
    try {
      if (await hasTables(db))
        throw new BackupError(
          'Databasen er ikke tom. Gjenopprett til en ny, tom database (createdb), så ingenting blir overskrevet.',
        );
    } finally {
      await db.close();
    }
    await run('pg_restore', [
      '--no-owner',
      '--exit-on-error',
      '--single-transaction',
      `--dbname=${target.databaseUrl}`,
      file,
    ]);
    return;
  }
  if (target.dataDir.startsWith('memory://'))
    throw new BackupError('Gjenoppretting trenger en datakatalog på disk (NAERVAER_DATA_DIR).');
  if (existsSync(target.dataDir) && readdirSync(target.dataDir).length > 0) {
    throw new BackupError(
      `Datakatalogen «${target.dataDir}» er ikke tom. Gjenopprett til en ny katalog, så ingenting blir overskrevet.`,
    );
  }
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b)
    throw new BackupError(
      'Fila er ikke en sikkerhetskopi av en PGlite-database (ventet en gzip-komprimert datakatalog).',
    );
  mkdirSync(target.dataDir, { recursive: true });
  const pglite = await PGlite.create(target.dataDir, { loadDataDir: new Blob([bytes]) });
  await pglite.close();
}
