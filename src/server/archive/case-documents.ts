// A case's documents for the archive, from one list of document sources (decision 221): each source lists the
// case's documents of its kind with title, date, author and counterpart, and renders each one's PDF (PDF/A-2b,
// decision 220) with the renderer the school prints with, in the kommune's målform (the school's copy, decision
// 178). The decisions (enkeltvedtak) give up to three each: the forhåndsvarsel as it was sent and the decision
// letter, out to the guardians, and an appeal received, in from them (decision 225).
import type { AlertExplanation, Database } from '../../db/schema';
import type { Selectable } from 'kysely';
import type { Tx } from '../../db/create-db';
import type { ArchiveDocumentKind } from '../../domain/archive/noark5';
import { consentState } from '../../domain/consent/consent';
import { printForm } from '../../domain/forms/print';
import type { FormAnswers } from '../../domain/forms/answers';
import type { Malform } from '../../domain/language/language';
import type { Plan } from '../../domain/plans';
import type { PupilPlace } from '../absence/place';
import { letterTexts } from '../absence/alert-texts';
import { consentFacts } from '../cases/case-place';
import { osloDate } from '../clock';
import { contentIn } from '../content/content-in';
import type { Content } from '../content/load-content';
import { kindOf } from '../decisions/decisions';
import { decisionPdfInput } from '../decisions/pdf-input';
import { documentDate, documentTexts } from '../documents';
import { loadForm, metaLines } from '../forms/case-forms';
import { consentPdf } from '../pdf/consent-pdf';
import { decisionPdf } from '../pdf/decision-letter-pdf';
import { renderPdf } from '../pdf/document';
import { letterPdf } from '../pdf/letter-pdf';
import { minutesPdf } from '../pdf/minutes-pdf';
import { planPdf } from '../pdf/plan-pdf';
import { presentConsents } from '../presenters/consent';
import { contactTeacherName } from '../use-cases/write-guardian-letter';
import { uuidFrom } from './ids';

export type CaseDocument = {
  /** The row's id: the journalpost's systemID. */
  id: string;
  kind: ArchiveDocumentKind;
  /** The document's title as printed; it names no one (the pupil's name is added for the full title). */
  title: string;
  /** YYYY-MM-DD */
  date: string;
  createdAt: Date;
  /** The user who wrote, recorded or sent it. */
  authorId: string | null;
  /** Who it went to or came from. */
  counterpart: string;
  /** The table its versions are kept under in record_history, if any. */
  table: string | null;
  /** The row record_history keeps the versions under, when it is not `id` (a second document from one row). */
  recordId?: string;
  /** Only the row's versions before this one belong to the document (a forhåndsvarsel: those before it went out). */
  versionsBelow?: number;
  render: () => Promise<Uint8Array>;
};

export type SourceContext = {
  tx: Tx;
  content: Content;
  caseId: string;
  originAlertId: string | null;
  place: PupilPlace;
  malform: Malform;
  now: Date;
};

export type DocumentSource = { kind: ArchiveDocumentKind; list: (ctx: SourceContext) => Promise<CaseDocument[]> };

const pupilName = (p: PupilPlace) => `${p.firstName} ${p.lastName}`;

/** The letters home about the absence (004 §2), sent from the case or from the concern that opened it. */
const letters: DocumentSource = {
  kind: 'letter',
  async list({ tx, content, caseId, originAlertId, place, malform, now }) {
    const rows = await tx
      .selectFrom('guardian_document as g')
      .innerJoin('alert as a', 'a.id', 'g.source_id')
      .select(['g.id', 'g.sent_at', 'g.sent_by', 'a.explanation'])
      .where('g.kind', '=', 'letter')
      .where('g.pupil_id', '=', place.pupilId)
      .where((eb) =>
        originAlertId
          ? eb.or([eb('g.case_id', '=', caseId), eb('g.source_id', '=', originAlertId)])
          : eb('g.case_id', '=', caseId),
      )
      .orderBy('g.sent_at')
      .execute();
    const t = documentTexts(malform);
    return rows.map((r) => ({
      id: r.id,
      kind: 'letter' as const,
      title: t.letter.title,
      date: osloDate(new Date(r.sent_at)),
      createdAt: new Date(r.sent_at),
      authorId: r.sent_by,
      counterpart: 'Foresatte',
      table: null,
      render: async () => {
        const sender = await tx
          .selectFrom('app_user')
          .select('display_name')
          .where('id', '=', r.sent_by)
          .executeTakeFirst();
        return letterPdf({
          pupil: place,
          className: place.className,
          schoolName: place.schoolName,
          explanation: letterTexts(r.explanation as AlertExplanation, content, malform, malform),
          teacherName: await contactTeacherName(tx, place.classId),
          signedBy: sender?.display_name ?? t.theSchool,
          on: osloDate(new Date(r.sent_at)),
          createdAt: now,
          language: malform,
        });
      },
    }));
  },
};

