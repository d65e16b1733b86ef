// Nærvær's own roster templates (CSV or XLSX, one file per table; decision 082) → the normalised roster.
// For a kommune whose pupil administration system cannot export OneRoster: five files, each found by its
// name (skoler, klasser, elever, foresatte, ansatte; .csv or .xlsx). `TEMPLATE_COLUMNS` is the column
// help the import screen shows and the downloadable templates carry.
import {
  birthDate,
  nationalId,
  namePart,
  protectedAddress,
  type Row,
  rowsOf,
  trinnOf,
  username,
  yesNo,
} from './fields';
import { sortProblems } from './oneroster';
import {
  ROSTER_ROLES,
  type RosterClass,
  type RosterGuardian,
  type RosterParse,
  type RosterParseOptions,
  type RosterProblem,
  type RosterPupil,
  type RosterRoleName,
  type RosterSchool,
  type RosterStaff,
  type RosterTable,
} from './types';

export type TemplateColumn = { name: string; required: boolean; help: string };

/** Every template file with its columns and a Norwegian line of help each. */
export const TEMPLATE_COLUMNS: Record<'skoler' | 'klasser' | 'elever' | 'foresatte' | 'ansatte', TemplateColumn[]> = {
  skoler: [
    { name: 'id', required: true, help: 'Skolens faste id i elevregisteret (endres aldri)' },
    { name: 'navn', required: true, help: 'Skolens navn' },
    { name: 'organisasjonsnummer', required: false, help: 'Ni sifre' },
    { name: 'trinn', required: true, help: 'Fra–til, som 1-7, 8-10 eller 1-10' },
  ],
  klasser: [
    { name: 'id', required: true, help: 'Klassens (basisgruppens) faste id' },
    { name: 'skole_id', required: true, help: 'id fra skoler' },
    { name: 'navn', required: true, help: 'Klassens navn, som 5A' },
    { name: 'trinn', required: true, help: 'Trinn 1–10' },
    {
      name: 'skoleår',
      required: false,
      help: 'Året skoleåret begynner, som 2026 for 2026–2027 (tom: dette skoleåret)',
    },
  ],
  elever: [
    { name: 'id', required: true, help: 'Elevens faste id i elevregisteret' },
    { name: 'fornavn', required: true, help: 'Fornavn (og mellomnavn)' },
    { name: 'etternavn', required: true, help: 'Etternavn' },
    { name: 'fødselsdato', required: true, help: 'ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ' },
    { name: 'fødselsnummer', required: false, help: 'Fødselsnummer eller D-nummer, 11 sifre (tom for elever uten)' },
    { name: 'elevnummer', required: false, help: 'Skolens elevnummer (brukes ved fraværsimport)' },
    { name: 'adressesperre', required: false, help: 'Tom, «fortrolig» eller «strengt_fortrolig»' },
    { name: 'klasse_id', required: true, help: 'id fra klasser: klassen (basisgruppen) eleven går i' },
  ],
  foresatte: [
    { name: 'id', required: true, help: 'Den foresattes faste id; én rad per barn med samme id' },
    { name: 'fornavn', required: true, help: 'Fornavn' },
    { name: 'etternavn', required: true, help: 'Etternavn' },
    { name: 'fødselsnummer', required: false, help: '11 sifre; brukes til innlogging med ID-porten' },
    { name: 'telefon', required: false, help: 'Mobilnummer' },
    { name: 'epost', required: false, help: 'E-postadresse' },
    { name: 'elev_id', required: true, help: 'id fra elever: barnet' },
    { name: 'foreldreansvar', required: false, help: '«ja» eller «nei» (tom: ja)' },
    {
      name: 'informasjon_begrenset',
      required: false,
      help: '«ja» når retten til informasjon om barnet er begrenset (barnelova § 47); tom: nei',
    },
    { name: 'adressesperre', required: false, help: 'Den foresattes egen: tom, «fortrolig» eller «strengt_fortrolig»' },
  ],
  ansatte: [
    { name: 'id', required: true, help: 'Den ansattes faste id; én rad per rolle med samme id' },
    { name: 'brukernavn', required: true, help: 'Feide-brukernavnet, som kari@kommune.no' },
    { name: 'navn', required: true, help: 'Fullt navn' },
    {
      name: 'rolle',
      required: true,
      help: 'kontaktlaerer, faglaerer, skoleledelse, ressursteam, administrator eller skoleeier',
    },
    { name: 'skole_id', required: false, help: 'id fra skoler (tom bare for skoleeier)' },
    { name: 'klasse_id', required: false, help: 'id fra klasser, for kontaktlaerer og faglaerer' },
  ],
};

