// «Hvem har sett saken»: a guardian's own export of who in the kommune has read or changed data about
// their child — when, who (name and role), organisation, what kind of access — as rows and as a PDF.
// Only staff and services count (not the guardians themselves), only allowed accesses (a refusal showed
// nothing). A child with a protected address (fortrolig / strengt fortrolig) gets the rows without
// names and organisations: a school's or a person's name can tell where the child lives now, and the
// guardian asking may be the one the address is protected from (as for letters, decision 053).
import type { Db } from '../../db/create-db';
import type { AuditKind } from '../../db/schema';
import type { AuditEntity, Role } from '../../contract/enums';
import { norwegianDate } from '../../domain/calendar/dates';
import { LADDER_ROLES } from '../../domain/ladder/ladder-schema';
import { osloDate } from '../clock';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { renderPdf } from '../pdf/document';
import { pupilForGuardian } from '../absence/place';

export const ACCESS_LOG_LIMIT = 500;

/** Every role an account can hold, as a guardian reads it (a test checks the list is whole). */
export const ROLE_LABEL: Record<Role | 'staff' | 'municipal' | 'service' | 'pupil', string> = {
  kontaktlaerer: 'Kontaktlærer',
  faglaerer: 'Faglærer',
  skoleledelse: 'Skoleledelsen',
  ressursteam: 'Ressursteam',
  administrator: 'Skoleadministrator',
  skoleeier: 'Skoleeier (kommunen)',
  helsesykepleier: 'Helsesykepleier',
  ppt: 'PPT',
  barnevern: 'Barneverntjenesten',
  bup: 'BUP',
  kommunepsykolog: 'Kommunepsykolog',
  avdelingsdirektor: 'Avdelingsdirektør for skole (kommunen)',
  foresatt: 'Foresatt',
  elev: 'Eleven selv',
  // An account without a role is named by its kind (audit `roleLabel`).
  staff: 'Ansatt',
  municipal: 'Kommunen',
  service: 'Tjeneste',
  pupil: 'Eleven selv',
};
export const KIND_LABEL: Record<AuditKind, string> = {
  read: 'Så opplysninger',
  create: 'Registrerte',
  update: 'Endret',
  delete: 'Slettet',
  export: 'Hentet ut',
  print: 'Skrev ut brev',
};
/** What a row was about, in words (every audit entity; the type makes the list whole). */
export const ENTITY_LABEL: Record<AuditEntity, string> = {
  pupil: 'elevopplysninger',
  pupil_case: 'saken',
  absence_event: 'fravær',
  alert: 'varsel om fravær',
  contact_log: 'kontakt med hjemmet',
  observation: 'observasjon',
  case_task: 'oppgave i saken',
  case_participant: 'deltaker i saken',
  case_referral: 'henvisning',
  case_assessment: 'sakkyndig vurdering',
  case_meeting: 'møte i saken',
  case_form: 'skjema i saken',
  case_plan: 'samarbeidsavtale eller plan',
  case_statement: 'uttalelse fra tillitsperson',
  consent: 'samtykke',
  consent_scan: 'underskrevet samtykke',
  audit_log: 'tilgangsloggen',
  class: 'klassen',
  school: 'skolen',
  kommune: 'kommunen',
  app_user: 'brukerkonto',
  user_session: 'innlogging',
  rule_profile: 'regelprofil',
  ladder: 'tiltakstrapp',
  oidc_provider: 'innloggingstjeneste',
  case_notice: 'skriftlig melding fra saken',
  pupil_checkin: 'elevens ukesjekk',
  pupil_meeting_wish: 'elevens ønske før møte',
  health_concern: 'undring fra helsetjenesten',
  partner_checklist_tick: 'helsestasjonens sjekkliste',
  school_environment_case: 'skolemiljøsak (aktivitetsplikt)',
  archive_extract: 'arkivuttrekk',
  case_decision: 'vedtak (enkeltvedtak)',
};

const roleName = (r: string) =>
  (ROLE_LABEL as Record<string, string | undefined>)[r] ?? LADDER_ROLES[r as keyof typeof LADDER_ROLES];
const entityName = (e: string) => (ENTITY_LABEL as Record<string, string | undefined>)[e] ?? 'opplysninger';

function roleText(role: string | null): string {
  if (!role) return 'Ukjent rolle';
  const names = role
    .split(',')
    .map(roleName)
    .filter((n): n is string => !!n);
  return names.length ? names.join(', ') : 'Ukjent rolle';
}

/** «03.12.2026 kl. 08:15», the day in Oslo in the one date format (decision 171). */
function norwegianDateTime(at: Date): string {
  return `${norwegianDate(osloDate(at))} kl. ${norwegianTime(at)}`;
}

function norwegianTime(at: Date): string {
  return new Intl.DateTimeFormat('nb-NO', { timeZone: 'Europe/Oslo', hour: '2-digit', minute: '2-digit' }).format(at);
}

