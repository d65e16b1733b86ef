// The registry of every table that holds a pupil's data, and how to find the pupil's rows in it. The
// export for a request of access (GDPR art. 15) reads exactly these sections, and the deletion decides
// per section what happens to it. tests/integration/privacy.test.ts fails when a table with a pupil or
// case column, or one that points at a registered table by a foreign key, is missing here — so a table
// added later must be registered before the suite passes again (decision 054).
import { sql, type RawBuilder } from 'kysely';
import type { Tx } from '../../db/create-db';

/** Ids gathered while reading, so later sections can select by them. */
export type PupilKeys = {
  pupilId: string;
  caseIds: string[];
  /** The pupil's school environment matters (decision 231: a matter is its own saksmappe in an extract). */
  matterIds: string[];
  eventIds: string[];
  guardianIds: string[];
  rowIds: string[];
};

/**
 * What a deletion does with a section: erased together with a closed case (privacy_erase_case), erased
 * by a delete rule of the retention settings, or kept — and why.
 */
export type Erasure =
  | { by: 'case' }
  | { by: 'rule'; records: 'contact-log' | 'observation' | 'school-environment' }
  | { kept: 'absence' | 'master-data' | 'audit' | 'history' };

export type PupilDataSection = {
  table: string;
  /** Heading in the PDF (bokmål). */
  title: string;
  /** One sentence for the reader of the export: what this is. */
  description: string;
  /** Which rows are the pupil's, given the keys gathered so far; null when there can be none. */
  where: (k: PupilKeys) => RawBuilder<unknown> | null;
  orderBy: string;
  /** Values of one column of this section's rows that later sections select by. */
  gathers?: { key: 'caseIds' | 'matterIds' | 'eventIds' | 'guardianIds'; column: string };
  erasure: Erasure;
};

const eq = (column: string, value: string) => sql`${sql.ref(column)} = ${value}`;
const among = (column: string, ids: string[]) => (ids.length ? sql`${sql.ref(column)} in (${sql.join(ids)})` : null);

