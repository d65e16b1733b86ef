// `naervaer import`: the same all-or-nothing import as the web page, run as a named user.
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { migrate } from '../../db/migrate';
import { actorForUser } from '../../server/auth/actor-for-user';
import { clockFor } from '../../server/clock';
import { loadConfig } from '../../server/config';
import { AppError } from '../../server/errors';
import { openDb } from '../../server/start';
import type { EventsFile } from '../../server/import/read-events-file';
import { importAbsence } from '../../server/use-cases/import-absence';

const HELP = `Bruk: naervaer import --user <brukernavn> --school <skolenavn eller id> <fil.csv|fil.xlsx>

Importerer fravær for én skole. Kolonner: student_id (skolens elevnummer), date, kind, subject,
period, minutes, documented, reason. Har én rad feil, importeres ingenting; hver feil skrives på
stderr som «linje N: felt: årsak» og kommandoen avslutter med kode 2. Rader som allerede finnes,
legges ikke inn igjen. Brukeren må være skoleledelse eller administrator ved skolen.`;

export const importCommand = {
  summary: 'Importer fravær fra CSV eller XLSX',
  async run(args: string[]): Promise<number> {
    let parsed;
    try {
      parsed = parseArgs({
        args,
        allowPositionals: true,
        options: { user: { type: 'string' }, school: { type: 'string' }, help: { type: 'boolean' } },
      });
    } catch (e) {
      console.error(`${(e as Error).message}\n\n${HELP}`);
      return 1;
    }
    const { values, positionals } = parsed;
    if (values.help) {
      console.log(HELP);
      return 0;
    }
    const file = positionals[0];
    if (!file || !values.user || !values.school) {
      console.error(HELP);
      return 1;
    }
    // CSV is streamed (a million rows need not be in memory as one piece); XLSX is read in a worker thread.
    const xlsx = file.toLowerCase().endsWith('.xlsx');
    let events: EventsFile;
    try {
      if (!statSync(file).isFile()) throw new Error('not a file');
      events = xlsx
        ? { kind: 'xlsx', data: readFileSync(file) }
        : { kind: 'csv', data: createReadStream(file, { highWaterMark: 1 << 20 }) };
    } catch {
      console.error(`Kan ikke lese fila «${file}».`);
      return 1;
    }
    const config = loadConfig();
    const db = await openDb(config);
    try {
      await migrate(db);
      const actor = await actorForUser(db, values.user);
      const schoolId = await db.withContext({ kommuneId: actor.kommuneId }, async (tx) => {
        const row = await tx
          .selectFrom('school')
          .select('id')
          .where((eb) => eb.or([eb('name', '=', values.school!), eb(eb.cast('id', 'text'), '=', values.school!)]))
          .executeTakeFirst();
        return row?.id;
      });
      if (!schoolId) {
        console.error(`Fant ingen skole «${values.school}» i kommunen til ${values.user}.`);
        return 1;
      }
      // Every bad row on stderr, as scripts expect (the web answer lists the first 200).
      const result = await importAbsence(db, actor, schoolId, events, clockFor(config.fixedNow).now(), undefined, {
        listed: Infinity,
      });
      console.log(`Importert: ${result.imported} nye registreringer (${result.alreadyPresent} fantes fra før).`);
      return 0;
    } catch (e) {
      if (e instanceof AppError) {
        const rows = (e.details?.rows ?? []) as { line: number; field: string; reason: string }[];
        if (rows.length) for (const r of rows) console.error(`linje ${r.line}: ${r.field}: ${r.reason}`);
        else console.error(e.message);
        return rows.length ? 2 : 1;
      }
      throw e;
    } finally {
      await db.close();
    }
  },
};
