// `naervaer import`: the same all-or-nothing import as the web page, run as a named user.
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { migrate } from '../../db/migrate';
import { actorForUser } from '../../server/auth/actor-for-user';
import { clockFor } from '../../server/clock';
import { loadContent } from '../../server/content/load-content';
import { loadConfig } from '../../server/config';
import { AppError } from '../../server/errors';
import { openDb } from '../../server/start';
import type { EventsFile } from '../../server/import/read-events-file';
import { importAbsence } from '../../server/use-cases/import-absence';
import { cliCommand } from '../command';

const HELP = `Bruk: naervaer import --user <brukernavn> --school <skolenavn eller id> <fil.csv|fil.xlsx>

Importerer fravær for én skole. Kolonner: student_id (skolens elevnummer), date, kind, subject,
period, minutes, documented, reason. Har én rad feil, importeres ingenting; hver feil skrives på
stderr som «linje N: felt: årsak» og kommandoen avslutter med kode 2. Rader som allerede finnes,
legges ikke inn igjen. Brukeren må være skoleledelse eller administrator ved skolen.`;

export const importCommand = cliCommand({
  summary: 'Importer fravær fra CSV eller XLSX',
  help: HELP,
  options: { user: { type: 'string' }, school: { type: 'string' } },
  required: ['user', 'school'],
  positionals: ['<fil>'],
  // Every bad row on stderr, as scripts expect (the web answer lists the first 200), and exit 2.
  refusal(e) {
    if (!(e instanceof AppError)) return undefined;
    const rows = (e.details?.rows ?? []) as { line: number; field: string; reason: string }[];
    return rows.length
      ? { lines: rows.map((r) => `linje ${r.line}: ${r.field}: ${r.reason}`), code: 2 }
      : { lines: [e.message], code: 1 };
  },
  async run({ values: options, positionals }) {
    const file = positionals[0]!;
    const values = { user: String(options.user), school: String(options.school) };
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
    const content = loadContent();
    const db = await openDb(config);
    try {
      await migrate(db);
      const actor = await actorForUser(db, values.user);
      const schoolId = await db.withContext({ kommuneId: actor.kommuneId }, async (tx) => {
        const row = await tx
          .selectFrom('school')
          .select('id')
          .where((eb) => eb.or([eb('name', '=', values.school), eb(eb.cast('id', 'text'), '=', values.school)]))
          .executeTakeFirst();
        return row?.id;
      });
      if (!schoolId) {
        console.error(`Fant ingen skole «${values.school}» i kommunen til ${values.user}.`);
        return 1;
      }
      const result = await importAbsence(
        db,
        content,
        actor,
        schoolId,
        events,
        clockFor(config.clockStart).now(),
        undefined,
        {
          listed: Infinity,
        },
      );
      return `Importert: ${result.imported} nye registreringer (${result.alreadyPresent} fantes fra før).`;
    } finally {
      await db.close();
    }
  },
});
