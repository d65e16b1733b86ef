// Everything Nærvær holds about one pupil, for a request of access (GDPR art. 15): as JSON (every
// registered section, rows as stored) or as a readable PDF (a heading per section, Norwegian labels).
// The school's leadership or administrator answers the request; the export is audited as 'export'.
// With a protected address the guardians' contact details are left out (src/server/privacy/pupil-data).
import { sql } from 'kysely';
import type { Db, Tx } from '../../db/create-db';
import { osloDate } from '../clock';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { renderPdf, type PdfBlock } from '../pdf/document';
import { asciiFileName } from '../pdf/file-name';
import { collectPupilData, SHIELDED_TEXT, type CollectedSection } from '../privacy/pupil-data';
import { pupilForPrivacy, type PrivacySubject } from '../privacy/pupil-school';
import { norwegianDate } from '../../domain/calendar/dates';

export const EXPORT_FORMAT = 'naervaer-innsyn/1';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type PupilExport = {
  format: typeof EXPORT_FORMAT;
  exportedAt: string;
  exportedBy: { id: string; name: string };
  school: { id: string; name: string };
  pupil: { id: string; firstName: string; lastName: string; birthDate: string };
  protectedAddress: boolean;
  shielded: string | null;
  sections: (CollectedSection & { count: number })[];
  /** Display names for the ids of people, classes and schools that appear in the rows. */
  names: Record<string, string>;
};

/** Readable names for every id in the rows that names a user, guardian, class or school. */
async function namesFor(tx: Tx, sections: CollectedSection[]): Promise<Record<string, string>> {
  const ids = new Set<string>();
  const visit = (v: unknown) => {
    if (typeof v === 'string' && UUID.test(v)) ids.add(v);
    else if (Array.isArray(v)) v.forEach(visit);
  };
  for (const s of sections) for (const row of s.rows) Object.values(row).forEach(visit);
  const list = [...ids];
  if (!list.length) return {};
  const [users, guardians, classes, schools] = await Promise.all([
    tx.selectFrom('app_user').select(['id', 'display_name as name']).where('id', 'in', list).execute(),
    tx.selectFrom('guardian').select(['id', 'first_name', 'last_name']).where('id', 'in', list).execute(),
    tx.selectFrom('class').select(['id', 'name']).where('id', 'in', list).execute(),
    tx.selectFrom('school').select(['id', 'name']).where('id', 'in', list).execute(),
  ]);
  return Object.fromEntries([
    ...users.map((u) => [u.id, u.name]),
    ...guardians.map((g) => [g.id, `${g.first_name} ${g.last_name}`]),
    ...classes.map((c) => [c.id, `klasse ${c.name}`]),
    ...schools.map((s) => [s.id, s.name]),
  ]);
}

export async function exportPupilData(db: Db, actor: Actor, pupilId: string, format: 'json' | 'pdf', now: Date) {
  const data = await db.withContext(contextOf(actor), async (tx) => {
    const subject = await pupilForPrivacy(tx, actor, pupilId, ['skoleledelse', 'administrator']);
    const isProtected = subject.protectedAddress !== 'none';
    // Everyone's inbox items about the pupil's cases belong in the export, not only the reader's (migration 0033).
    await sql`select set_config('naervaer.inbox_all', 'on', true)`.execute(tx);
    const sections = await collectPupilData(tx, pupilId, isProtected);
    await sql`select set_config('naervaer.inbox_all', '', true)`.execute(tx);
    const names = await namesFor(tx, sections);
    await writeAudit(tx, actor, now, [
      {
        action: 'pupil.privacy-export',
        pupilId,
        details: {
          format,
          sections: Object.fromEntries(sections.map((s) => [s.table, s.rows.length])),
          shielded: isProtected,
        },
      },
    ]);
    return { subject, isProtected, sections, names };
  });
  const result: PupilExport = {
    format: EXPORT_FORMAT,
    exportedAt: now.toISOString(),
    exportedBy: { id: actor.userId, name: actor.displayName },
    school: { id: data.subject.schoolId, name: data.subject.schoolName },
    pupil: {
      id: data.subject.pupilId,
      firstName: data.subject.firstName,
      lastName: data.subject.lastName,
      birthDate: data.subject.birthDate,
    },
    protectedAddress: data.isProtected,
    shielded: data.isProtected
      ? 'Eleven har fortrolig eller strengt fortrolig adresse: foresattes adresse og kontaktopplysninger er utelatt.'
      : null,
    sections: data.sections.map((s) => ({ ...s, count: s.rows.length })),
    names: data.names,
  };
  // ASCII only: the name goes into a Content-Disposition header.
  const fileBase = asciiFileName(`innsyn-${data.subject.lastName}-${data.subject.firstName}-${osloDate(now)}`);
  if (format === 'json') return { kind: 'json' as const, body: result, fileName: `${fileBase}.json` };
  return { kind: 'pdf' as const, body: await exportPdf(result, data.subject, now), fileName: `${fileBase}.pdf` };
}

