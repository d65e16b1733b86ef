import { describe, expect, it } from 'vitest';
import defaultJson from '../../../content/decisions/default.json';
import type { CaseAssessment } from '../plans/case-facts';
import {
  decisionDeadline,
  decisionGaps,
  guardianReplyChance,
  nextSteps,
  type DecisionDraft,
  type DecisionState,
} from './decision';
import { combineDecisionFiles, parseDecisionFile, type DecisionKind } from './kinds';

const shipped = (() => {
  const parsed = parseDecisionFile(defaultJson, 'default.json');
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const combined = combineDecisionFiles([{ fileName: 'default.json', ...parsed }]);
  if (!combined.ok) throw new Error(combined.errors.join('\n'));
  return combined.content;
})();
const kind = (id: string): DecisionKind => shipped.kinds.get(id)!;

const today = '2026-11-20';
const assessments: CaseAssessment[] = [
  {
    id: 'sv-1',
    kind: 'sakkyndig-vurdering',
    issuedOn: '2026-11-01',
    issuedBy: 'PPT',
    recommendations: 'Redusert timeplan i åtte uker',
    validUntil: null,
  },
  {
    id: 'su-1',
    kind: 'sakkyndig-uttalelse',
    issuedOn: '2026-11-01',
    issuedBy: 'PPT',
    recommendations: 'Midlertidig',
    validUntil: '2026-12-01',
  },
];

const complete: DecisionDraft = {
  facts: 'Henrik har hatt 40 % fravær de siste åtte ukene.',
  legalBasis: ['opplaringslova-fritak'],
  reasons: 'En kortere skoledag gjør det mulig for Henrik å komme på skolen hver dag.',
  heard: {
    pupilViews: { obtained: true, how: 'samtale', views: 'Henrik vil heller gå kortere dager enn ingen.' },
    bestInterest: 'Det er best for Henrik å være på skolen litt hver dag.',
  },
  weighed: 'Henriks ønske er fulgt: planen starter med de timene han selv valgte.',
  decision: 'Henrik møter kl. 08.30–11.30 mandag til fredag.',
  from: '2026-11-23',
  to: '2027-01-29',
  assessmentId: 'sv-1',
  guardianConsent: { on: '2026-11-10', by: 'Kari Nordmann' },
  temporary: null,
};
const noticed: DecisionState = {
  status: 'reply-recorded',
  notice: { replyBy: '2026-11-18', reply: { on: '2026-11-17', channel: 'school' } },
  receivedOn: null,
  appealReceivedOn: null,
  forwardedOn: null,
};
const fields = (gaps: { field: string }[]) => [...new Set(gaps.map((g) => g.field))].sort();

