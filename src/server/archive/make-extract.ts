// Making a Noark 5 arkivuttrekk of closed cases (decisions 221–223): collects each case's documents through the
// document sources, renders each as PDF/A-2b, maps the facts to the extract's XML files (src/domain/archive),
// packs everything in one tar file under a folder named by the extract's id, and stores it as an
// archive_extract row with its SHA-256, linked to the cases it holds. Called inside the caller's transaction:
// when a case closes (act-on-case), on demand (the routes), and from the command line.
import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import type { Tx } from '../../db/create-db';
import type { ArchiveExtractReason, ArchiveExtractScope } from '../../db/schema';
import {
  addmlXml,
  arkivstrukturXml,
  endringsloggXml,
  journalXml,
  type ArchiveCase,
  type ArchiveChange,
  type ArchiveDocument,
  type ArchiveFile,
  type ExtractInput,
} from '../../domain/archive/noark5';
import { pupilPlace } from '../absence/place';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import { osloDate } from '../clock';
import type { Content } from '../content/load-content';
import { kommuneMalform } from '../documents';
import { caseDocuments, DOCUMENT_SOURCES, type CaseDocument, type DocumentSource } from './case-documents';
import { matterDocuments, matterVersions } from './matter-documents';
import { uuidFrom } from './ids';
import { writeTar, type TarFile } from './tar';

const SCHEMA_DIR = new URL('../../../standards/noark5-v5.0/', import.meta.url);
const SCHEMA_FILES = [
  'arkivstruktur.xsd',
  'metadatakatalog.xsd',
  'loependeJournal.xsd',
  'offentligJournal.xsd',
  'endringslogg.xsd',
  'addml.xsd',
] as const;
/** The official schemas, read once; they travel in every extract so it validates on its own. */
const SCHEMAS = SCHEMA_FILES.map((name) => ({ name, bytes: readFileSync(new URL(name, SCHEMA_DIR)) }));

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
export { uuidFrom };

export type ExtractRequest = {
  scope: ArchiveExtractScope;
  reason: ArchiveExtractReason;
  schoolId: string;
  caseIds: string[];
  /** Closed school environment matters, each its own saksmappe (decision 231). */
  matterIds?: string[];
  period: { from: string; to: string };
};

export type MadeExtract = {
  id: string;
  fileName: string;
  sha256: string;
  size: number;
  documents: number;
  cases: number;
};

