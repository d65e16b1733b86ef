// A closed school environment matter's documents for the archive (decision 231): the matter is a saksmappe of its
// own (decision 187: it stands whether or not there is an absence case), and its documents are
//  - each version of the aktivitetsplan that was made (opplæringslova § 12-4 third paragraph), from the matter's
//    versions in record_history: «Utgående dokument» to the guardians when the family has had it (sent home and
//    current at or after the sending, decision 211), otherwise internal;
//  - the notice to the school owner when an adult at the school is involved (§ 12-5), if the owner was told;
//  - the record of what the school did — the report, the investigation, the plans, the evaluation and the closing
//    — which is the school's documentation duty (§ 12-4).
// Each is rendered in the kommune's målform (the school's copy, decision 178), PDF/A-2b as every PDF (decision 220).
import type { Selectable } from 'kysely';
import type { Tx } from '../../db/create-db';
import type { Database } from '../../db/schema';
import type { Malform } from '../../domain/language/language';
import type { ActivityPlan } from '../../domain/school-environment/activity-plan';
import type { PupilPlace } from '../absence/place';
import { osloDate } from '../clock';
import { documentDate, documentTexts } from '../documents';
import { activityPlanPdf } from '../pdf/activity-plan-pdf';
import { renderPdf, type PdfBlock } from '../pdf/document';
import type { CaseDocument } from './case-documents';
import { uuidFrom } from './ids';

export type MatterRow = Selectable<Database['school_environment_case']>;

/** Every version of the matter's row, oldest first: record_history's snapshots and the row as it is now. */
export async function matterVersions(tx: Tx, row: MatterRow): Promise<MatterRow[]> {
  const history = await tx
    .selectFrom('record_history')
    .select(['version', 'snapshot'])
    .where('table_name', '=', 'school_environment_case')
    .where('record_id', '=', row.id)
    .orderBy('version')
    .execute();
  return [...history.map((h) => ({ ...(h.snapshot as MatterRow), version: h.version })), row];
}

const planKey = (r: MatterRow) => (r.plan ? `${r.plan_made_on}|${JSON.stringify(r.plan)}` : null);

