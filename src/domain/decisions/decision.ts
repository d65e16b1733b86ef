// An enkeltvedtak as plain data (decisions 213–216): what «Fatt vedtak» requires (the kind's preconditions —
// the legal guardrails of 000 §7 — and what forvaltningsloven §§ 24–25 and the pupil's right to be heard ask of
// every decision), which steps may follow which state, and the deadline the leader's board shows. No clock:
// the day is an argument.
import { checkHeard, HEARD_MIN_LENGTH, type Heard } from '../ladder/heard';
import type { CaseAssessment } from '../plans/case-facts';
import { norwegianDate, parseIsoDate } from '../calendar/dates';
import { appealDeadline, monthFrom } from './appeal-deadline';
import type { DecisionKind } from './kinds';
import type {
  DecisionDeadlineKind,
  DecisionStatus,
  DecisionStep,
  GuardianReplyChance,
  ReassessmentOutcome,
  ReplyChannel,
} from './states';

/** The draft's fields, as stored. */
export type DecisionDraft = {
  facts: string;
  legalBasis: readonly string[];
  reasons: string;
  heard: Heard | null;
  weighed: string;
  decision: string;
  from: string | null;
  to: string | null;
  assessmentId: string | null;
  guardianConsent: { on: string; by: string } | null;
  temporary: { evaluateOn: string; considerations: string } | null;
};

/** What the rules need of the decision's life so far. */
export type DecisionState = {
  status: DecisionStatus;
  notice: { replyBy: string; reply: { on: string; channel: ReplyChannel } | null } | null;
  receivedOn: string | null;
  appealReceivedOn: string | null;
  forwardedOn: string | null;
};

/** A field that stops «Fatt vedtak», with the reason in Norwegian bokmål. */
export type DecisionGap = { field: string; message: string };

const blank = (s: string | null | undefined): boolean => typeof s !== 'string' || s.trim() === '';

/**
 * Everything that stops the decision being made on `today`, each at its field: facts, legal basis (of the
 * kind), reasons, what is decided, the pupil's views and how they were weighed, the best interest, the
 * kind's preconditions, and the forhåndsvarsel where the kind requires one. Empty: it may be made.
 */
export function decisionGaps(
  kind: DecisionKind,
  draft: DecisionDraft,
  state: DecisionState,
  assessments: readonly CaseAssessment[],
  today: string,
): DecisionGap[] {
  const gaps: DecisionGap[] = [];
  const gap = (g: DecisionGap) => gaps.push(g);

  if (blank(draft.facts)) gap({ field: 'facts', message: 'Skriv sakens faktiske forhold: det vedtaket bygger på.' });
  if (draft.legalBasis.length === 0)
    gap({ field: 'legalBasis', message: 'Velg hvilket lovgrunnlag vedtaket bygger på.' });
  for (const key of draft.legalBasis)
    if (!kind.legalBasis.includes(key))
      gap({ field: 'legalBasis', message: `Lovstedet «${key}» hører ikke til vedtak om ${kind.name.toLowerCase()}.` });
  if (blank(draft.reasons))
    gap({
      field: 'reasons',
      message: 'Skriv begrunnelsen: hvorfor vedtaket er som det er (forvaltningsloven §§ 24 og 25).',
    });
  if (blank(draft.decision)) gap({ field: 'decision', message: 'Skriv hva som er vedtatt.' });

  const heard = checkHeard(draft.heard, 'før vedtaket fattes');
  if (heard) gap({ field: 'heard', message: heard });
  else if (draft.heard?.pupilViews.obtained && (draft.weighed ?? '').trim().length < HEARD_MIN_LENGTH)
    gap({
      field: 'weighed',
      message: `Skriv hvordan elevens syn er vektlagt i vedtaket (minst ${HEARD_MIN_LENGTH} tegn).`,
    });

  for (const p of kind.preconditions) {
    if (p === 'period') {
      if (!draft.from) gap({ field: 'from', message: 'Skriv fra hvilken dato vedtaket gjelder.' });
      if (!draft.to) gap({ field: 'to', message: 'Skriv til hvilken dato vedtaket gjelder.' });
      if (draft.from && draft.to && draft.to < draft.from)
        gap({ field: 'to', message: 'Sluttdatoen kan ikke være før startdatoen.' });
    }
    if (p === 'sakkyndig-vurdering') expertAssessment(draft, assessments, today, gap);
    if (p === 'guardian-consent') guardianConsent(draft, today, gap);
    if (p === 'sakkyndig-vurdering-or-temporary') {
      if (draft.assessmentId || !draft.temporary) {
        if (!draft.assessmentId && !draft.temporary)
          gap({
            field: 'assessmentId',
            message:
              'Vedtaket krever en sakkyndig vurdering fra PPT som anbefaler det og skriftlig samtykke fra foresatte – eller at det gjøres som et midlertidig tiltak i påvente av PPT, med sluttdato, evalueringsdato og vurderingene som er gjort (000 §7).',
          });
        else {
          expertAssessment(draft, assessments, today, gap);
          guardianConsent(draft, today, gap);
        }
      } else temporaryMeasure(draft, gap);
    }
  }

  if (kind.noticeRequired && state.notice === null)
    gap({
      field: 'notice',
      message: 'Send forhåndsvarsel til foresatte før vedtaket fattes (forvaltningsloven § 16).',
    });
  if (state.notice && state.notice.reply === null && today <= state.notice.replyBy)
    gap({
      field: 'notice',
      message: `Foresatte har svarfrist til ${norwegianDate(state.notice.replyBy)}. Før inn svaret deres, eller vent til fristen er ute.`,
    });
  return gaps;
}