// Order matters: a section may only use keys gathered by sections above it.
export const PUPIL_DATA: readonly PupilDataSection[] = [
  {
    table: 'pupil',
    title: 'Eleven',
    description: 'Navn, fødselsdato, fødselsnummer eller D-nummer, elevnummer og om adressen er fortrolig.',
    where: (k) => eq('id', k.pupilId),
    orderBy: 'id',
    erasure: { kept: 'master-data' },
  },
  {
    table: 'class_membership',
    title: 'Klassetilhørighet',
    description: 'Hvilke klasser eleven har gått i, og når.',
    where: (k) => eq('pupil_id', k.pupilId),
    orderBy: 'valid_from',
    erasure: { kept: 'master-data' },
  },
  {
    table: 'guardian_pupil',
    title: 'Foresatte (kobling)',
    description: 'Hvem som er registrert som elevens foresatte.',
    where: (k) => eq('pupil_id', k.pupilId),
    orderBy: 'guardian_id',
    gathers: { key: 'guardianIds', column: 'guardian_id' },
    erasure: { kept: 'master-data' },
  },
  {
    table: 'guardian',
    title: 'Foresatte',
    description:
      'Navn og kontaktopplysninger til foresatte (skjermet når eleven har fortrolig eller strengt fortrolig adresse).',
    where: (k) => among('id', k.guardianIds),
    orderBy: 'last_name',
    erasure: { kept: 'master-data' },
  },
  {
    table: 'absence_event',
    title: 'Fravær',
    description:
      'Alle fraværsregistreringer: dag, time, forsentkomming, forlot skolen, med årsak og om det er dokumentert.',
    where: (k) => eq('pupil_id', k.pupilId),
    orderBy: 'date',
    gathers: { key: 'eventIds', column: 'id' },
    erasure: { kept: 'absence' },
  },
  {
    table: 'pupil_day_absence',
    title: 'Fravær per dag (beregnet)',
    description:
      'Fraværet per skoledag slik varslingsreglene regner det (andel av skoletiden, hele dager, timer, forsentkomminger), regnet ut av fraværsregistreringene for skoleeierens tall og gjennomgangene.',
    where: (k) => eq('pupil_id', k.pupilId),
    orderBy: 'date',
    erasure: { kept: 'absence' },
  },
  {
    table: 'pupil_day_dirty',
    title: 'Dager som skal regnes på nytt',
    description:
      'Skoledager med endret fravær som ennå ikke er regnet inn i fravær per dag (tømmes ved neste oppslag).',
    where: (k) => eq('pupil_id', k.pupilId),
    orderBy: 'date',
    erasure: { kept: 'absence' },
  },
  {
    table: 'absence_event_history',
    title: 'Endringer i fravær',
    description:
      'Hver versjon av hver fraværsregistrering som er endret: hva som ble endret, av hvem og når. En registrering som ikke er endret siden den ble lagt inn (for eksempel ved import), står bare under Fravær.',
    where: (k) => among('event_id', k.eventIds),
    orderBy: 'id',
    erasure: { kept: 'absence' },
  },
  {
    table: 'alert',
    title: 'Varsler om bekymringsfullt fravær',
    description: 'Varslene kommunens regler ga, med begrunnelse og status.',
    where: (k) => eq('pupil_id', k.pupilId),
    orderBy: 'started_on',
    erasure: { kept: 'absence' },
  },
  {
    table: 'observation',
    title: 'Observasjoner',
    description: 'Det fraværet ikke viser: tegn, store vansker med oppmøte, alvorlige enkeltepisoder.',
    where: (k) => eq('pupil_id', k.pupilId),
    orderBy: 'observed_on',
    erasure: { by: 'rule', records: 'observation' },
  },
  {
    table: 'school_environment_case',
    title: 'Skolemiljøsaker (aktivitetsplikt)',
    description:
      'Saker om elevens skolemiljø etter opplæringslova kapittel 12: hva skolen fikk vite og når, hvem som ble varslet, hva undersøkelsen fant, aktivitetsplanen, evalueringen og avslutningen.',
    where: (k) => eq('pupil_id', k.pupilId),
    orderBy: 'reported_at',
    gathers: { key: 'matterIds', column: 'id' },
    // Not erased with an absence case: it is its own matter, which the school must be able to document (§ 12-4
    // fifth paragraph). Its own rule of the retention settings erases it, with its steps, its aktivitetsplan and
    // their earlier versions, some years after it closed (decision 210).
    erasure: { by: 'rule', records: 'school-environment' },
  },
  {
    table: 'contact_log',
    title: 'Kontaktlogg',
    description: 'Kontakt med hjemmet og andre om fraværet: når, med hvem, hvordan og hva som ble avtalt.',
    where: (k) => eq('pupil_id', k.pupilId),
    orderBy: 'contacted_at',
    erasure: { by: 'rule', records: 'contact-log' },
  },
  {
    table: 'pupil_case',
    title: 'Saker i tiltakstrappa',
    description: 'Hver sak: nivå, status, stafettholder, når og hvorfor den ble åpnet.',
    where: (k) => eq('pupil_id', k.pupilId),
    orderBy: 'opened_at',
    gathers: { key: 'caseIds', column: 'id' },
    erasure: { by: 'case' },
  },
  {
    table: 'case_action',
    title: 'Sakens tidslinje',
    description:
      'Hvert steg i saken: tiltak startet, evaluering, løftet eller tatt ned et nivå, avsluttet – med elevens syn og vurderingen av barnets beste (beslutning 181).',
    where: (k) => among('case_id', k.caseIds),
    orderBy: 'id',
    erasure: { by: 'case' },
  },
  {
    table: 'case_task',
    title: 'Oppgaver i saken',
    description: 'Sjekklisten fra tiltakstrappa og teamets egne oppgaver.',
    where: (k) => among('case_id', k.caseIds),
    orderBy: 'level',
    erasure: { by: 'case' },
  },
  {
    table: 'case_meeting',
    title: 'Møter og referater',
    description: 'Undringssamtaler, samarbeidsmøter, nærværsteam og ansvarsgruppe, med referat.',
    where: (k) => among('case_id', k.caseIds),
    orderBy: 'scheduled_on',
    erasure: { by: 'case' },
  },
  {
    table: 'case_participant',
    title: 'Deltakere i saken',
    description: 'Hvem som er med rundt eleven, og i hvilken rolle.',
    where: (k) => among('case_id', k.caseIds),
    orderBy: 'added_at',
    erasure: { by: 'case' },
  },
  {
    table: 'case_referral',
    title: 'Henvisninger',
    description: 'Henvisninger til PPT, BUP, barneverntjenesten, helsestasjonen og andre, med status.',
    where: (k) => among('case_id', k.caseIds),
    orderBy: 'updated_at',
    erasure: { by: 'case' },
  },
  {
    table: 'case_assessment',
    title: 'Sakkyndige vurderinger og erklæringer',
    description: 'Sakkyndig vurdering og uttalelse fra PPT og legeerklæringer.',
    where: (k) => among('case_id', k.caseIds),
    orderBy: 'issued_on',
    erasure: { by: 'case' },
  },
  {
    table: 'consent',
    title: 'Samtykker',
    description: 'Samtykke til tverrfaglig samarbeid: tjenester, hvem som samtykket, forbehold og tilbaketrekking.',
    where: (k) =>
      sql`${eq('pupil_id', k.pupilId)}${k.caseIds.length ? sql` or ${among('case_id', k.caseIds)}` : sql``}`,
    orderBy: 'consent_date',
    erasure: { by: 'case' },
  },
  {
    table: 'consent_scan',
    title: 'Skannede samtykkeskjema',
    description: 'Det signerte skjemaet som fil (i JSON-eksporten som heksadesimal tekst).',
    where: (k) => among('case_id', k.caseIds),
    orderBy: 'uploaded_at',
    erasure: { by: 'case' },
  },
  {
    table: 'case_notice',
    title: 'Skriftlige meldinger fra saken',
    description:
      'Meldingene om bekymringsfullt fravær til skoleledelsen eller avdelingsdirektør for skole, som PDF (i JSON-eksporten som heksadesimal tekst).',
    where: (k) => among('case_id', k.caseIds),
    orderBy: 'sent_at',
    erasure: { by: 'case' },
  },
  {
    table: 'archive_extract_case',
    title: 'Arkivuttrekk av saken',
    description:
      'Hvilke arkivuttrekk (Noark 5) saken og skolemiljøsakene er med i. Uttrekket selv er saksdokumentene som ble overført til kommunens arkiv; det slettes fra Nærvær sammen med saken eller skolemiljøsaken.',
    where: (k) => {
      const ofCases = among('case_id', k.caseIds);
      const ofMatters = among('matter_id', k.matterIds);
      if (ofCases && ofMatters) return sql`(${ofCases} or ${ofMatters})`;
      return ofCases ?? ofMatters;
    },
    orderBy: 'id',
    erasure: { by: 'case' },
  },
  {
    table: 'inbox_item',
    title: 'Meldinger i innboksen om saken',
    description:
      'Hvem som har fått beskjed i Nærvær om saken (delt, stafettholder, melding, oppgave), og når de leste den.',
    where: (k) => among('case_id', k.caseIds),
    orderBy: 'created_at',
    erasure: { by: 'case' },
  },
  {
    table: 'guardian_document',
    title: 'Sendt til foresatte',
    description:
      'Brev, referater og planer skolen har sendt til foresatte i Nærvær med «Send til foresatte», og når de ble sendt.',
    where: (k) =>
      sql`${eq('pupil_id', k.pupilId)}${k.caseIds.length ? sql` or ${among('case_id', k.caseIds)}` : sql``}`,
    orderBy: 'sent_at',
    erasure: { by: 'case' },
  },
  {
    table: 'health_concern',
    title: 'Undringer fra helsetjenesten',
    description:
      'Hva helsesykepleier meldte til skolen at hun undret seg over, grunnlaget (samtykke fra foresatte eller eleven selv), og når skolen tok imot og fulgte opp.',
    where: (k) => eq('pupil_id', k.pupilId),
    orderBy: 'raised_at',
    erasure: { by: 'case' },
  },
  {
    table: 'partner_checklist_tick',
    title: 'Helsestasjonens sjekkliste i saken',
    description: 'Hvilke steg i helsestasjonens oppfølging helsesykepleier har krysset av i saken, og når.',
    where: (k) => among('case_id', k.caseIds),
    orderBy: 'ticked_at',
    erasure: { by: 'case' },
  },
  {
    table: 'case_form',
    title: 'Kartlegginger og samtaleskjema',
    description:
      'Skjema fylt ut i saken (årsakskartlegging, samtalemaler, pluss-minus, timeplan rødt/gult/grønt …): hvilket skjema og versjon, hvem det ble fylt ut sammen med, og svarene.',
    where: (k) => among('case_id', k.caseIds),
    orderBy: 'filled_on',
    erasure: { by: 'case' },
  },
  {
    table: 'pupil_checkin',
    title: 'Elevens ukesjekk',
    description:
      'Det eleven selv svarte på sin egen side: hvordan skoleuka har vært fra 1 til 10, og hva som skal til for at den blir ett steg bedre.',
    where: (k) =>
      sql`${eq('pupil_id', k.pupilId)}${k.caseIds.length ? sql` or ${among('case_id', k.caseIds)}` : sql``}`,
    orderBy: 'iso_week',
    erasure: { by: 'case' },
  },
  {
    table: 'pupil_meeting_wish',
    title: 'Elevens ønsker før møter',
    description:
      'Det eleven selv skrev på sin egen side om hva de voksne skal vite før et møte, og hvem eleven vil ha med.',
    where: (k) =>
      sql`${eq('pupil_id', k.pupilId)}${k.caseIds.length ? sql` or ${among('case_id', k.caseIds)}` : sql``}`,
    orderBy: 'written_at',
    erasure: { by: 'case' },
  },
  {
    table: 'case_statement',
    title: 'Uttalelser fra tillitsperson',
    description: 'Hva en tillitsperson eleven valgte, fortalte om hva eleven tenker og hva som er viktig for eleven.',
    where: (k) => among('case_id', k.caseIds),
    orderBy: 'given_on',
    erasure: { by: 'case' },
  },
  {
    table: 'case_decision',
    title: 'Vedtak',
    description:
      'Enkeltvedtak i saken (redusert timeplan eller fritak, individuelt tilrettelagt opplæring, permisjon): faktiske forhold, lovgrunnlag, begrunnelse, elevens syn og barnets beste, forhåndsvarsel og svar, når familien mottok vedtaket, klage og utfall.',
    where: (k) => among('case_id', k.caseIds),
    orderBy: 'created_at',
    erasure: { by: 'case' },
  },
  {
    table: 'case_plan',
    title: 'Planer i saken',
    description:
      'Tiltaksplaner, samarbeidsavtaler, dagsplaner, planer for gradvis tilbakeføring og opplæring ved sykdom, med status og elevens syn og barnets beste slik de ble ført da planen ble aktivert (tidligere versjoner under «Tidligere versjoner»).',
    where: (k) => among('case_id', k.caseIds),
    orderBy: 'created_at',
    erasure: { by: 'case' },
  },
  {
    table: 'measure_confirmation',
    title: 'Tilrettelegging fulgt i timene',
    description:
      'Når en lærer bekreftet at et tiltak i planen som gjelder i undervisningen, ble fulgt («Fulgt i dag»): tiltak, dag og lærer.',
    where: (k) => among('case_id', k.caseIds),
    orderBy: 'date',
    erasure: { by: 'case' },
  },
  {
    table: 'record_history',
    title: 'Tidligere versjoner',
    description: 'Hver endring av opplysningene over beholder versjonen den erstattet.',
    where: (k) => among('record_id', k.rowIds),
    orderBy: 'id',
    erasure: { kept: 'history' },
  },
  {
    table: 'audit_log',
    title: 'Hvem har sett eller endret opplysningene',
    description:
      'Revisjonsloggen: hver lesing, endring og utskrift av elevens opplysninger, med tidspunkt, bruker og rolle.',
    where: (k) =>
      sql`${eq('pupil_id', k.pupilId)}${k.caseIds.length ? sql` or ${among('case_id', k.caseIds)}` : sql``}`,
    orderBy: 'id',
    erasure: { kept: 'audit' },
  },
];

