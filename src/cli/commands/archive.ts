// `naervaer archive export|list|hand-over` (issue 22 item 3, decision 227): the pupil's file as a Noark 5
// arkivuttrekk on disk, for the kommune's archivist to deposit with the archive by script, without a browser.
// The command acts as a named user who leads or administers the school, through the same use-cases as the API
// and the «Arkivuttrekk» screen, so the extract names who made it and every audit row carries `via: 'cli'`.
import { createHash } from 'node:crypto';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { migrate } from '../../db/migrate';
import type { Db } from '../../db/create-db';
import type { ArchiveExtract } from '../../contract/archive';
import { norwegianDate, parseIsoDate } from '../../domain/calendar/dates';
import { contextOf, type Actor } from '../../server/actor';
import { archiveSchools } from '../../server/archive/scope';
import { actorForUser } from '../../server/auth/actor-for-user';
import { clockFor, osloDate } from '../../server/clock';
import { loadConfig } from '../../server/config';
import { loadContent } from '../../server/content/load-content';
import { AppError } from '../../server/errors';
import { openDb } from '../../server/start';
import { exportArchiveExtract, type ArchiveExportTarget } from '../../server/use-cases/export-archive-extract';
import { handOverArchiveExtract } from '../../server/use-cases/hand-over-archive-extract';
import { listArchiveExtracts } from '../../server/use-cases/list-archive-extracts';
import { cliCommand, type CliCommand, type CliSpec, type Values } from '../command';

const SUMMARY = 'Noark 5-arkivuttrekk til fil, oversikt og overføring til arkivet (archive export, list, hand-over)';

const HELP = `Bruk: naervaer archive export --user <brukernavn> --school <skole> --from <dato> --to <dato> [--out <fil.tar>] [--new]
       naervaer archive export --user <brukernavn> --case <sak-id> [--out <fil.tar>] [--new]
       naervaer archive list --user <brukernavn> [--school <skole>]
       naervaer archive hand-over --user <brukernavn> <uttrekk-id> --on <dato> [--to "<arkivets navn>"]

Elevmappa som Noark 5-arkivuttrekk (tar-fil med arkivstruktur.xml, journalene, endringsloggen, ADDML og
dokumentene som PDF/A-2b), slik skjermen «Arkivuttrekk» lager det. Kommandoen handler som brukeren i --user,
som må være skoleledelse eller administrator ved skolen; alt logges i tilgangsloggen som brukerens handling
fra kommandolinja.

export: lager uttrekket av alle saker og skolemiljøsaker ved skolen som ble avsluttet i perioden (--from til og med --to), eller
  av én avsluttet sak (--case), lagrer det i Nærvær og skriver tar-fila til --out (standard:
  arkivuttrekk-<skole>-<fra>-<til>.tar eller arkivuttrekk-sak-<sak-id>.tar i mappa du står i). Finnes et likt
  uttrekk allerede (samme saker, og ingenting er skrevet i sakene siden), skrives det på nytt i stedet for å
  lage et nytt; --new lager et nytt likevel. Skriver ut uttrekkets id, antall saker og dokumenter, fila,
  størrelsen og SHA-256.
list: uttrekkene ved skolene brukeren leder eller administrerer (eller ved --school), nyeste først.
hand-over: merker uttrekket som overført til kommunens arkiv den dagen (--on), og navnet på arkivet
  (--to) i tilgangsloggen. Slettingen av saken i Nærvær regnes fra den dagen (beslutning 224).

<skole> er organisasjonsnummeret, id-en eller navnet. Datoer skrives dd.mm.åååå eller åååå-mm-dd.`;

/** A refusal for the operator: one line, exit 1. */
class Refused extends Error {}

function refuse(where: string, message: string): never {
  throw new Refused(`${where}: ${message}`);
}

/** A use-case's refusal (its Norwegian message) named by the option it is about. */
async function naming<T>(where: string, p: Promise<T>): Promise<T> {
  try {
    return await p;
  } catch (e) {
    if (e instanceof AppError) refuse(where, e.message);
    throw e;
  }
}

const str = (v: Values[string]) => (typeof v === 'string' ? v.trim() : undefined);

/** `dd.mm.yyyy` or `yyyy-mm-dd` as `yyyy-mm-dd`; anything else is refused naming the option. */
export function dateOption(option: string, text: string): string {
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  const iso = dotted ? `${dotted[3]}-${dotted[2]!.padStart(2, '0')}-${dotted[1]!.padStart(2, '0')}` : text;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso) || parseIsoDate(iso) === null)
    refuse(`--${option}`, `«${text}» er ikke en dato. Skriv dd.mm.åååå eller åååå-mm-dd.`);
  return iso;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type School = { id: string; name: string; organisasjonsnummer: string | null };