// Column labels for the PDF; a column not listed is shown by its name. Technical columns are left out
// of the PDF (they are in the JSON).
const LABELS: Record<string, string> = {
  first_name: 'Fornavn',
  last_name: 'Etternavn',
  birth_date: 'Fødselsdato',
  national_id: 'Fødselsnummer/D-nummer',
  local_id: 'Elevnummer',
  protected_address: 'Fortrolig adresse',
  created_at: 'Opprettet',
  class_id: 'Klasse',
  school_id: 'Skole',
  valid_from: 'Fra',
  valid_to: 'Til',
  guardian_id: 'Foresatt',
  relation: 'Relasjon',
  phone: 'Telefon',
  email: 'E-post',
  user_id: 'Bruker',
  date: 'Dato',
  kind: 'Type',
  subject: 'Fag',
  period: 'Time',
  minutes: 'Minutter',
  documented: 'Dokumentert',
  reason: 'Årsak',
  source: 'Kilde',
  note: 'Merknad',
  registered_by: 'Registrert av',
  registered_at: 'Registrert',
  deleted_at: 'Slettet',
  event_id: 'Fraværsregistrering',
  change: 'Endring',
  changed_by: 'Endret av',
  changed_at: 'Endret',
  snapshot: 'Versjonen før endringen',
  rule_id: 'Regel',
  observed_on: 'Observert',
  description: 'Beskrivelse',
  recorded_by: 'Ført av',
  recorded_at: 'Ført',
  profile: 'Regelprofil',
  started_on: 'Fra',
  ended_on: 'Til',
  status: 'Status',
  explanation: 'Begrunnelse',
  dismiss_reason: 'Grunn til avvisning',
  updated_at: 'Oppdatert',
  updated_by: 'Oppdatert av',
  contacted_at: 'Tidspunkt',
  alert_id: 'Varsel',
  with_whom: 'Med hvem',
  channel: 'Kanal',
  summary: 'Sammendrag',
  agreed: 'Avtalt',
  ladder: 'Tiltakstrapp',
  state: 'Tilstand',
  level: 'Nivå',
  evaluation_due: 'Evalueringsdato',
  stafettholder_id: 'Stafettholder',
  opened_from: 'Åpnet fra',
  origin_alert_id: 'Fra varsel',
  opened_by: 'Åpnet av',
  opened_at: 'Åpnet',
  last_activity_at: 'Siste aktivitet',
  case_id: 'Sak',
  action: 'Handling',
  state_after: 'Tilstand etter',
  acted_by: 'Utført av',
  acted_at: 'Tidspunkt',
  ladder_task_id: 'Oppgave i tiltakstrappa',
  text: 'Tekst',
  responsible: 'Ansvarlige',
  owner_id: 'Ansvarlig',
  due_on: 'Frist',
  done_on: 'Utført',
  done_by: 'Utført av',
  completion: 'Utfylling',
  scheduled_on: 'Planlagt',
  participants: 'Deltakere',
  agenda: 'Agenda',
  anonymised: 'Anonymisert',
  held_on: 'Holdt',
  next_meeting_on: 'Neste møte',
  name: 'Navn',
  role: 'Rolle',
  added_by: 'Lagt til av',
  added_at: 'Lagt til',
  removed_at: 'Fjernet',
  service: 'Tjeneste',
  sent_on: 'Sendt',
  answered_on: 'Svar mottatt',
  guardians_signed: 'Signert av foresatte',
  issued_on: 'Datert',
  issued_by: 'Fra',
  recommendations: 'Anbefalinger',
  valid_until: 'Gyldig til',
  table_name: 'Gjelder',
  record_id: 'Post',
  at: 'Tidspunkt',
  details: 'Detaljer',
  outcome: 'Utfall',
  entity: 'Hva',
  entity_id: 'Hvilken',
  organisation: 'Virksomhet',
  client_ip: 'Fra adresse',
  decision: 'Beslutning',
  services: 'Tjenester',
  consent_date: 'Dato',
  scope: 'Omfang',
  information_given: 'Informasjon gitt',
  held_back_matters: 'Forbehold',
  withdrawn_on: 'Trukket tilbake',
  expired_on: 'Utløpt',
  file_name: 'Fil',
  mime: 'Filtype',
  data: 'Innhold',
  uploaded_by: 'Lastet opp av',
  uploaded_at: 'Lastet opp',
  recipient: 'Mottaker',
  pdf: 'Meldingen (PDF)',
  sent_by: 'Sendt av',
  sent_at: 'Sendt',
  notice_id: 'Skriftlig melding',
  task_id: 'Oppgave',
  dedupe_key: 'Gjelder',
  read_at: 'Lest',
  done_at: 'Ferdig',
};
const HIDDEN = new Set(['id', 'kommune_id', 'version', 'pupil_id', 'seq', 'prev_hash', 'hash', 'sealed_at']);