// Contact details that could reveal where a pupil with a protected address lives: kept out of the
// export, also from earlier versions of a guardian row. Matched by name, so a column added later (an
// address) is shielded without a change here.
const SHIELDED = /adress|address|post|phone|telefon|mobil|email|e_post|epost/i;
export const SHIELDED_TEXT = 'skjermet: fortrolig adresse';

function shield(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(row).map(([k, v]) => [k, SHIELDED.test(k) && v !== null ? SHIELDED_TEXT : v]),
  );
}

// A log note restricted to one service (migration 0011: a health note) is that service's to disclose:
// the school's export says the note exists and whose it is, never what it says.
function withheld(row: Record<string, unknown>): Record<string, unknown> {
  if (!row.restricted_to) return row;
  const text = `skjermet: notat for ${String(row.restricted_to)} — be tjenesten om innsyn`;
  return { ...row, summary: text, agreed: row.agreed === null ? null : text };
}

export type CollectedSection = { table: string; title: string; description: string; rows: Record<string, unknown>[] };

/**
 * Every registered section for one pupil, rows as the database holds them (jsonb). With a protected
 * address, the guardians' contact fields are replaced by SHIELDED_TEXT, in their earlier versions too.
 */
export async function collectPupilData(
  tx: Tx,
  pupilId: string,
  protectedAddress: boolean,
): Promise<CollectedSection[]> {
  const keys: PupilKeys = { pupilId, caseIds: [], matterIds: [], eventIds: [], guardianIds: [], rowIds: [] };
  const out: CollectedSection[] = [];
  // A guardian with a protected address of their own (decision 153): their contact fields are shielded
  // whether or not the pupil's address is, in their earlier versions too.
  const protectedGuardians = new Set<string>();
  for (const section of PUPIL_DATA) {
    const where = section.where(keys);
    const result = where
      ? await sql<{
          row: Record<string, unknown>;
        }>`select to_jsonb(t) as row from ${sql.table(section.table)} t where ${where} order by ${sql.ref(section.orderBy)}`.execute(
          tx,
        )
      : { rows: [] };
    let rows = result.rows.map((r) => r.row);
    if (section.table === 'guardian')
      rows = rows.map((r) => {
        if (!protectedAddress && (r.protected_address ?? 'none') === 'none') return r;
        protectedGuardians.add(String(r.id));
        return shield(r);
      });
    if (section.table === 'record_history')
      rows = rows.map((r) =>
        r.table_name === 'guardian' && (protectedAddress || protectedGuardians.has(String(r.record_id)))
          ? { ...r, snapshot: shield(r.snapshot as Record<string, unknown>) }
          : r,
      );
    if (section.table === 'contact_log') rows = rows.map(withheld);
    if (section.table === 'record_history')
      rows = rows.map((r) =>
        r.table_name === 'contact_log' ? { ...r, snapshot: withheld(r.snapshot as Record<string, unknown>) } : r,
      );
    const gathers = section.gathers;
    if (gathers) keys[gathers.key].push(...rows.map((r) => String(r[gathers.column])));
    keys.rowIds.push(...rows.map((r) => r.id).filter((id): id is string => typeof id === 'string'));
    out.push({ table: section.table, title: section.title, description: section.description, rows });
  }
  return out;
}
