import { describe, expect, it } from 'vitest';
import type { Alert, Concern } from './api';
import { alertHistory, alertRefs, freshConcerns, isOpen } from './concerns';
import { concernPlan } from './roles';

const alert = (id: string, extra: Partial<Alert> = {}): Alert => ({
  id,
  pupilId: 'p1',
  pupilName: 'Nora Kvamme',
  classId: 'c1',
  className: '9A',
  profile: 'saltdal',
  ruleId: `regel-${id}`,
  ruleTitle: `Regel ${id}`,
  severity: 'medium',
  startedOn: '2026-11-24',
  endedOn: null,
  status: 'new',
  explanation: 'Forklaring.',
  nextStep: 'Ring hjem.',
  countedEvents: [],
  dismissReason: null,
  retiredAt: null,
  retiredReason: null,
  handledContactId: null,
  openCaseId: null,
  basis: 'kilde',
  version: 1,
  ...extra,
});

const concern = (alerts: Alert[]): Concern => ({
  id: alerts[0]!.id,
  pupilId: alerts[0]!.pupilId,
  pupilName: alerts[0]!.pupilName,
  classId: 'c1',
  className: '9A',
  severity: alerts[0]!.severity,
  startedOn: alerts[0]!.startedOn,
  latestStart: alerts[0]!.startedOn,
  status: 'new',
  nextStep: alerts[0]!.nextStep,
  alerts,
  case: null,
});

describe('isOpen and alertRefs', () => {
  it('counts new and seen alerts as open only while the current rules compute them', () => {
    expect(isOpen(alert('a'))).toBe(true);
    expect(isOpen(alert('a', { status: 'seen' }))).toBe(true);
    expect(isOpen(alert('a', { status: 'seen', retiredAt: '2026-11-24T08:00:00.000Z' }))).toBe(false);
    expect(isOpen(alert('a', { status: 'handled' }))).toBe(false);
    expect(isOpen(alert('a', { status: 'dismissed' }))).toBe(false);
  });

  it('sends every alert of the concern at the version the user saw', () => {
    expect(alertRefs([alert('a', { version: 3 }), alert('b')])).toEqual([
      { id: 'a', version: 3 },
      { id: 'b', version: 1 },
    ]);
  });
});

describe('freshConcerns', () => {
  const three = concern([alert('a', { severity: 'high' }), alert('b'), alert('c')]);
  const other = concern([alert('x', { pupilId: 'p2' })]);

  it('announces a concern once, with every rule that is new, when none of its alerts were known', () => {
    const fresh = freshConcerns([three, other], new Set(['x']));
    expect(fresh.map((f) => ({ id: f.concern.id, kind: f.kind, fresh: f.fresh.map((a) => a.id) }))).toEqual([
      { id: 'a', kind: 'new', fresh: ['a', 'b', 'c'] },
    ]);
  });

  it('says an open concern grew when a known concern gains a rule, and nothing when nothing is new', () => {
    expect(
      freshConcerns([three], new Set(['a', 'b'])).map((f) => ({ kind: f.kind, fresh: f.fresh.map((a) => a.id) })),
    ).toEqual([{ kind: 'grown', fresh: ['c'] }]);
    expect(freshConcerns([three], new Set(['a', 'b', 'c']))).toEqual([]);
  });

  it('falls back to the alerts still new when the earlier ids are unknown', () => {
    const seen = concern([alert('a', { status: 'seen' }), alert('b')]);
    expect(freshConcerns([seen], null).map((f) => ({ kind: f.kind, fresh: f.fresh.map((a) => a.id) }))).toEqual([
      { kind: 'grown', fresh: ['b'] },
    ]);
  });
});

