// «Hvem har sett saken»: a guardian's own export of who in the kommune has read or changed data about
// their child — when, who (name and role), organisation, what kind of access — as rows and as a PDF.
// Only staff and services count (not the guardians themselves), only allowed accesses (a refusal showed
// nothing). A child with a protected address (fortrolig / strengt fortrolig) gets the rows without
// names and organisations: a school's or a person's name can tell where the child lives now, and the
// guardian asking may be the one the address is protected from (as for letters, decision 053).
import type { Db } from '../../db/create-db';
import type { AuditKind } from '../../db/schema';
import { LADDER_ROLES } from '../../domain/ladder/ladder-schema';
import { osloDate } from '../clock';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { renderPdf } from '../pdf/document';
import { pupilForGuardian } from '../absence/place';

export const ACCESS_LOG_LIMIT = 500;

const ROLE_LABEL: Record<string, string> = {
  ...LADDER_ROLES,
  administrator: 'Skoleadministrator',
  skoleeier: 'Skoleeier (kommunen)',
  ressursteam: 'Ressursteam',
  skoleledelse: 'Skoleledelsen',
};
export const KIND_LABEL: Record<AuditKind, string> = {
  read: 'Så opplysninger',
  create: 'Registrerte',
  update: 'Endret',
  delete: 'Slettet',
  export: 'Hentet ut',
  print: 'Skrev ut brev',
};
const ENTITY_LABEL: Record<string, string> = {
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
  audit_log: 'tilgangsloggen',
};

function roleText(role: string | null): string {
  if (!role) return 'Ukjent rolle';
  return role
    .split(',')
    .map((r) => ROLE_LABEL[r] ?? r)
    .join(', ');
}

function norwegianDateTime(at: Date): string {
  const parts = new Intl.DateTimeFormat('nb-NO', {
    timeZone: 'Europe/Oslo',
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(at);
  return parts.replace(',', ' kl.');
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
      entries: rows.map((r) => ({
        at: new Date(r.at).toISOString(),
        name: shielded ? null : r.display_name,
        role: roleText(r.role),
        organisation: shielded ? null : r.organisation,
        kind: r.kind,
        kindLabel: r.kind ? KIND_LABEL[r.kind] : 'Ukjent',
        what: r.entity ? (ENTITY_LABEL[r.entity] ?? r.entity) : 'elevopplysninger',
      })),
    };
  });
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
      ...(log.total > log.entries.length
        ? [
            {
              kind: 'paragraph' as const,
              text: `Viser de siste ${log.entries.length} av ${log.total} oppslag. Be skolen om hele loggen hvis dere trenger den.`,
            },
          ]
        : []),
      { kind: 'heading', text: 'Oppslag' },
      ...(log.entries.length === 0
        ? [{ kind: 'paragraph' as const, text: 'Ingen ansatte har sett opplysninger om barnet ennå.' }]
        : log.entries.map((e) => ({
            kind: 'paragraph' as const,
            text: `${norwegianDateTime(new Date(e.at))} – ${e.name ?? 'Skjermet'} (${e.role}${e.organisation ? `, ${e.organisation}` : ''}): ${e.kindLabel.toLowerCase()} – ${e.what}`,
          }))),
      {
        kind: 'paragraph',
        text: 'Dere har rett til innsyn etter personopplysningsloven. Spørsmål om loggen kan rettes til skolen.',
      },
    ],
  });
  return { pdf, fileName: `hvem-har-sett-saken-${today}.pdf` };
}