function formatValue(value: unknown, names: Record<string, string>): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'ja' : 'nei';
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map((v) => formatValue(v, names)).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  const s = String(value);
  if (UUID.test(s)) return names[s] ?? s;
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return norwegianDate(s);
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(s)) {
    const at = new Date(s);
    const time = new Intl.DateTimeFormat('nb-NO', {
      timeZone: 'Europe/Oslo',
      hour: '2-digit',
      minute: '2-digit',
    }).format(at);
    return `${norwegianDate(osloDate(at))} kl. ${time}`;
  }
  if (s.startsWith('\\x') && s.length > 200) return `(fil, ${(s.length - 2) / 2} byte — med i JSON-eksporten)`;
  return s;
}

function rowText(row: Record<string, unknown>, names: Record<string, string>): string {
  return Object.entries(row)
    .filter(([k, v]) => !HIDDEN.has(k) && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0))
    .map(([k, v]) => `${LABELS[k] ?? k}: ${formatValue(v, names)}`)
    .join('\n');
}

async function exportPdf(result: PupilExport, subject: PrivacySubject, now: Date): Promise<Uint8Array> {
  const name = `${subject.firstName} ${subject.lastName}`;
  const blocks: PdfBlock[] = [
    {
      kind: 'paragraph',
      text: `Alle opplysninger Nærvær har om ${name} (født ${norwegianDate(subject.birthDate)}), etter personvernforordningen artikkel 15 (rett til innsyn). Laget ${norwegianDate(osloDate(now))} av ${result.exportedBy.name}, ${subject.schoolName}.`,
    },
    {
      kind: 'paragraph',
      text: 'Gå gjennom utskriften før den leveres ut: referater og notater kan inneholde opplysninger om andre personer som kan være unntatt fra innsyn. Den fullstendige, maskinlesbare utgaven er JSON-eksporten.',
    },
  ];
  if (result.protectedAddress)
    blocks.push({
      kind: 'paragraph',
      text: `Eleven har fortrolig eller strengt fortrolig adresse. Foresattes adresse og kontaktopplysninger er utelatt («${SHIELDED_TEXT}»). Kontroller også fritekst før utlevering.`,
    });
  blocks.push(
    { kind: 'heading', text: 'Innhold' },
    { kind: 'paragraph', text: result.sections.map((s) => `${s.title}: ${s.count}`).join('\n') },
  );
  for (const section of result.sections) {
    blocks.push(
      { kind: 'heading', text: `${section.title} (${section.count})` },
      { kind: 'paragraph', text: section.description },
    );
    if (section.count === 0) blocks.push({ kind: 'paragraph', text: 'Ingen opplysninger.' });
    for (const row of section.rows) blocks.push({ kind: 'paragraph', text: rowText(row, result.names) });
  }
  return renderPdf({
    title: `Innsyn: opplysninger om ${name}`,
    createdAt: now,
    footer: `${subject.schoolName} · ${norwegianDate(osloDate(now))} · Unntatt offentlighet, jf. offl. § 13 og fvl. § 13`,
    blocks,
  });
}
