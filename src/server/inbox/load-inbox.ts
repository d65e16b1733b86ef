// Reading a user's inbox (decision 124): each item is judged when read — whether its work is done, and
// what the reader may be told about it. A case the reader cannot open (a partner without consent, a
// consent withdrawn) is never named: the item then says only what kind of thing happened, or is gone.
import type { Selectable } from 'kysely';
import type { Tx } from '../../db/create-db';
import type { Database } from '../../db/schema';
import type { InboxKind } from '../../domain/inbox/inbox';
import type { Actor } from '../actor';
import { pupilForGuardian, pupilForStaff, pupilPlace, type PupilPlace } from '../absence/place';
import { caseForReader, type CaseRow } from '../cases/case-place';
import { WAITING_REFERRAL } from './reminders';
import { formatIsoDate, parseIsoDate } from '../../domain/calendar/dates';
import { countsAsWeeklyContact } from '../../domain/ladder/weekly-contact';
import { osloDate } from '../clock';
import { evaluationOutstanding } from '../../domain/school-environment/activity-plan';

type ItemRow = Selectable<Database['inbox_item']>;

export type InboxEntry = {
  id: string;
  kind: InboxKind;
  createdAt: Date;
  read: boolean;
  /** The case's pupil and place, only when the reader may see them. */
  about: { caseId: string | null; pupilId: string; pupilName: string; className: string; schoolName: string } | null;
  /** The case screen the work is in, when the reader may open it. */
  caseLink: string | null;
  notice: { id: string; level: number; fileName: string } | null;
  taskText: string | null;
  /** A guardian's same-day notice (decision 134): their child's first name and the day; never the school. */
  child: { pupilId: string; firstName: string; day: string } | null;
};

/** The most items an inbox shows; older ones stay stored. */
export const INBOX_LIMIT = 200;

export async function loadInbox(tx: Tx, actor: Actor, now: Date): Promise<InboxEntry[]> {
  const rows = await tx
    .selectFrom('inbox_item')
    .selectAll()
    .where('user_id', '=', actor.userId)
    .where('done_at', 'is', null)
    .orderBy('created_at', 'desc')
    .limit(INBOX_LIMIT)
    .execute();
  const cases = new Map<string, { row: CaseRow; place: PupilPlace } | null>();
  const readable = async (caseId: string | null) => {
    if (!caseId) return null;
    if (!cases.has(caseId)) cases.set(caseId, await caseForReader(tx, actor, caseId, now).catch(() => null));
    return cases.get(caseId)!;
  };
  const entries: InboxEntry[] = [];
  for (const item of rows) {
    const entry = await judge(tx, actor, item, await readable(item.case_id));
    if (entry) entries.push(entry);
  }
  return entries;
}

const about = (caseId: string | null, p: PupilPlace) => ({
  caseId,
  pupilId: p.pupilId,
  pupilName: `${p.firstName} ${p.lastName}`,
  className: p.className,
  schoolName: p.schoolName,
});