/** The minutes of every meeting held (000 §4.2: «Referat fra møte legges i elevmappa»). */
const minutes: DocumentSource = {
  kind: 'minutes',
  async list({ tx, caseId, place, malform, now }) {
    const rows = await tx
      .selectFrom('case_meeting')
      .selectAll()
      .where('case_id', '=', caseId)
      .where('held_on', 'is not', null)
      .where('minutes', 'is not', null)
      .orderBy('held_on')
      .execute();
    const t = documentTexts(malform);
    return rows.map((m) => ({
      id: m.id,
      kind: 'minutes' as const,
      title: t.minutes.title(t.minutes.meeting[m.kind]),
      date: m.held_on!,
      createdAt: new Date(m.updated_at),
      authorId: m.recorded_by,
      counterpart: 'Møtedeltakerne',
      table: 'case_meeting',
      render: () =>
        minutesPdf({
          meeting: { ...m, held_on: m.held_on!, minutes: m.minutes! },
          pupilName: pupilName(place),
          className: place.className,
          schoolName: place.schoolName,
          printedOn: osloDate(now),
          createdAt: now,
          language: malform,
        }),
    }));
  },
};

/** Every plan that was made active (a draft never left the school's desk). */
const plans: DocumentSource = {
  kind: 'plan',
  async list({ tx, caseId, place, malform, now }) {
    const rows = await tx
      .selectFrom('case_plan')
      .selectAll()
      .where('case_id', '=', caseId)
      .where('status', '!=', 'utkast')
      .orderBy('created_at')
      .execute();
    const t = documentTexts(malform);
    return rows.map((p) => {
      const plan = p.content as Plan;
      return {
        id: p.id,
        kind: 'plan' as const,
        title: t.plan.kind[plan.kind],
        date: plan.date,
        createdAt: new Date(p.created_at),
        authorId: p.activated_by ?? p.created_by,
        counterpart: 'Skolen og hjemmet',
        table: 'case_plan',
        render: () =>
          planPdf({
            plan,
            status: p.status,
            version: p.version,
            pupilName: pupilName(place),
            className: place.className,
            schoolName: place.schoolName,
            printedOn: osloDate(now),
            createdAt: now,
            language: malform,
          }),
      };
    });
  },
};

/** The guardians' consents to co-operation (given, refused or withdrawn: each is the family's word). */
const consents: DocumentSource = {
  kind: 'consent',
  async list({ tx, caseId, place, malform, now }) {
    const today = osloDate(now);
    const presented = await presentConsents(tx, caseId, today);
    const rows = await tx
      .selectFrom('consent')
      .selectAll()
      .where('case_id', '=', caseId)
      .orderBy('recorded_at')
      .execute();
    const t = documentTexts(malform);
    return rows.map((c) => {
      const shown = presented.find((x) => x.id === c.id)!;
      const state = consentState(consentFacts(c), today);
      return {
        id: c.id,
        kind: 'consent' as const,
        title: t.consent.title,
        date: c.consent_date,
        createdAt: new Date(c.recorded_at),
        authorId: c.collected_by,
        counterpart: 'Foresatte',
        table: 'consent',
        render: () =>
          consentPdf({
            consent: c,
            state: state === 'ikke-gitt-ennå' ? 'fra-datoen' : state,
            pupilName: pupilName(place),
            className: place.className,
            schoolName: place.schoolName,
            guardianNames: shown.guardianNames,
            collectedByName: shown.collectedByName,
            excludedUserNames: shown.excludedUserNames,
            createdAt: now,
            language: malform,
          }),
      };
    });
  },
};