export async function makeArchiveExtract(
  tx: Tx,
  content: Content,
  actor: Actor,
  request: ExtractRequest,
  now: Date,
  sources: DocumentSource[] = DOCUMENT_SOURCES,
): Promise<MadeExtract> {
  const id = randomUUID();
  const kommune = await tx
    .selectFrom('kommune')
    .select(['id', 'name', 'kommunenummer'])
    .where('id', '=', actor.kommuneId)
    .executeTakeFirstOrThrow();
  const school = await tx
    .selectFrom('school')
    .select(['id', 'name'])
    .where('id', '=', request.schoolId)
    .executeTakeFirstOrThrow();
  const malform = await kommuneMalform(tx, actor.kommuneId);
  const names = new Map<string, string>();
  const nameOf = async (userId: string | null): Promise<string> => {
    if (!userId) return school.name;
    if (!names.has(userId)) {
      const u = await tx.selectFrom('app_user').select('display_name').where('id', '=', userId).executeTakeFirst();
      names.set(userId, u?.display_name ?? school.name);
    }
    return names.get(userId)!;
  };

  const cases: ArchiveCase[] = [];
  const pdfs: TarFile[] = [];
  const links: { case_id: string | null; matter_id: string | null; pupil_id: string }[] = [];
  /** A saksmappe's documents rendered and described, and each edit of one as a change of its versjonsnummer. */
  const archived = async (found: CaseDocument[], name: string) => {
    const documents: ArchiveDocument[] = [];
    for (const d of found) {
      const bytes = await d.render();
      const path = `dokumenter/${d.id}.pdf`;
      pdfs.push({ path, bytes });
      documents.push({
        ids: {
          registrering: d.id,
          dokumentbeskrivelse: uuidFrom(`${id}:db:${d.id}`),
          dokumentobjekt: uuidFrom(`${id}:do:${d.id}`),
        },
        kind: d.kind,
        title: `${d.title} – ${name}`,
        publicTitle: d.title,
        date: d.date,
        createdAt: d.createdAt.toISOString(),
        author: await nameOf(d.authorId),
        counterpart: d.counterpart,
        personalData: true,
        file: { path, sha256: sha256(bytes), size: bytes.length },
      });
    }
    // Every edit of a document kept the version it replaced (record_history): each is a change of the
    // registrering's versjonsnummer, by whom and when.
    const versioned = found.filter((d) => d.table);
    const history = versioned.length
      ? await tx
          .selectFrom('record_history')
          .select(['record_id', 'version', 'changed_by', 'changed_at'])
          .where(
            'record_id',
            'in',
            versioned.map((d) => d.recordId ?? d.id),
          )
          .orderBy('changed_at')
          .execute()
      : [];
    const changes: ArchiveChange[] = [];
    for (const d of versioned)
      for (const h of history) {
        if (h.record_id !== (d.recordId ?? d.id)) continue;
        if (d.versionsBelow !== undefined && h.version >= d.versionsBelow) continue;
        changes.push({
          entityId: d.id,
          field: 'versjonsnummer (M005)',
          at: new Date(h.changed_at).toISOString(),
          by: await nameOf(h.changed_by),
          before: String(h.version),
          after: String(h.version + 1),
        });
      }
    changes.sort((a, b) => a.at.localeCompare(b.at));
    return { documents, changes };
  };
  for (const caseId of request.caseIds) {
    const row = await tx.selectFrom('pupil_case').selectAll().where('id', '=', caseId).executeTakeFirstOrThrow();
    const place = await pupilPlace(tx, row.pupil_id);
    const closing = await tx
      .selectFrom('case_action')
      .select(['acted_by', 'acted_at'])
      .where('case_id', '=', caseId)
      .where(sql<string>`state_after->>'status'`, '=', 'closed')
      .orderBy('acted_at', 'desc')
      .executeTakeFirst();
    const closedAt = closing ? new Date(closing.acted_at) : new Date(row.last_activity_at);
    const name = `${place.firstName} ${place.lastName}`;
    const found = await caseDocuments(
      { tx, content, caseId, originAlertId: row.origin_alert_id, place, malform, now },
      sources,
    );
    const { documents, changes } = await archived(found, name);
    cases.push({
      id: caseId,
      pupil: { klasseSystemId: uuidFrom(`${id}:klasse:${row.pupil_id}`), key: row.pupil_id, name },
      title: `Oppfølging av skolefravær – ${name}`,
      publicTitle: 'Oppfølging av skolefravær',
      openedAt: new Date(row.opened_at).toISOString(),
      closedAt: closedAt.toISOString(),
      closedBy: await nameOf(closing?.acted_by ?? null),
      openedBy: await nameOf(row.opened_by),
      responsible: await nameOf(row.stafettholder_id),
      documents,
      changes,
    });
    links.push({ case_id: caseId, matter_id: null, pupil_id: row.pupil_id });
  }
  // A closed school environment matter is a saksmappe of its own beside the pupil's absence cases (decision 231).
  for (const matterId of request.matterIds ?? []) {
    const row = await tx
      .selectFrom('school_environment_case')
      .selectAll()
      .where('id', '=', matterId)
      .executeTakeFirstOrThrow();
    const place = await pupilPlace(tx, row.pupil_id);
    const name = `${place.firstName} ${place.lastName}`;
    const found = await matterDocuments({ tx, row, place, malform, now });
    const { documents, changes } = await archived(found, name);
    const closing = (await matterVersions(tx, row)).find((v) => v.closed_on !== null) ?? row;
    cases.push({
      id: matterId,
      matter: 'school-environment',
      pupil: { klasseSystemId: uuidFrom(`${id}:klasse:${row.pupil_id}`), key: row.pupil_id, name },
      title: `Skolemiljøsak – ${name}`,
      publicTitle: 'Skolemiljøsak (opplæringslova kapittel 12)',
      openedAt: new Date(row.reported_at).toISOString(),
      closedAt: new Date(closing.updated_at).toISOString(),
      closedBy: await nameOf(closing.updated_by),
      openedBy: await nameOf(row.reported_by),
      responsible: await nameOf(closing.updated_by),
      documents,
      changes,
    });
    links.push({ case_id: null, matter_id: matterId, pupil_id: row.pupil_id });
  }

  const input: ExtractInput = {
    extractId: id,
    ids: {
      arkiv: uuidFrom(`${id}:arkiv`),
      arkivdel: uuidFrom(`${id}:arkivdel`),
      klassifikasjonssystem: uuidFrom(`${id}:klassifikasjonssystem`),
    },
    kommune: { id: kommune.kommunenummer, name: kommune.name },
    school: { id: school.id, name: school.name },
    period: request.period,
    madeAt: now.toISOString(),
    madeBy: actor.displayName,
    cases,
  };
  const encode = (s: string) => new TextEncoder().encode(s);
  const xml: (TarFile & { schema: string })[] = [
    { path: 'arkivstruktur.xml', bytes: encode(arkivstrukturXml(input)), schema: 'arkivstruktur.xsd' },
    { path: 'loependeJournal.xml', bytes: encode(journalXml(input, 'loependeJournal')), schema: 'loependeJournal.xsd' },
    {
      path: 'offentligJournal.xml',
      bytes: encode(journalXml(input, 'offentligJournal')),
      schema: 'offentligJournal.xsd',
    },
    { path: 'endringslogg.xml', bytes: encode(endringsloggXml(input)), schema: 'endringslogg.xsd' },
  ];
  const described = (f: TarFile): ArchiveFile => ({ path: f.path, sha256: sha256(f.bytes), size: f.bytes.length });
  const schemas = SCHEMAS.map((s) => ({ path: s.name, bytes: new Uint8Array(s.bytes) }));
  const addml = encode(
    addmlXml(input, {
      xml: xml.map((f) => ({ ...described(f), schema: f.schema })),
      schemas: schemas.map(described),
      documents: pdfs.map(described),
    }),
  );
  const root = id;
  const tar = writeTar(
    [{ path: 'arkivuttrekk.xml', bytes: addml }, ...xml, ...schemas, ...pdfs].map((f) => ({
      path: `${root}/${f.path}`,
      bytes: f.bytes,
    })),
    now,
  );
  const documents = cases.reduce((n, c) => n + c.documents.length, 0);
  const made: MadeExtract = {
    id,
    fileName: `arkivuttrekk-${request.scope === 'case' ? 'sak' : 'skole'}-${osloDate(now)}-${id.slice(0, 8)}.tar`,
    sha256: sha256(tar),
    size: tar.length,
    documents,
    cases: cases.length,
  };
  await tx
    .insertInto('archive_extract')
    .values({
      id,
      kommune_id: actor.kommuneId,
      school_id: school.id,
      scope: request.scope,
      reason: request.reason,
      period_from: request.period.from,
      period_to: request.period.to,
      file_name: made.fileName,
      bytes: tar,
      sha256: made.sha256,
      size_bytes: made.size,
      documents,
      made_at: now,
      made_by: actor.userId,
    })
    .execute();
  if (links.length)
    await tx
      .insertInto('archive_extract_case')
      .values(links.map((l) => ({ id: randomUUID(), kommune_id: actor.kommuneId, extract_id: id, ...l })))
      .execute();
  await writeAudit(
    tx,
    actor,
    now,
    links.map((l) => ({
      action: 'archive.extract.create' as const,
      pupilId: l.pupil_id,
      entity: 'archive_extract',
      entityId: id,
      caseId: l.case_id,
      details: {
        extractId: id,
        reason: request.reason,
        scope: request.scope,
        sha256: made.sha256,
        ...(l.matter_id ? { matterId: l.matter_id } : {}),
      },
    })),
  );
  return made;
}