/** The school an operator names (organisasjonsnummer, id or name) in the user's kommune, if they may archive it. */
async function schoolOption(db: Db, actor: Actor, text: string): Promise<School> {
  const digits = text.replace(/\s/g, '');
  const found = await db.withContext({ kommuneId: actor.kommuneId }, (tx) =>
    tx
      .selectFrom('school')
      .select(['id', 'name', 'organisasjonsnummer'])
      .where((eb) =>
        eb.or([
          eb(eb.fn('replace', ['organisasjonsnummer', eb.val(' '), eb.val('')]), '=', digits),
          eb(eb.cast('id', 'text'), '=', text.toLowerCase()),
          eb(eb.fn('lower', ['name']), '=', text.toLowerCase()),
        ]),
      )
      .execute(),
  );
  if (found.length === 0) refuse('--school', `Fant ingen skole «${text}» i kommunen.`);
  if (found.length > 1) refuse('--school', `«${text}» passer på flere skoler; bruk id-en.`);
  const school = found[0]!;
  if (!archiveSchools(actor).includes(school.id))
    refuse(
      '--school',
      `${actor.username} er ikke skoleledelse eller administrator ved ${school.name} og kan ikke arbeide med arkivuttrekkene der.`,
    );
  return school;
}

/** Lower-case letters, digits and dashes for a file name: «Nærvik ungdomsskole» → «naervik-ungdomsskole». */
export function fileSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const period = (e: { periodFrom: string; periodTo: string }) =>
  `${norwegianDate(e.periodFrom)}–${norwegianDate(e.periodTo)}`;
const madeOn = (e: ArchiveExtract) => norwegianDate(osloDate(new Date(e.madeAt)));

/** Writes the file whole or not at all: a script never finds half an extract under the name it asked for. */
function writeWhole(path: string, bytes: Uint8Array) {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, bytes);
    renameSync(temporary, path);
  } catch (e) {
    rmSync(temporary, { force: true });
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'mappa finnes ikke'
        : code === 'EACCES' || code === 'EPERM'
          ? 'mangler skrivetilgang'
          : code === 'EISDIR'
            ? 'det er en mappe'
            : (e as Error).message;
    refuse('--out', `Kan ikke skrive «${path}»: ${why}.`);
  }
}

/** What `export` was asked for, checked before the database is opened. */
type ExportInput = { fresh: boolean; out: string | undefined } & (
  | { scope: 'case'; caseId: string }
  | { scope: 'school'; school: string; from: string; to: string }
);

function exportCheck(values: Values): ExportInput {
  const caseText = str(values.case);
  const schoolText = str(values.school);
  const common = { fresh: values.new === true, out: str(values.out) || undefined };
  if (caseText && schoolText) refuse('--case', 'Bruk enten --case eller --school med --from og --to, ikke begge.');
  if (caseText) {
    if (!UUID.test(caseText)) refuse('--case', `Fant ingen sak «${caseText}».`);
    return { ...common, scope: 'case', caseId: caseText.toLowerCase() };
  }
  if (!schoolText) refuse('--school', 'Mangler --school (med --from og --to) eller --case.');
  const fromText = str(values.from);
  const toText = str(values.to);
  if (!fromText) refuse('--from', 'Mangler første dag i perioden.');
  if (!toText) refuse('--to', 'Mangler siste dag i perioden.');
  const from = dateOption('from', fromText);
  const to = dateOption('to', toText);
  if (to < from) refuse('--to', 'Til-datoen kommer før fra-datoen.');
  return { ...common, scope: 'school', school: schoolText, from, to };
}

async function exportRun(db: Db, actor: Actor, input: ExportInput, now: Date): Promise<string> {
  let target: ArchiveExportTarget;
  let out: string;
  if (input.scope === 'case') {
    target = { scope: 'case', caseId: input.caseId };
    out = `arkivuttrekk-sak-${input.caseId}.tar`;
  } else {
    const school = await schoolOption(db, actor, input.school);
    target = { scope: 'school', schoolId: school.id, period: { from: input.from, to: input.to } };
    out = `arkivuttrekk-${school.organisasjonsnummer?.replace(/\s/g, '') || fileSlug(school.name)}-${input.from}-${input.to}.tar`;
  }
  let result: Awaited<ReturnType<typeof exportArchiveExtract>>;
  try {
    result = await exportArchiveExtract(db, loadContent(), actor, target, now, { fresh: input.fresh });
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    if (target.scope === 'school') refuse('--from/--to', e.message);
    refuse('--case', e.code === 'not_found' ? `Fant ingen sak «${target.caseId}».` : e.message);
  }
  const sha256 = createHash('sha256').update(result.bytes).digest('hex');
  if (sha256 !== result.sha256)
    refuse(
      'Uttrekk',
      `${result.extract.id}: det lagrede uttrekket stemmer ikke med sin SHA-256. Lag et nytt med --new.`,
    );
  const path = resolve(input.out ?? out);
  writeWhole(path, result.bytes);
  const e = result.extract;
  return [
    result.made
      ? 'Nytt arkivuttrekk er laget.'
      : `Et likt arkivuttrekk finnes allerede (laget ${madeOn(e)}${e.handedOverOn ? `, overført til arkivet ${norwegianDate(e.handedOverOn)}` : ''}); fila er skrevet på nytt fra det.`,
    `Uttrekk: ${e.id}`,
    `Skole: ${e.schoolName}`,
    `Periode: ${period(e)}`,
    `Saker: ${e.cases}`,
    `Dokumenter: ${e.documents}`,
    `Fil: ${path}`,
    `Størrelse: ${result.bytes.length} byte`,
    `SHA-256: ${sha256}`,
  ].join('\n');
}