/** The forms filled in the case (content/forms, decision 063). */
const forms: DocumentSource = {
  kind: 'form',
  async list({ tx, content, caseId, place, now }) {
    const rows = await tx
      .selectFrom('case_form')
      .select(['id', 'filled_on', 'updated_at', 'recorded_by'])
      .where('case_id', '=', caseId)
      .orderBy('filled_on')
      .execute();
    const out: CaseDocument[] = [];
    for (const r of rows) {
      const { row, form } = await loadForm(tx, content, caseId, r.id);
      const printed = printForm(form, row.answers as FormAnswers, { meta: metaLines(place, row) });
      out.push({
        id: r.id,
        kind: 'form',
        title: printed.title,
        date: r.filled_on,
        createdAt: new Date(r.updated_at),
        authorId: r.recorded_by,
        counterpart: 'Skolen',
        table: 'case_form',
        render: () =>
          renderPdf({
            title: printed.title,
            blocks: printed.blocks,
            footer: `${printed.footer} · Unntatt offentlighet, jf. offl. § 13 og fvl. § 13`,
            createdAt: now,
          }),
      });
    }
    return out;
  },
};

/** The written notices to the leadership or the avdelingsdirektør (000 §5), as they were sent. */
const notices: DocumentSource = {
  kind: 'notice',
  async list({ tx, caseId, malform }) {
    const rows = await tx
      .selectFrom('case_notice')
      .selectAll()
      .where('case_id', '=', caseId)
      .orderBy('sent_at')
      .execute();
    const t = documentTexts(malform);
    return rows.map((n) => ({
      id: n.id,
      kind: 'notice' as const,
      title: t.record.notice.title(n.recipient),
      date: osloDate(new Date(n.sent_at)),
      createdAt: new Date(n.sent_at),
      authorId: n.sent_by,
      counterpart: n.recipient === 'skoleledelse' ? 'Skoleledelsen' : 'Avdelingsdirektør for skole',
      table: null,
      // The notice is kept as sent (decision 123); made by renderPdf, so PDF/A-2b since decision 220.
      render: async () => n.pdf,
    }));
  },
};

type DecisionRow = Selectable<Database['case_decision']>;

/**
 * The decision's row at the version a document went out with: the first version (from record_history's
 * snapshots and the row itself) where `sent` holds. The draft can be edited after the forhåndsvarsel, so the
 * notice is printed as it was sent, not as the draft reads now (decision 225).
 */
async function rowAsSent(tx: Tx, row: DecisionRow, sent: (r: DecisionRow) => boolean): Promise<DecisionRow> {
  const history = await tx
    .selectFrom('record_history')
    .select(['version', 'snapshot'])
    .where('table_name', '=', 'case_decision')
    .where('record_id', '=', row.id)
    .orderBy('version')
    .execute();
  const versions = [...history.map((h) => ({ ...(h.snapshot as DecisionRow), version: h.version })), row];
  return versions.find(sent) ?? row;
}

/**
 * The decisions (enkeltvedtak, decisions 213–217): the forhåndsvarsel once sent and the decision letter once made,
 * the guardians' reply to the notice once in, and the appeal once received (the school's record of it: the day and
 * what it concerns, an incoming document),
 * all in the kommune's målform; the notice and the letter rendered as the school prints them
 * (decision-letter-pdf.ts) — the notice from the decision's row as it was when it went out — and dated the day
 * they were sent (the letter: delivered, or decided when not yet delivered). The family's translations are not
 * part of the archived copy: the målform's copy is the one that applies (decision 225).
 */