describe('decisionGaps: what «Fatt vedtak» requires', () => {
  it('a complete reduced timetable with a sakkyndig vurdering and consent may be made', () => {
    expect(decisionGaps(kind('redusert-timeplan'), complete, noticed, assessments, today)).toEqual([]);
  });

  it.each<[string, Partial<DecisionDraft>, string[]]>([
    ['no reasons', { reasons: '  ' }, ['reasons']],
    ['no legal basis', { legalBasis: [] }, ['legalBasis']],
    ['a legal basis of another kind', { legalBasis: ['opplaringslova-permisjon'] }, ['legalBasis']],
    ['no facts', { facts: '' }, ['facts']],
    ['nothing decided', { decision: '' }, ['decision']],
    ["no pupil's views", { heard: null }, ['heard']],
    [
      "the pupil's views too short",
      { heard: { pupilViews: { obtained: true, how: 'samtale', views: 'ok' }, bestInterest: 'Det beste for ham.' } },
      ['heard'],
    ],
    [
      'views not obtained, with why and how sought, need no weighing',
      {
        heard: {
          pupilViews: { obtained: false, why: 'Henrik ville ikke snakke med oss nå.', howSought: 'Samtale to ganger.' },
          bestInterest: 'Det er best for Henrik å være på skolen litt hver dag.',
        },
        weighed: '',
      },
      [],
    ],
    ['views obtained but not how they were weighed', { weighed: '' }, ['weighed']],
    ['no best interest', { heard: { ...complete.heard!, bestInterest: '' } }, ['heard']],
  ])('%s → %j', (_, change, expected) => {
    expect(
      fields(decisionGaps(kind('redusert-timeplan'), { ...complete, ...change }, noticed, assessments, today)),
    ).toEqual(expected);
  });

  describe('each kind’s preconditions (000 §7, 000 §5 nivå 3)', () => {
    it.each<[string, Partial<DecisionDraft>, string[]]>([
      // Reduced timetable / exemption: sakkyndig vurdering + consent, or a dated temporary measure.
      ['redusert-timeplan', { assessmentId: null }, ['assessmentId']],
      ['redusert-timeplan', { assessmentId: 'su-1' }, ['assessmentId']], // an uttalelse is not a vurdering
      ['redusert-timeplan', { assessmentId: 'unknown' }, ['assessmentId']],
      ['redusert-timeplan', { guardianConsent: null }, ['guardianConsent']],
      ['redusert-timeplan', { guardianConsent: { on: '2026-12-01', by: 'Kari' } }, ['guardianConsent']],
      [
        'redusert-timeplan',
        {
          assessmentId: null,
          guardianConsent: null,
          temporary: { evaluateOn: '2026-12-10', considerations: 'Vektet skolegang mot helse.' },
        },
        [],
      ],
      [
        'redusert-timeplan',
        { assessmentId: null, guardianConsent: null, temporary: { evaluateOn: '2027-03-01', considerations: '' } },
        ['temporary.considerations', 'temporary.evaluateOn'],
      ],
      [
        'redusert-timeplan',
        { assessmentId: null, to: null, temporary: { evaluateOn: '2026-12-10', considerations: 'Vektet.' } },
        ['to'],
      ],
      ['redusert-timeplan', { from: null }, ['from']],
      ['redusert-timeplan', { to: '2026-11-01' }, ['to']],
      // Individuelt tilrettelagt opplæring: always the sakkyndig vurdering and consent; no temporary way.
      ['individuelt-tilrettelagd-opplaring', { legalBasis: ['opplaringslova-individuelt-tilrettelagd'] }, []],
      [
        'individuelt-tilrettelagd-opplaring',
        {
          legalBasis: ['opplaringslova-individuelt-tilrettelagd'],
          assessmentId: null,
          temporary: { evaluateOn: '2026-12-10', considerations: 'Vektet.' },
        },
        ['assessmentId'],
      ],
      [
        'individuelt-tilrettelagd-opplaring',
        { legalBasis: ['opplaringslova-individuelt-tilrettelagd'], guardianConsent: null },
        ['guardianConsent'],
      ],
      // Permisjon: a period, nothing from PPT.
      ['permisjon', { legalBasis: ['opplaringslova-permisjon'], assessmentId: null, guardianConsent: null }, []],
      ['permisjon', { legalBasis: ['opplaringslova-permisjon'], to: null }, ['to']],
    ])('%s with %j → %j', (id, change, expected) => {
      expect(fields(decisionGaps(kind(id), { ...complete, ...change }, noticed, assessments, today))).toEqual(expected);
    });
  });

  it.each<[string, DecisionState, string[]]>([
    ['no notice where one is required', { ...noticed, status: 'draft', notice: null }, ['notice']],
    [
      'the reply deadline still running, no reply',
      { ...noticed, status: 'notice-sent', notice: { replyBy: '2026-11-20', reply: null } },
      ['notice'],
    ],
    [
      'the reply deadline past, no reply',
      { ...noticed, status: 'notice-sent', notice: { replyBy: '2026-11-19', reply: null } },
      [],
    ],
  ])('%s', (_, state, expected) => {
    expect(fields(decisionGaps(kind('redusert-timeplan'), complete, state, assessments, today))).toEqual(expected);
  });

  it('a refusal names the field in Norwegian', () => {
    const [gap] = decisionGaps(kind('redusert-timeplan'), { ...complete, reasons: '' }, noticed, assessments, today);
    expect(gap).toEqual({
      field: 'reasons',
      message: 'Skriv begrunnelsen: hvorfor vedtaket er som det er (forvaltningsloven §§ 24 og 25).',
    });
  });
});