export async function matterDocuments(ctx: {
  tx: Tx;
  row: MatterRow;
  place: PupilPlace;
  malform: Malform;
  now: Date;
}): Promise<CaseDocument[]> {
  const { tx, row, place, malform, now } = ctx;
  const texts = documentTexts(malform);
  const t = texts.schoolEnvironmentArchive;
  const date = (iso: string) => documentDate(iso, malform);
  const pupilName = `${place.firstName} ${place.lastName}`;
  const versions = await matterVersions(tx, row);
  const sentHome = await tx
    .selectFrom('guardian_document')
    .select(['sent_at'])
    .where('kind', '=', 'activity-plan')
    .where('source_id', '=', row.id)
    .orderBy('sent_at')
    .executeTakeFirst();
  const sentAt = sentHome ? new Date(sentHome.sent_at) : null;
  const out: CaseDocument[] = [];

  // Each aktivitetsplan made: the first version holding it (a later edit of another field keeps the same plan).
  const plans: MatterRow[] = [];
  for (const v of versions) {
    const key = planKey(v);
    if (key && key !== (plans.length ? planKey(plans.at(-1)!) : null)) plans.push(v);
  }
  plans.forEach((v, i) => {
    const madeAt = new Date(v.updated_at);
    const replacedAt = plans[i + 1] ? new Date(plans[i + 1]!.updated_at) : null;
    // The family has it when it was sent home while it was the plan, or made after the sending (they read the
    // current plan, decision 211).
    const sent = sentAt !== null && (replacedAt === null || replacedAt >= sentAt);
    const sentOn = sent && sentAt! > madeAt ? sentAt! : madeAt;
    out.push({
      id: uuidFrom(`school_environment_case:${row.id}:plan:${v.version}`),
      kind: sent ? 'activity-plan' : 'plan',
      title: texts.activityPlan.title,
      date: sent ? osloDate(sentOn) : (v.plan_made_on ?? osloDate(madeAt)),
      createdAt: sent ? sentOn : madeAt,
      authorId: v.updated_by,
      counterpart: sent ? 'Foresatte' : 'Skolen',
      table: 'school_environment_case',
      recordId: row.id,
      versionsBelow: v.version,
      render: () =>
        activityPlanPdf({
          plan: v.plan as ActivityPlan,
          version: v.version,
          pupilName,
          className: place.className,
          schoolName: place.schoolName,
          knownOn: v.known_on,
          adultInvolved: v.adult_involved,
          findings: v.findings,
          printedOn: v.plan_made_on ?? osloDate(madeAt),
          createdAt: now,
          language: malform,
        }),
    });
  });

  if (row.owner_notified_at) {
    const told = versions.find((v) => v.owner_notified_at !== null) ?? row;
    const on = osloDate(new Date(row.owner_notified_at));
    out.push({
      id: uuidFrom(`school_environment_case:${row.id}:owner`),
      kind: 'notice',
      title: t.ownerTitle,
      date: on,
      createdAt: new Date(row.owner_notified_at),
      authorId: told.version === 1 ? row.reported_by : told.updated_by,
      counterpart: 'Skoleeier',
      table: null,
      render: () =>
        renderPdf({
          title: `${t.ownerTitle} – ${pupilName}`,
          createdAt: now,
          footer: `${place.schoolName} · ${t.footer} · ${texts.confidential}`,
          blocks: [
            { kind: 'paragraph', text: place.schoolName },
            { kind: 'heading', text: `${t.ownerTitle}: ${texts.pupil(pupilName)}` },
            {
              kind: 'paragraph',
              text: `${texts.activityPlan.matterLine}\n${texts.activityPlan.knownOn(date(row.known_on))}`,
            },
            { kind: 'paragraph', text: t.ownerText(date(on)) },
          ],
        }),
    });
  }

  const closing = versions.find((v) => v.closed_on !== null) ?? row;
  const names = new Map(
    (await tx.selectFrom('app_user').select(['id', 'display_name']).where('id', '=', row.reported_by).execute()).map(
      (u) => [u.id, u.display_name],
    ),
  );
  const section = (heading: string, text: string | null): PdfBlock[] =>
    text && text.trim() !== ''
      ? [
          { kind: 'paragraph', text: heading, bold: true },
          { kind: 'paragraph', text },
        ]
      : [];
  out.push({
    id: uuidFrom(`school_environment_case:${row.id}:record`),
    kind: 'matter-record',
    title: t.recordTitle,
    date: row.closed_on ?? osloDate(now),
    createdAt: new Date(closing.updated_at),
    authorId: closing.updated_by,
    counterpart: 'Skolen',
    table: null,
    render: () =>
      renderPdf({
        title: `${t.recordTitle} – ${pupilName}`,
        createdAt: now,
        footer: `${place.schoolName} · ${t.footer} · ${texts.confidential}`,
        blocks: [
          { kind: 'paragraph', text: place.schoolName },
          { kind: 'heading', text: `${t.recordTitle}: ${texts.pupil(pupilName)}${texts.inClass(place.className)}` },
          { kind: 'paragraph', text: `${texts.activityPlan.matterLine}\n${t.recordIntro}` },
          {
            kind: 'paragraph',
            text: `${t.reported(names.get(row.reported_by) ?? place.schoolName, date(osloDate(new Date(row.reported_at))))}\n${texts.activityPlan.knownOn(date(row.known_on))}`,
          },
          ...(row.adult_involved ? [{ kind: 'paragraph' as const, text: texts.activityPlan.adultInvolved }] : []),
          ...section(t.reportHeading, row.report),
          ...(row.investigated_on
            ? section(t.investigatedHeading(date(row.investigated_on)), row.findings ?? '–')
            : [{ kind: 'paragraph' as const, text: t.notInvestigated }]),
          {
            kind: 'paragraph',
            text: plans.length
              ? t.plans(plans.map((p) => date(p.plan_made_on ?? osloDate(new Date(p.updated_at)))).join(', '))
              : t.noPlan,
          },
          ...(row.evaluated_on ? section(t.evaluatedHeading(date(row.evaluated_on)), row.evaluation ?? '–') : []),
          ...(row.closed_on ? section(t.closedHeading(date(row.closed_on)), row.closing ?? '–') : []),
        ],
      }),
  });
  return out;
}