export type TemplateName = keyof typeof TEMPLATE_COLUMNS;
export const TEMPLATE_NAMES = Object.keys(TEMPLATE_COLUMNS) as TemplateName[];

/** True when the tables are Nærvær's templates (one named like a template, none like OneRoster). */
export function isTemplate(tables: ReadonlyMap<string, RosterTable>): boolean {
  return [...tables.keys()].some((f) => TEMPLATE_NAMES.includes(baseName(f) as TemplateName));
}

/** «elever.xlsx» → «elever». */
export function baseName(file: string): string {
  return file
    .replace(/^.*[\\/]/, '')
    .replace(/\.(csv|xlsx)$/i, '')
    .toLowerCase();
}

export function parseTemplate(tables: ReadonlyMap<string, RosterTable>, options: RosterParseOptions): RosterParse {
  const problems: RosterProblem[] = [];
  const byName = new Map<string, RosterTable>();
  for (const [file, table] of tables) byName.set(baseName(file), table);
  const rows = (name: TemplateName): Row[] =>
    rowsOf(
      byName.get(name),
      TEMPLATE_COLUMNS[name].filter((c) => c.required).map((c) => c.name),
      problems,
    );
  const seen = new Map<string, Set<string>>();
  const unique = (row: Row): string | null => {
    const id = row.required('id');
    if (id === null) return null;
    const ids = seen.get(row.table.file) ?? new Set<string>();
    seen.set(row.table.file, ids);
    if (ids.has(id)) {
      row.problem('id', `«${id}» står to ganger`);
      return null;
    }
    ids.add(id);
    return id;
  };

  const schools = new Map<string, RosterSchool>();
  for (const row of rows('skoler')) {
    const id = unique(row);
    const name = row.required('navn');
    const orgnr = row.get('organisasjonsnummer').replace(/\s/g, '');
    if (orgnr && !/^\d{9}$/.test(orgnr)) row.problem('organisasjonsnummer', 'må være ni sifre');
    const m = /^\s*(\d{1,2})\s*[-–]\s*(\d{1,2})\s*$/.exec(row.get('trinn'));
    const first = Number(m?.[1]);
    const last = Number(m?.[2]);
    if (!m || first < 1 || last > 10 || first > last) row.problem('trinn', 'må være fra–til, som 1-7, 8-10 eller 1-10');
    else if (id !== null && name !== null)
      schools.set(id, {
        sourceId: id,
        name,
        orgNumber: /^\d{9}$/.test(orgnr) ? orgnr : null,
        firstTrinn: first,
        lastTrinn: last,
      });
  }

  const classes = new Map<string, RosterClass>();
  for (const row of rows('klasser')) {
    const id = unique(row);
    const school = row.required('skole_id');
    const name = row.required('navn');
    if (school !== null && !schools.has(school)) row.problem('skole_id', `skolen «${school}» finnes ikke i skoler`);
    const trinn = trinnOf(row.get('trinn'));
    if (trinn === null) row.problem('trinn', 'må være 1–10');
    let year = options.schoolYear;
    const yearText = row.get('skoleår');
    if (yearText) {
      if (!/^20\d\d$/.test(yearText)) row.problem('skoleår', 'må være et årstall, som 2026');
      else year = Number(yearText);
    }
    if (id !== null && school !== null && schools.has(school) && name !== null && trinn !== null)
      classes.set(id, { sourceId: id, schoolSourceId: school, name, trinn, schoolYear: year });
  }

  const pupils = new Map<string, RosterPupil>();
  const nationalIds = new Map<string, number>();
  for (const row of rows('elever')) {
    const id = unique(row);
    const firstName = namePart(row, 'fornavn');
    const lastName = namePart(row, 'etternavn');
    const birth = birthDate(row, 'fødselsdato');
    const nid = nationalId(row, 'fødselsnummer', options.allowSynthetic);
    if (nid) {
      const before = nationalIds.get(nid);
      if (before !== undefined) row.problem('fødselsnummer', `samme fødselsnummer som eleven på linje ${before}`);
      else nationalIds.set(nid, row.line);
    }
    const protection = protectedAddress(row, 'adressesperre');
    const klass = row.required('klasse_id');
    if (klass !== null && !classes.has(klass)) row.problem('klasse_id', `klassen «${klass}» finnes ikke i klasser`);
    if (id === null || firstName === null || lastName === null || !birth || nid === false || klass === null) continue;
    if (!classes.has(klass)) continue;
    pupils.set(id, {
      sourceId: id,
      firstName,
      lastName,
      birthDate: birth,
      nationalId: nid,
      localId: row.get('elevnummer') || null,
      protectedAddress: protection,
      classSourceId: klass,
    });
  }

  // foresatte and ansatte: one row per child or role; the same id on several rows is one person.
  const guardians = new Map<string, RosterGuardian>();
  for (const row of rows('foresatte')) {
    const id = row.required('id');
    const firstName = namePart(row, 'fornavn');
    const lastName = namePart(row, 'etternavn');
    const nid = nationalId(row, 'fødselsnummer', options.allowSynthetic);
    const child = row.required('elev_id');
    if (child !== null && !pupils.has(child)) row.problem('elev_id', `eleven «${child}» finnes ikke i elever`);
    const responsibility = yesNo(row, 'foreldreansvar', true);
    const restricted = yesNo(row, 'informasjon_begrenset', false);
    // An empty cell names no protection: it never lifts one the school set (decision 153).
    const protection = row.get('adressesperre') ? protectedAddress(row, 'adressesperre') : 'none';
    if (id === null || firstName === null || lastName === null || nid === false || child === null || !pupils.has(child))
      continue;
    const g = guardians.get(id) ?? {
      sourceId: id,
      firstName,
      lastName,
      email: row.get('epost') || null,
      phone: row.get('telefon') || null,
      nationalId: nid,
      children: [],
    };
    if (protection !== 'none') g.protectedAddress = protection;
    if (!g.children.some((c) => c.pupilSourceId === child))
      g.children.push({
        pupilSourceId: child,
        parentalResponsibility: responsibility,
        ...(restricted ? { informationRestricted: true as const } : {}),
      });
    guardians.set(id, g);
  }

  const staff = new Map<string, RosterStaff>();
  const usernames = new Map<string, string>();
  for (const row of rows('ansatte')) {
    const id = row.required('id');
    const name = username(row, 'brukernavn');
    const displayName = row.required('navn');
    const role = row.get('rolle').toLowerCase() as RosterRoleName;
    const school = row.get('skole_id') || null;
    const klass = row.get('klasse_id') || null;
    let ok = id !== null && name !== null && displayName !== null;
    if (!(ROSTER_ROLES as readonly string[]).includes(role)) {
      row.problem('rolle', `må være en av ${ROSTER_ROLES.join(', ')}`);
      ok = false;
    } else if (role !== 'skoleeier' && school === null) {
      row.problem('skole_id', 'mangler (bare skoleeier er uten skole)');
      ok = false;
    }
    if (school !== null && !schools.has(school)) {
      row.problem('skole_id', `skolen «${school}» finnes ikke i skoler`);
      ok = false;
    }
    if (klass !== null) {
      const c = classes.get(klass);
      if (!c) {
        row.problem('klasse_id', `klassen «${klass}» finnes ikke i klasser`);
        ok = false;
      } else if (c.schoolSourceId !== school) {
        row.problem('klasse_id', 'klassen hører ikke til skolen i skole_id');
        ok = false;
      }
    } else if (role === 'kontaktlaerer') {
      row.problem('klasse_id', 'en kontaktlærer trenger klassen sin');
      ok = false;
    }
    if (name !== null && id !== null) {
      const other = usernames.get(name);
      if (other !== undefined && other !== id) {
        row.problem('brukernavn', `samme brukernavn som den ansatte «${other}»`);
        ok = false;
      } else usernames.set(name, id);
    }
    if (!ok) continue;
    const s = staff.get(id!) ?? { sourceId: id!, username: name!, displayName: displayName!, roles: [] };
    s.roles.push({ role, schoolSourceId: role === 'skoleeier' ? null : school, classSourceId: klass });
    staff.set(id!, s);
  }

  // Every file, even an empty one: a missing «ansatte» would otherwise read as every employee leaving.
  for (const name of TEMPLATE_NAMES)
    if (!byName.has(name))
      problems.push({ file: name, line: 0, column: '', reason: 'fila mangler (en tom fil med overskriftene er nok)' });
  return {
    format: 'Nærværs maler',
    roster: {
      schools: [...schools.values()],
      classes: [...classes.values()],
      pupils: [...pupils.values()],
      guardians: [...guardians.values()],
      staff: [...staff.values()],
    },
    problems: sortProblems(problems),
  };
}