function expertAssessment(
  draft: DecisionDraft,
  assessments: readonly CaseAssessment[],
  today: string,
  gap: (g: DecisionGap) => void,
) {
  const a = draft.assessmentId ? assessments.find((x) => x.id === draft.assessmentId) : undefined;
  if (!a || a.kind !== 'sakkyndig-vurdering')
    gap({
      field: 'assessmentId',
      message: 'Fest PPTs sakkyndige vurdering til vedtaket. Registrer den i saken først om den ikke står der.',
    });
  else if (a.issuedOn > today)
    gap({
      field: 'assessmentId',
      message: `Den sakkyndige vurderingen er datert ${norwegianDate(a.issuedOn)}, etter i dag.`,
    });
}

function guardianConsent(draft: DecisionDraft, today: string, gap: (g: DecisionGap) => void) {
  const c = draft.guardianConsent;
  if (!c || blank(c.by))
    gap({ field: 'guardianConsent', message: 'Før inn foresattes skriftlige samtykke: hvem og når.' });
  else if (c.on > today)
    gap({ field: 'guardianConsent', message: `Samtykket er datert ${norwegianDate(c.on)}, etter i dag.` });
}

function temporaryMeasure(draft: DecisionDraft, gap: (g: DecisionGap) => void) {
  const t = draft.temporary!;
  if (!draft.to) gap({ field: 'to', message: 'Et midlertidig tiltak må ha en sluttdato (000 §7).' });
  if (draft.from && draft.to && (t.evaluateOn < draft.from || t.evaluateOn > draft.to))
    gap({ field: 'temporary.evaluateOn', message: 'Evalueringen må skje mens tiltaket varer.' });
  if (blank(t.considerations))
    gap({
      field: 'temporary.considerations',
      message: 'Dokumenter vurderingene som er gjort og hvilke ulike hensyn som er vektet mot hverandre (000 §7).',
    });
}

/** The steps that may follow a state (a kind without a required notice may be decided from the draft). */
export function nextSteps(kind: DecisionKind, state: DecisionState): DecisionStep[] {
  switch (state.status) {
    case 'draft':
      return kind.noticeRequired ? ['notice'] : ['notice', 'decide'];
    case 'notice-sent':
      return ['reply', 'decide'];
    case 'reply-recorded':
      return ['decide'];
    case 'decided':
      return ['deliver'];
    case 'delivered':
      return state.receivedOn ? ['appeal'] : ['receipt', 'appeal'];
    case 'appealed':
      return ['reassess'];
    case 'upheld':
      return ['forward'];
    case 'forwarded':
      return ['outcome'];
    case 'changed':
    case 'final':
      return [];
  }
}

/** The state a step leads to; the caller has checked it is among `nextSteps`. */
export function statusAfter(
  step: DecisionStep,
  current: DecisionStatus,
  outcome?: ReassessmentOutcome,
): DecisionStatus {
  switch (step) {
    case 'notice':
      return 'notice-sent';
    case 'reply':
      return 'reply-recorded';
    case 'decide':
      return 'decided';
    case 'deliver':
    case 'receipt':
      return current === 'decided' ? 'delivered' : current;
    case 'appeal':
      return 'appealed';
    case 'reassess':
      return outcome === 'changed' ? 'changed' : 'upheld';
    case 'forward':
      return 'forwarded';
    case 'outcome':
      return 'final';
  }
}

/**
 * What a guardian may do about the reply to the forhåndsvarsel on `today` (decision 228): send one while the
 * reply deadline runs and nothing is decided; change the one they sent themselves in Nærvær until the decision
 * is made (even after the deadline: nothing is decided yet, and the reply is theirs); nothing once it is decided,
 * when the school recorded a reply given on paper or by phone, or when the other guardian wrote it (one reply
 * per decision; one parent does not overwrite the other's words).
 */
export function guardianReplyChance(state: DecisionState, today: string, sentByReader: boolean): GuardianReplyChance {
  const notice = state.notice;
  if (!notice) return 'closed';
  if (notice.reply)
    return notice.reply.channel === 'naervaer' && sentByReader && state.status === 'reply-recorded' ? 'edit' : 'closed';
  return state.status === 'notice-sent' && today <= notice.replyBy ? 'send' : 'late';
}

/** A deadline on the board; `waitedDays` only for `awaiting-outcome`: the days since it was sent on. */
export type DecisionDeadline = { kind: DecisionDeadlineKind; on: string | null; overdue: boolean; waitedDays?: number };

/** The deadline the board shows for a decision on `today`, or null when none is running (decision 216). */
export function decisionDeadline(state: DecisionState, today: string): DecisionDeadline | null {
  const at = (kind: DecisionDeadlineKind, on: string | null) => ({ kind, on, overdue: on !== null && today > on });
  switch (state.status) {
    case 'notice-sent':
      return state.notice ? at('reply-due', state.notice.replyBy) : null;
    case 'delivered': {
      if (!state.receivedOn) return at('receipt-missing', null);
      const last = appealDeadline(state.receivedOn);
      return today > last ? null : at('appeal-running', last);
    }
    case 'appealed':
      // fvl § 11 a: an answer within a month, or a preliminary reply saying when.
      return state.appealReceivedOn ? at('reassess', monthFrom(state.appealReceivedOn)) : null;
    case 'forwarded': {
      // No deadline binds the Statsforvalteren: `on` is the day it was sent on, never overdue, and how long it
      // has waited (decision 229).
      if (!state.forwardedOn) return at('awaiting-outcome', null);
      const waited = (parseIsoDate(today) ?? 0) - (parseIsoDate(state.forwardedOn) ?? 0);
      return { kind: 'awaiting-outcome', on: state.forwardedOn, overdue: false, waitedDays: Math.max(0, waited) };
    }
    default:
      return null;
  }
}
