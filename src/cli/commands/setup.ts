// Setting up a production installation without SQL (issue 16 item 1, decision 080):
//   naervaer kommune create --number 3033 --name "Ullensaker"
//   naervaer school create --kommune 3033 --name "Nordby skole" --trinn 1-7
//   naervaer user create --kommune 3033 --username kari.nordmann --name "Kari Nordmann" --role admin --school "Nordby skole"
// Each prints what it made; `user create` prints a one-time link to set the password, on stdout only
// (never to a log), for the operator to hand over.
import type { ParseArgsConfig } from 'node:util';
import { migrate } from '../../db/migrate';
import type { Db } from '../../db/create-db';
import { clockFor } from '../../server/clock';
import { loadConfig, type Config } from '../../server/config';
import { AppError } from '../../server/errors';
import { openDb } from '../../server/start';
import { createAccount } from '../../server/use-cases/create-account';
import { createKommune } from '../../server/use-cases/create-kommune';
import { createSchool } from '../../server/use-cases/create-school';
import { cliCommand, refuseWith, type Values } from '../command';

type Options = NonNullable<ParseArgsConfig['options']>;

/** One `<noun> create` command: parses its options, checks the required ones, runs against the database. */
function setupCommand(
  summary: string,
  help: string,
  options: Options,
  required: string[],
  run: (db: Db, values: Values, config: Config, now: Date) => Promise<string>,
) {
  return cliCommand({
    summary,
    help,
    subcommands: ['create'],
    options,
    required,
    refusal: refuseWith(AppError),
    async run({ values }) {
      const config = loadConfig();
      const db = await openDb(config);
      try {
        await migrate(db);
        return await run(db, values, config, clockFor(config.clockStart).now());
      } finally {
        await db.close();
      }
    },
  });
}

const str = (v: Values[string]) => (typeof v === 'string' ? v : undefined);

export const kommuneCommand = setupCommand(
  'Lag en kommune',
  `Bruk: naervaer kommune create --number <kommunenummer> --name "<navn>"

Lager en ny, tom kommune i databasen (DATABASE_URL, eller den innebygde). Deretter: skoler med
«naervaer school create» og den første brukeren med «naervaer user create».`,
  { number: { type: 'string' }, name: { type: 'string' } },
  ['number', 'name'],
  async (db, v, _config, now) => {
    const k = await createKommune(db, { number: str(v.number)!, name: str(v.name)! }, now);
    return `Kommune ${k.number} ${k.name} er laget.`;
  },
);

export const schoolCommand = setupCommand(
  'Lag en skole i en kommune',
  `Bruk: naervaer school create --kommune <kommunenummer> --name "<skolens navn>" --trinn <fra-til> [--orgnr <organisasjonsnummer>]

Lager en skole, for eksempel med --trinn 1-7 (barneskole), 8-10 (ungdomsskole) eller 1-10.
Klasser, elever og lærere kommer fra elevregisteret.`,
  { kommune: { type: 'string' }, name: { type: 'string' }, trinn: { type: 'string' }, orgnr: { type: 'string' } },
  ['kommune', 'name', 'trinn'],
  async (db, v, _config, now) => {
    const m = /^\s*(\d{1,2})\s*[-–]\s*(\d{1,2})\s*$/.exec(str(v.trinn)!);
    if (!m)
      throw new AppError('validation', `--trinn må være «fra-til», som 1-7, 8-10 eller 1-10, ikke «${str(v.trinn)}».`);
    const s = await createSchool(
      db,
      {
        kommune: str(v.kommune)!,
        name: str(v.name)!,
        firstTrinn: Number(m[1]),
        lastTrinn: Number(m[2]),
        organisasjonsnummer: str(v.orgnr),
      },
      now,
    );
    return `Skolen ${s.name} er laget.`;
  },
);

export const userCommand = setupCommand(
  'Lag en bruker med en rolle',
  `Bruk: naervaer user create --kommune <kommunenummer> --username <brukernavn> --name "<fullt navn>" --role <rolle> [--school "<skole>"]

Roller herfra: admin (med --school administrator ved den skolen; uten --school kommunens administrator,
som gir roller ved alle skolene og tjenestene, men ikke ser elever), skoleledelse (krever --school)
og skoleeier (hele kommunen). Kontoen får ikke noe passord: kommandoen skriver ut en engangslenke
(gyldig i 72 timer) som personen åpner for å velge sitt eget passord. Lenken skrives bare hit, aldri til
en logg; gi den videre på en trygg måte. Ved første innlogging setter personen opp engangskode (TOTP).
Lenkene peker til NAERVAER_PUBLIC_URL (standard http://localhost:PORT).`,
  {
    kommune: { type: 'string' },
    username: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string' },
    school: { type: 'string' },
  },
  ['kommune', 'username', 'name', 'role'],
  async (db, v, config, now) => {
    const a = await createAccount(
      db,
      {
        kommune: str(v.kommune)!,
        username: str(v.username)!,
        displayName: str(v.name)!,
        role: str(v.role)!,
        school: str(v.school),
      },
      now,
      config.publicUrl ?? `http://localhost:${config.port}`,
    );
    const until = a.link.expiresAt.toLocaleString('nb-NO', {
      timeZone: 'Europe/Oslo',
      dateStyle: 'short',
      timeStyle: 'short',
    });
    return `Brukeren ${a.username} er laget.\n\nEngangslenke for å sette passord (gyldig til ${until}):\n${a.link.url}`;
  },
);