const decisions: DocumentSource = {
  kind: 'decision',
  async list({ tx, content, caseId, place, malform, now }) {
    const rows = await tx
      .selectFrom('case_decision')
      .selectAll()
      .where('case_id', '=', caseId)
      .where('status', '!=', 'draft')
      .orderBy('created_at')
      .execute();
    const t = documentTexts(malform).decision;
    const shown = contentIn(content, malform, malform);
    const out: CaseDocument[] = [];
    for (const row of rows) {
      const kindName = kindOf(shown, row.kind).name;
      const render = (asSent: DecisionRow, document: 'notice' | 'letter') => async () => {
        const input = await decisionPdfInput(tx, content, asSent, place, document, malform, now, osloDate(now));
        return decisionPdf(input(malform), malform);
      };
      if (row.notice_sent_on) {
        const asSent = await rowAsSent(tx, row, (r) => r.notice_sent_on !== null);
        out.push({
          id: uuidFrom(`case_decision:${row.id}:notice`),
          kind: 'decision',
          title: `${t.noticeTitle}: ${kindName}`,
          date: row.notice_sent_on,
          createdAt: new Date(asSent.updated_at),
          authorId: asSent.updated_by,
          counterpart: 'Foresatte',
          table: 'case_decision',
          recordId: row.id,
          versionsBelow: asSent.version,
          render: render(asSent, 'notice'),
        });
      }
      if (row.reply_on) {
        // The guardians' answer to the forhåndsvarsel, as they sent it in Nærvær or as the school recorded what they
        // said on paper or by phone: an incoming document of its own (decision 233).
        const answered = await rowAsSent(tx, row, (r) => r.reply_on !== null);
        const replyOn = row.reply_on;
        out.push({
          id: uuidFrom(`case_decision:${row.id}:reply`),
          kind: 'reply',
          title: `${t.replyTitle}: ${kindName}`,
          date: replyOn,
          createdAt: new Date(answered.updated_at),
          authorId: answered.updated_by,
          counterpart: 'Foresatte',
          table: null,
          render: () => {
            const texts = documentTexts(malform);
            return renderPdf({
              title: `${t.replyTitle} – ${pupilName(place)}`,
              createdAt: now,
              footer: `${place.schoolName} · ${t.footer} · ${texts.confidential}`,
              blocks: [
                { kind: 'paragraph', text: place.schoolName },
                { kind: 'heading', text: t.replyTitle },
                { kind: 'paragraph', text: t.about(kindName, pupilName(place)), bold: true },
                {
                  kind: 'paragraph',
                  text: t.replyReceived(documentDate(replyOn, malform), row.reply_channel === 'naervaer'),
                },
                { kind: 'paragraph', text: row.reply ?? '' },
              ],
            });
          },
        });
      }
      if (row.decided_on) {
        // Sent when delivered (or decided, if not yet delivered): the version that went out dates it. The draft is
        // closed once decided, so the letter prints from the row as it is now, with the receipt date and the appeal
        // deadline once known — as the family reads it in Nærvær.
        const sent = await rowAsSent(tx, row, (r) =>
          row.delivered_on ? r.delivered_on !== null : r.decided_on !== null,
        );
        out.push({
          id: row.id,
          kind: 'decision',
          // A decision the school changed after an appeal is a new decision with its own letter (decision 230).
          title: `${row.replaces_decision_id ? t.changedTitle : t.letterTitle}: ${kindName}`,
          date: row.delivered_on ?? row.decided_on,
          createdAt: new Date(sent.updated_at),
          authorId: row.decided_by,
          counterpart: 'Foresatte',
          table: 'case_decision',
          render: render(row, 'letter'),
        });
      }
      if (row.appeal_received_on) {
        // The appeal came in: the school's record of it (the day and what it concerns), as an incoming document.
        const registered = await rowAsSent(tx, row, (r) => r.appeal_received_on !== null);
        const receivedOn = row.appeal_received_on;
        out.push({
          id: uuidFrom(`case_decision:${row.id}:appeal`),
          kind: 'appeal',
          title: `${t.appealTitle}: ${kindName}`,
          date: receivedOn,
          createdAt: new Date(registered.updated_at),
          authorId: registered.updated_by,
          counterpart: 'Foresatte',
          table: null,
          render: () => {
            const texts = documentTexts(malform);
            return renderPdf({
              title: `${t.appealTitle} – ${pupilName(place)}`,
              createdAt: now,
              footer: `${place.schoolName} · ${t.footer} · ${texts.confidential}`,
              blocks: [
                { kind: 'paragraph', text: place.schoolName },
                { kind: 'heading', text: t.appealTitle },
                { kind: 'paragraph', text: t.about(kindName, pupilName(place)), bold: true },
                { kind: 'paragraph', text: t.appealReceived(documentDate(receivedOn, malform)) },
                { kind: 'heading', text: t.appealNote },
                { kind: 'paragraph', text: row.appeal ?? '' },
                { kind: 'paragraph', text: t.appealRecord },
              ],
            });
          },
        });
      }
    }
    return out;
  },
};

/** Every source, in the order a reader meets them in the file. */
export const DOCUMENT_SOURCES: DocumentSource[] = [letters, minutes, plans, consents, forms, notices, decisions];

/** Every document of the case, from every source. One at a time: the sources share one transaction. */
export async function caseDocuments(ctx: SourceContext, sources = DOCUMENT_SOURCES): Promise<CaseDocument[]> {
  const out: CaseDocument[] = [];
  for (const source of sources) out.push(...(await source.list(ctx)));
  return out;
}