async function judge(
  tx: Tx,
  actor: Actor,
  item: ItemRow,
  c: { row: CaseRow; place: PupilPlace } | null,
): Promise<InboxEntry | null> {
  const base = {
    id: item.id,
    kind: item.kind,
    createdAt: new Date(item.created_at),
    read: item.read_at !== null,
    about: null,
    caseLink: null,
    notice: null,
    taskText: null,
    child: null,
  };
  const open = c && c.row.status === 'open';
  const withCase = c ? { ...base, about: about(c.row.id, c.place), caseLink: `/sak/${c.row.id}` } : base;
  switch (item.kind) {
    case 'notice': {
      // The recipient reads the notice as sent, whether or not they may open the case (the avdelingsdirektør may not).
      if (!item.notice_id) return null;
      const notice = await tx
        .selectFrom('case_notice')
        .select(['id', 'level', 'file_name', 'pupil_id'])
        .where('id', '=', item.notice_id)
        .executeTakeFirst();
      if (!notice) return null;
      const place = c?.place ?? (await pupilPlace(tx, notice.pupil_id).catch(() => null));
      return {
        ...withCase,
        about: place ? about(item.case_id, place) : null,
        notice: { id: notice.id, level: notice.level, fileName: notice.file_name },
      };
    }
    case 'case-shared':
      // Shared by a consent: gone when the consent no longer lets the reader see the case.
      return open ? withCase : null;
    case 'stafettholder':
      return open && c.row.stafettholder_id === actor.userId ? withCase : null;
    case 'participant': {
      // Without consent a partner is told only that they were added, nothing of whose case it is.
      if (!c) return base;
      const id = item.dedupe_key.startsWith('participant:') ? item.dedupe_key.slice('participant:'.length) : null;
      const still = id
        ? await tx
            .selectFrom('case_participant')
            .select('id')
            .where('id', '=', id)
            .where('removed_at', 'is', null)
            .executeTakeFirst()
        : undefined;
      return open && still ? withCase : null;
    }
    case 'task-assigned':
    case 'task-due': {
      if (!open || !item.task_id) return null;
      const task = await tx
        .selectFrom('case_task')
        .select(['text', 'done_on'])
        .where('id', '=', item.task_id)
        .executeTakeFirst();
      return task && task.done_on === null ? { ...withCase, taskText: task.text } : null;
    }
    case 'evaluation-due': {
      // Gone once evaluated (the case then has another evaluation date) or handed over.
      const due = item.dedupe_key.split(':')[2];
      return open && c.row.stafettholder_id === actor.userId && c.row.evaluation_due === due ? withCase : null;
    }
    case 'concern-unhandled':
    case 'guardian-report':
    case 'guardian-reply': {
      // About a pupil of the reader's class, not a case: shown while the reader may see the pupil; a concern
      // goes once it is handled (no new alert left).
      if (!item.pupil_id) return null;
      const place = await pupilForStaff(tx, actor, item.pupil_id).catch(() => null);
      if (!place) return null;
      if (item.kind === 'concern-unhandled') {
        const waiting = await tx
          .selectFrom('alert')
          .select('id')
          .where('pupil_id', '=', item.pupil_id)
          .where('status', '=', 'new')
          .where('retired_at', 'is', null)
          .executeTakeFirst();
        if (!waiting) return null;
      }
      return { ...base, about: about(null, place), caseLink: `/elev/${place.pupilId}` };
    }
    case 'contact-gap': {
      // Gone when a contact with the pupil or the home is logged in that week after all, or the case is closed.
      if (!open) return null;
      const monday = item.dedupe_key.split(':')[2] ?? '';
      const from = parseIsoDate(monday);
      if (from === null) return null;
      const contacts = await tx
        .selectFrom('contact_log')
        .select(['contacted_at', 'with_whom'])
        .where('pupil_id', '=', c.place.pupilId)
        .where('recorded_by', 'is not', null)
        .where('contacted_at', '>=', new Date((from - 1) * 86_400_000))
        .where('contacted_at', '<', new Date((from + 8) * 86_400_000))
        .execute();
      const sunday = formatIsoDate(from + 6);
      const closed = contacts.some((k) => {
        const on = osloDate(new Date(k.contacted_at));
        return on >= monday && on <= sunday && countsAsWeeklyContact(k.with_whom);
      });
      return closed ? null : withCase;
    }
    case 'health-concern': {
      // An undring from the health service (decision 196): shown while the reader may see the pupil and the
      // school has not followed it up; it leads to the front page, where it is received and followed up.
      const concernId = item.dedupe_key.split(':')[1];
      if (!item.pupil_id || !concernId) return null;
      const place = await pupilForStaff(tx, actor, item.pupil_id).catch(() => null);
      const concern = place
        ? await tx.selectFrom('health_concern').select('status').where('id', '=', concernId).executeTakeFirst()
        : undefined;
      if (!place || !concern || concern.status === 'followed-up') return null;
      return { ...base, about: about(null, place), caseLink: '/#undringer' };
    }
    case 'pupil-voice':
      // The pupil wrote a check-in or a wish (decision 206): shown while the reader may open the open case, where
      // the entry is under «Elevens egne innspill».
      return open ? withCase : null;
    case 'referral-waiting': {
      // Gone when the service answers (or the referral is closed), or someone else holds the case.
      if (!open || c.row.stafettholder_id !== actor.userId) return null;
      const referralId = item.dedupe_key.split(':')[1] ?? '';
      const waiting = await tx
        .selectFrom('case_referral')
        .select('id')
        .where('id', '=', referralId)
        .where('status', 'in', [...WAITING_REFERRAL])
        .where('answered_on', 'is', null)
        .executeTakeFirst();
      return waiting ? withCase : null;
    }
    case 'absence-unreported': {
      // The guardian's own child, while the day is still unreported: gone once any guardian reports for it.
      const day = item.dedupe_key.split(':')[2];
      if (!item.pupil_id || !day) return null;
      const child = await tx
        .selectFrom('guardian as g')
        .innerJoin('guardian_pupil as gp', 'gp.guardian_id', 'g.id')
        .innerJoin('pupil as p', 'p.id', 'gp.pupil_id')
        .select(['p.id', 'p.first_name'])
        .where('g.user_id', '=', actor.userId)
        .where('gp.pupil_id', '=', item.pupil_id)
        // A parent whose right to information was restricted since is told nothing more (decision 152).
        .where('gp.information_restricted', '=', false)
        .executeTakeFirst();
      if (!child) return null;
      const reported = await tx
        .selectFrom('absence_event')
        .select('id')
        .where('pupil_id', '=', item.pupil_id)
        .where('date', '=', day)
        .where('source', '=', 'foresatt')
        .where('deleted_at', 'is', null)
        .executeTakeFirst();
      if (reported) return null;
      return {
        ...base,
        caseLink: `/barn/${child.id}/meld-fravaer`,
        child: { pupilId: child.id, firstName: child.first_name, day },
      };
    }
    case 'guardian-document': {
      // A document sent home (decision 130): shown while the reader is still the child's guardian with a right
      // to information and the document is still sent; it names the child only, never the school.
      if (!item.pupil_id) return null;
      const place = await pupilForGuardian(tx, actor, item.pupil_id).catch(() => null);
      const [, documentId, decisionDocument] = item.dedupe_key.split(':');
      // A decision's forhåndsvarsel or letter (decision 214) is keyed `guardian-document:<decision>:<document>`.
      const sent =
        place && documentId
          ? decisionDocument
            ? await tx
                .selectFrom('case_decision')
                .select('id')
                .where('id', '=', documentId)
                .where('pupil_id', '=', place.pupilId)
                .executeTakeFirst()
            : await tx.selectFrom('guardian_document').select('id').where('id', '=', documentId).executeTakeFirst()
          : undefined;
      if (!place || !sent) return null;
      return {
        ...base,
        about: { caseId: null, pupilId: place.pupilId, pupilName: place.firstName, className: '', schoolName: '' },
        caseLink: `/barn/${place.pupilId}`,
      };
    }
    case 'decision-deadline':
    case 'decision-waiting': {
      // A decision's deadline (decision 216) is gone once the reply is recorded or the appeal reassessed; an appeal
      // waiting at the Statsforvalteren (decision 236), once the outcome is recorded.
      const [, decisionId, deadline] = item.dedupe_key.split(':');
      if (!c || !decisionId) return null;
      const decision = await tx
        .selectFrom('case_decision')
        .select('status')
        .where('id', '=', decisionId)
        .where('case_id', '=', c.row.id)
        .executeTakeFirst();
      const waitsIn =
        item.kind === 'decision-waiting' ? 'forwarded' : deadline === 'reply-due' ? 'notice-sent' : 'appealed';
      return decision?.status === waitsIn ? withCase : null;
    }
    case 'decision-reply': {
      // The guardians' reply in Nærvær (decision 228): gone once the decision is made, or when a newer reply (the
      // guardian changed it) has an item of its own.
      const [, decisionId, sentAt] = item.dedupe_key.split(':');
      if (!c || !decisionId) return null;
      const decision = await tx
        .selectFrom('case_decision')
        .select(['status', 'reply_sent_at'])
        .where('id', '=', decisionId)
        .where('case_id', '=', c.row.id)
        .executeTakeFirst();
      const current = decision?.reply_sent_at ? String(new Date(decision.reply_sent_at).getTime()) : null;
      return decision?.status === 'reply-recorded' && current === sentAt
        ? { ...withCase, caseLink: `/sak/${c.row.id}#vedtak` }
        : null;
    }
    case 'school-environment': {
      // A school environment matter (decision 187): gone once closed. The leadership reads it through the pupil;
      // the school owner (§ 12-5) is told the school only, never the pupil, and has no matter to open.
      const matterId = item.dedupe_key.split(':')[1] ?? '';
      const matter = await tx
        .selectFrom('school_environment_case as e')
        .innerJoin('school as s', 's.id', 'e.school_id')
        .select(['e.id', 'e.status', 's.name as schoolName'])
        .where('e.id', '=', matterId)
        .executeTakeFirst();
      if (!matter || matter.status !== 'open') return null;
      const place = item.pupil_id ? await pupilForStaff(tx, actor, item.pupil_id).catch(() => null) : null;
      if (place) return { ...base, about: about(null, place), caseLink: `/skolemiljo/${matter.id}` };
      return {
        ...base,
        about: { caseId: null, pupilId: '', pupilName: '', className: '', schoolName: matter.schoolName },
      };
    }
    case 'school-environment-due': {
      // The aktivitetsplan's evaluation (decision 212): gone once evaluated, closed, or the plan has another date.
      const [, matterId = '', due] = item.dedupe_key.split(':');
      const matter = await tx
        .selectFrom('school_environment_case')
        .select(['id', 'status', 'evaluation_due', 'evaluated_on', 'plan_made_on'])
        .where('id', '=', matterId)
        .executeTakeFirst();
      if (!matter || matter.status !== 'open' || matter.evaluation_due !== due) return null;
      const facts = { planMadeOn: matter.plan_made_on, evaluationDue: due, evaluatedOn: matter.evaluated_on };
      if (!evaluationOutstanding(facts)) return null;
      const place = item.pupil_id ? await pupilForStaff(tx, actor, item.pupil_id).catch(() => null) : null;
      return place ? { ...base, about: about(null, place), caseLink: `/skolemiljo/${matter.id}` } : null;
    }
    default:
      return open ? withCase : null;
  }
}