async function loadAccessLog(db: Db, actor: Actor, pupilId: string, format: 'json' | 'pdf', now: Date) {
  return db.withContext(contextOf(actor), async (tx) => {
    const place = await pupilForGuardian(tx, actor, pupilId);
    const shielded = place.protectedAddress !== 'none';
    const base = tx
      .selectFrom('audit_log as a')
      .innerJoin('app_user as u', 'u.id', 'a.user_id')
      .where('a.pupil_id', '=', pupilId)
      .where('a.outcome', '=', 'allowed')
      .where('u.kind', '<>', 'guardian');
    const total = Number((await base.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    const rows = await base
      .select(['a.at', 'u.display_name', 'a.role', 'a.organisation', 'a.kind', 'a.entity'])
      .orderBy('a.id', 'desc')
      .limit(ACCESS_LOG_LIMIT)
      .execute();
    await writeAudit(tx, actor, now, [
      { action: 'guardian.access-log', pupilId, entity: 'audit_log', details: { format, rows: rows.length } },
    ]);
    return {
      child: { id: place.pupilId, firstName: place.firstName, lastName: place.lastName, protectedAddress: shielded },
      total,
      shown: rows.length,
      entries: collapseByDay(
        rows.map((r) => ({
          at: new Date(r.at).toISOString(),
          name: shielded ? null : r.display_name,
          role: roleText(r.role),
          organisation: shielded ? null : r.organisation,
          kind: r.kind,
          kindLabel: r.kind ? KIND_LABEL[r.kind] : 'Ukjent',
          what: r.entity ? entityName(r.entity) : 'elevopplysninger',
        })),
      ),
    };
  });
}

type AccessRow = {
  at: string;
  name: string | null;
  role: string;
  organisation: string | null;
  kind: AuditKind | null;
  kindLabel: string;
  what: string;
};

/**
 * One line per person, kind and thing per day: a teacher who opens the case ten times in a morning is one
 * line «10 ganger, 08.02–11.40» (the newest first, as the rows come), not ten identical lines.
 */
export function collapseByDay(rows: AccessRow[]): (AccessRow & { firstAt: string; count: number })[] {
  const lines = new Map<string, AccessRow & { firstAt: string; count: number }>();
  for (const r of rows) {
    const key = JSON.stringify([osloDate(new Date(r.at)), r.name, r.role, r.organisation, r.kind, r.what]);
    const line = lines.get(key);
    if (!line) lines.set(key, { ...r, firstAt: r.at, count: 1 });
    else {
      line.count += 1;
      if (r.at < line.firstAt) line.firstAt = r.at;
      if (r.at > line.at) line.at = r.at;
    }
  }
  return [...lines.values()];
}

/** The rows, for the guardian's page. */
export async function listAccessLog(db: Db, actor: Actor, pupilId: string, now: Date) {
  return loadAccessLog(db, actor, pupilId, 'json', now);
}

/** The same rows as a PDF to keep: «Hvem har sett saken». */
export async function exportAccessLogPdf(db: Db, actor: Actor, pupilId: string, now: Date) {
  const log = await loadAccessLog(db, actor, pupilId, 'pdf', now);
  const name = `${log.child.firstName} ${log.child.lastName}`;
  const today = osloDate(now);
  const pdf = await renderPdf({
    title: 'Hvem har sett saken',
    createdAt: now,
    footer: `Nærvær · Tilgangslogg for ${name} · hentet ${norwegianDateTime(now)} · Unntatt offentlighet, jf. offl. § 13`,
    blocks: [
      { kind: 'heading', text: `Hvem har sett opplysningene om ${name}` },
      {
        kind: 'paragraph',
        text: `Hentet ut ${norwegianDateTime(now)} av ${actor.displayName}. Listen viser hver gang ansatte i kommunen har sett, registrert, endret eller skrevet ut opplysninger om fravær og oppfølging av ${log.child.firstName}, nyeste først. Det dere selv har gjort, er ikke med.`,
      },
      ...(log.child.protectedAddress
        ? [
            {
              kind: 'paragraph' as const,
              text: 'Barnet har skjermet adresse. Derfor vises ikke navn på personer eller skole. Ta kontakt med skolens ledelse hvis dere trenger fullstendig innsyn.',
            },
          ]
        : []),
      ...(log.total > log.shown
        ? [
            {
              kind: 'paragraph' as const,
              text: `Viser de siste ${log.shown} av ${log.total} oppslag. Be skolen om hele loggen hvis dere trenger den.`,
            },
          ]
        : []),
      { kind: 'heading', text: 'Oppslag' },
      ...(log.entries.length === 0
        ? [{ kind: 'paragraph' as const, text: 'Ingen ansatte har sett opplysninger om barnet ennå.' }]
        : log.entries.map((e) => ({
            kind: 'paragraph' as const,
            text: `${norwegianDateTime(new Date(e.at))}${e.count > 1 ? ` (${e.count} ganger denne dagen, første kl. ${norwegianTime(new Date(e.firstAt))})` : ''} – ${e.name ?? 'Skjermet'} (${e.role}${e.organisation ? `, ${e.organisation}` : ''}): ${e.kindLabel.toLowerCase()} – ${e.what}`,
          }))),
      {
        kind: 'paragraph',
        text: 'Dere har rett til innsyn etter personopplysningsloven. Spørsmål om loggen kan rettes til skolen.',
      },
    ],
  });
  return { pdf, fileName: `hvem-har-sett-saken-${today}.pdf` };
}