async function listRun(db: Db, actor: Actor, schoolText: string | undefined, now: Date): Promise<string> {
  const school = schoolText ? await schoolOption(db, actor, schoolText) : undefined;
  const { extracts } = await listArchiveExtracts(db, actor, { schoolId: school?.id }, now);
  if (!extracts.length) return 'Ingen arkivuttrekk.';
  const rows = [
    ['Uttrekk', 'Laget', 'Omfang', 'Skole', 'Periode', 'Saker', 'Dokumenter', 'Overført til arkivet'],
    ...extracts.map((e) => [
      e.id,
      madeOn(e),
      e.scope === 'case' ? 'sak' : e.scope === 'matter' ? 'skolemiljøsak' : 'skole',
      e.schoolName,
      period(e),
      String(e.cases),
      String(e.documents),
      e.handedOverOn
        ? `${norwegianDate(e.handedOverOn)} (${e.handedOverBy}${e.handedOverTo ? `, til «${e.handedOverTo}»` : ''})`
        : 'nei',
    ]),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows
    .map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  '))
    .join('\n');
}

type HandOverInput = { id: string; on: string; archive: string | undefined };

function handOverCheck(values: Values, positionals: string[]): HandOverInput {
  const id = positionals[0]!.trim();
  if (!UUID.test(id)) refuse('<uttrekk-id>', `Fant ikke arkivuttrekket «${id}».`);
  const on = dateOption('on', str(values.on) ?? '');
  const archive = str(values.to);
  if (values.to !== undefined && (!archive || archive.length > 200))
    refuse('--to', 'Arkivets navn må ha fra 1 til 200 tegn.');
  return { id: id.toLowerCase(), on, archive };
}

async function handOverRun(db: Db, actor: Actor, { id, on, archive }: HandOverInput, now: Date): Promise<string> {
  const row = await db.withContext(contextOf(actor), (tx) =>
    tx.selectFrom('archive_extract').select(['school_id', 'version']).where('id', '=', id).executeTakeFirst(),
  );
  if (!row || !archiveSchools(actor).includes(row.school_id))
    refuse('<uttrekk-id>', `Fant ikke arkivuttrekket «${id}».`);
  let extract: ArchiveExtract;
  try {
    ({ extract } = await handOverArchiveExtract(
      db,
      actor,
      id,
      { handedOverOn: on, version: row.version, archive },
      now,
    ));
  } catch (e) {
    if (e instanceof AppError && e.code === 'validation') refuse('--on', e.message);
    if (e instanceof AppError) refuse('<uttrekk-id>', e.message);
    throw e;
  }
  return `Arkivuttrekket ${extract.id} er merket som overført til ${archive ? `arkivet «${archive}»` : 'arkivet'} ${norwegianDate(on)} av ${extract.handedOverBy}.`;
}

/** One sub-command: its options, checked before the database opens, then run as the user in --user. */
function sub<T>(spec: {
  options: NonNullable<CliSpec['options']>;
  required?: string[];
  positionals?: string[];
  check: (values: Values, positionals: string[]) => T;
  run: (db: Db, actor: Actor, input: T, now: Date) => Promise<string>;
}): CliCommand {
  return cliCommand({
    summary: SUMMARY,
    help: HELP,
    options: { user: { type: 'string' }, ...spec.options },
    required: ['user', ...(spec.required ?? [])],
    ...(spec.positionals ? { positionals: spec.positionals } : {}),
    refusal: (e) => (e instanceof Refused ? { lines: [e.message], code: 1 } : undefined),
    async run({ values, positionals }) {
      const input = spec.check(values, positionals);
      const config = loadConfig();
      const db = await openDb(config);
      try {
        await migrate(db);
        const actor = await naming('--user', actorForUser(db, str(values.user)!));
        return await spec.run(db, actor, input, clockFor(config.clockStart).now());
      } finally {
        await db.close();
      }
    },
  });
}

const SUBCOMMANDS: Record<string, CliCommand> = {
  export: sub({
    options: {
      school: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      case: { type: 'string' },
      out: { type: 'string' },
      new: { type: 'boolean' },
    },
    check: exportCheck,
    run: exportRun,
  }),
  list: sub({
    options: { school: { type: 'string' } },
    check: (values) => str(values.school) || undefined,
    run: listRun,
  }),
  'hand-over': sub({
    options: { on: { type: 'string' }, to: { type: 'string' } },
    required: ['on'],
    positionals: ['<uttrekk-id>'],
    check: handOverCheck,
    run: handOverRun,
  }),
};

export const archiveCommand: CliCommand = {
  summary: SUMMARY,
  async run(args) {
    const command = SUBCOMMANDS[args[0] ?? ''];
    if (!command) {
      console.log(HELP);
      return args.includes('--help') ? 0 : 1;
    }
    return command.run(args.slice(1));
  },
};