describe('nextSteps and the board’s deadline', () => {
  const state = (s: Partial<DecisionState>): DecisionState => ({
    status: 'draft',
    notice: null,
    receivedOn: null,
    appealReceivedOn: null,
    forwardedOn: null,
    ...s,
  });
  it.each<[string, DecisionState, string[]]>([
    ['redusert-timeplan', state({}), ['notice']],
    ['permisjon', state({}), ['notice', 'decide']],
    ['redusert-timeplan', state({ status: 'delivered' }), ['receipt', 'appeal']],
    ['redusert-timeplan', state({ status: 'delivered', receivedOn: '2026-11-02' }), ['appeal']],
    ['redusert-timeplan', state({ status: 'upheld' }), ['forward']],
    ['redusert-timeplan', state({ status: 'final' }), []],
  ])('%s in %j → %j', (id, s, expected) => {
    expect(nextSteps(kind(id), s)).toEqual(expected);
  });

  it.each<[DecisionState, string, ReturnType<typeof decisionDeadline>]>([
    [
      state({ status: 'notice-sent', notice: { replyBy: '2026-11-19', reply: null } }),
      today,
      { kind: 'reply-due', on: '2026-11-19', overdue: true },
    ],
    [state({ status: 'delivered' }), today, { kind: 'receipt-missing', on: null, overdue: false }],
    [
      state({ status: 'delivered', receivedOn: '2026-11-06' }),
      today,
      { kind: 'appeal-running', on: '2026-11-27', overdue: false },
    ],
    [state({ status: 'delivered', receivedOn: '2026-10-01' }), today, null],
    [
      state({ status: 'appealed', appealReceivedOn: '2026-11-02' }),
      today,
      { kind: 'reassess', on: '2026-12-02', overdue: false },
    ],
    // With the Statsforvalteren: the day it was sent on and how long it has waited; never overdue (decision 229).
    [
      state({ status: 'forwarded', forwardedOn: '2026-11-20' }),
      today,
      { kind: 'awaiting-outcome', on: '2026-11-20', overdue: false, waitedDays: 0 },
    ],
    [
      state({ status: 'forwarded', forwardedOn: '2026-11-06' }),
      today,
      { kind: 'awaiting-outcome', on: '2026-11-06', overdue: false, waitedDays: 14 },
    ],
    [
      state({ status: 'forwarded', forwardedOn: '2026-02-20' }),
      '2026-03-02',
      { kind: 'awaiting-outcome', on: '2026-02-20', overdue: false, waitedDays: 10 },
    ],
    [
      state({ status: 'forwarded', forwardedOn: '2025-11-20' }),
      today,
      { kind: 'awaiting-outcome', on: '2025-11-20', overdue: false, waitedDays: 365 },
    ],
    [state({ status: 'final', forwardedOn: '2026-11-06' }), today, null],
    [state({ status: 'final' }), today, null],
  ])('%j on %s → %j', (s, day, expected) => {
    expect(decisionDeadline(s, day)).toEqual(expected);
  });

  // What the guardians may do about their reply on the child page (decision 228).
  it.each<[string, Partial<DecisionState>, string, boolean?]>([
    ['no forhåndsvarsel', {}, 'closed'],
    ['sent, deadline running', { status: 'notice-sent', notice: { replyBy: '2026-11-27', reply: null } }, 'send'],
    ['the deadline day itself', { status: 'notice-sent', notice: { replyBy: today, reply: null } }, 'send'],
    ['the deadline passed', { status: 'notice-sent', notice: { replyBy: '2026-11-19', reply: null } }, 'late'],
    [
      'replied in Nærvær, not decided',
      { status: 'reply-recorded', notice: { replyBy: '2026-11-27', reply: { on: today, channel: 'naervaer' } } },
      'edit',
    ],
    [
      'replied in Nærvær, deadline passed, not decided',
      { status: 'reply-recorded', notice: { replyBy: '2026-11-19', reply: { on: '2026-11-18', channel: 'naervaer' } } },
      'edit',
    ],
    [
      'the other guardian replied in Nærvær',
      { status: 'reply-recorded', notice: { replyBy: '2026-11-27', reply: { on: today, channel: 'naervaer' } } },
      'closed',
      false,
    ],
    [
      'replied in Nærvær, decided',
      { status: 'decided', notice: { replyBy: '2026-11-27', reply: { on: today, channel: 'naervaer' } } },
      'closed',
    ],
    [
      'the school recorded a reply by phone',
      { status: 'reply-recorded', notice: { replyBy: '2026-11-27', reply: { on: today, channel: 'school' } } },
      'closed',
    ],
    [
      'decided after the deadline with no reply',
      { status: 'decided', notice: { replyBy: '2026-11-19', reply: null } },
      'late',
    ],
  ])('guardianReplyChance: %s → %s', (_, s, expected, sentByReader = true) => {
    expect(guardianReplyChance(state(s), today, sentByReader)).toBe(expected);
  });
});

describe('the content file', () => {
  it.each<[string, unknown, string]>([
    [
      'a kind with an unknown precondition',
      { kinds: [{ ...minimalKind(), preconditions: ['ppt'] }] },
      'kinds.0.preconditions.0',
    ],
    [
      'a kind without noticeRequired',
      { kinds: [{ ...minimalKind(), noticeRequired: undefined }] },
      'kinds.0.noticeRequired',
    ],
    ['an unknown field', { kinds: [{ ...minimalKind(), extra: 1 }] }, 'kinds.0'],
  ])('%s is refused naming file and field', (_, data, field) => {
    const r = parseDecisionFile(data, 'kommune.json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.some((e) => e.startsWith(`decisions/kommune.json: ${field}`))).toBe(true);
  });

  it('a kommune kind resting on an unknown paragraph is refused; on a shipped one, accepted', () => {
    const base = parseDecisionFile(defaultJson, 'default.json');
    const own = parseDecisionFile({ kinds: [minimalKind()] }, 'kommune.json');
    const bad = parseDecisionFile({ kinds: [{ ...minimalKind(), legalBasis: ['ukjent'] }] }, 'kommune.json');
    if (!base.ok || !own.ok || !bad.ok) throw new Error('parse');
    expect(
      combineDecisionFiles([
        { fileName: 'default.json', ...base },
        { fileName: 'kommune.json', ...own },
      ]).ok,
    ).toBe(true);
    const r = combineDecisionFiles([
      { fileName: 'default.json', ...base },
      { fileName: 'kommune.json', ...bad },
    ]);
    expect(r.ok ? [] : r.errors).toEqual([
      'decisions/kommune.json: kinds.0.legalBasis.0: ukjent lovsted «ukjent» (ikke i legalBases)',
    ]);
  });
});

function minimalKind(): Record<string, unknown> {
  return {
    id: 'skyss',
    name: 'Skoleskyss',
    description: 'Kommunens eget vedtak.',
    legalBasis: ['fvl-16'],
    noticeRequired: false,
  };
}