describe('alertHistory', () => {
  it('makes the alerts one contact handled one entry, most severe first, and every other alert its own', () => {
    const handled = { status: 'handled' as const, handledContactId: 'k1' };
    const history = alertHistory([
      alert('a', handled),
      alert('b', { ...handled, severity: 'high' }),
      alert('c', handled),
      alert('d', {
        status: 'dismissed',
        dismissReason: 'Kjent og avklart',
        startedOn: '2026-10-01',
        endedOn: '2026-10-20',
      }),
      alert('e', { status: 'handled', handledContactId: null, startedOn: '2026-09-01', endedOn: '2026-09-30' }),
    ]);
    expect(
      history.map((h) => ({ id: h.id, alerts: h.alerts.map((a) => a.id), contactId: h.contactId, status: h.status })),
    ).toEqual([
      { id: 'b', alerts: ['b', 'a', 'c'], contactId: 'k1', status: 'handled' },
      { id: 'd', alerts: ['d'], contactId: null, status: 'dismissed' },
      { id: 'e', alerts: ['e'], contactId: null, status: 'handled' },
    ]);
  });

  it('keeps two pupils apart even with one contact id, and puts the newest entry first', () => {
    const history = alertHistory([
      alert('a', { status: 'handled', handledContactId: 'k1', startedOn: '2026-11-02' }),
      alert('b', { status: 'handled', handledContactId: 'k1', pupilId: 'p2', startedOn: '2026-11-20' }),
    ]);
    expect(history.map((h) => h.id)).toEqual(['b', 'a']);
  });

  it("makes a pupil's alerts dismissed with one reason on overlapping days one entry, and keeps other episodes apart", () => {
    const dismissed = (
      id: string,
      startedOn: string,
      endedOn: string | null,
      dismissReason = 'Kjent og avklart med foresatte',
    ) => alert(id, { status: 'dismissed', dismissReason, startedOn, endedOn });
    const history = alertHistory([
      dismissed('a', '2026-11-02', '2026-11-10'),
      dismissed('b', '2026-11-05', '2026-11-12'),
      dismissed('c', '2026-11-20', null),
      dismissed('d', '2026-11-03', '2026-11-04', 'En annen grunn'),
    ]);
    expect(history.map((h) => h.alerts.map((a) => a.id))).toEqual([['c'], ['b', 'a'], ['d']]);
  });

  it('says whether an episode still holds and whether the rules still compute it', () => {
    const [ongoing] = alertHistory([alert('a', { status: 'handled', handledContactId: 'k1' })]);
    expect(ongoing).toMatchObject({ ongoing: true, retired: false });
    const [over] = alertHistory([alert('a', { status: 'handled', handledContactId: 'k1', endedOn: '2026-11-30' })]);
    expect(over).toMatchObject({ ongoing: false, retired: false });
    const [retired] = alertHistory([
      alert('a', {
        status: 'seen',
        retiredAt: '2026-11-24T08:00:00.000Z',
        retiredReason: 'Skolen byttet regelsett fra «Saltdal kommune» til «Jevnaker kommune».',
      }),
    ]);
    expect(retired).toMatchObject({ ongoing: false, retired: true, status: 'seen' });
  });
});

describe('concernPlan', () => {
  const staff = (...roles: string[]) =>
    ({ kind: 'staff' as const, roles: roles.map((role) => ({ role })) }) as Parameters<typeof concernPlan>[0];

  it('lets the contact teacher act, write the letter and open a case; the faglærer only reads', () => {
    expect(concernPlan(staff('kontaktlaerer'))).toEqual({ read: true, act: true, letter: true, openCase: true });
    expect(concernPlan(staff('faglaerer'))).toEqual({ read: true, act: false, letter: false, openCase: false });
    expect(concernPlan(staff('ressursteam'))).toEqual({ read: true, act: true, letter: false, openCase: true });
  });

  it('gives the school owner, service partners and guardians no concern cards', () => {
    expect(concernPlan(staff('skoleeier')).read).toBe(false);
    expect(
      concernPlan({ kind: 'service', roles: [{ role: 'helsesykepleier' }] } as Parameters<typeof concernPlan>[0]),
    ).toEqual({ read: false, act: false, letter: false, openCase: false });
    expect(concernPlan({ kind: 'guardian', roles: [] } as Parameters<typeof concernPlan>[0]).read).toBe(false);
  });
});
