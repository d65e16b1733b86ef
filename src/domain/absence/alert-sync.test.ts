import { describe, expect, it } from 'vitest';
import { planAlertSync, ruleSignature, type FoundEpisode, type StoredAlert, type SyncOptions } from './alert-sync';

const SIG = ruleSignature({
  kind: 'events',
  window: { type: 'month' },
  conditions: [{ count: { kinds: ['day'] }, measure: 'schoolDays', comparator: '>=', threshold: 3 }],
});
const OTHER_SIG = ruleSignature({
  kind: 'events',
  window: { type: 'month' },
  conditions: [{ count: { kinds: ['day'] }, measure: 'schoolDays', comparator: '>', threshold: 3 }],
});

function stored(p: Partial<StoredAlert> & { id: string }): StoredAlert {
  return {
    profile: 'a',
    ruleId: 'r',
    startedOn: '2026-11-10',
    endedOn: null,
    status: 'new',
    dismissReason: null,
    retiredOn: null,
    handledContactId: null,
    hasContact: false,
    signature: SIG,
    observation: false,
    ...p,
  };
}
const found = (p: Partial<FoundEpisode> = {}): FoundEpisode => ({
  ruleId: 'r',
  startedOn: '2026-11-10',
  endedOn: null,
  signature: SIG,
  ...p,
});
const opts = (p: Partial<SyncOptions> = {}): SyncOptions => ({
  profile: 'a',
  today: '2026-11-24',
  rulesChanged: null,
  otherProfile: 'byttet',
  pastAsHistory: null,
  ...p,
});

describe('ruleSignature', () => {
  it('is the same for rules that count the same, whatever their ids, titles or key order', () => {
    const a = ruleSignature({
      kind: 'events',
      window: { type: 'days', days: 14 },
      conditions: [{ measure: 'events', count: { kinds: ['lesson'] }, comparator: '>=', threshold: 5 }],
    });
    const b = ruleSignature({
      kind: 'events',
      conditions: [{ threshold: 5, comparator: '>=', count: { kinds: ['lesson'] }, measure: 'events' }],
      window: { days: 14, type: 'days' },
    });
    expect(a).toBe(b);
    expect(SIG).not.toBe(OTHER_SIG);
    expect(ruleSignature({ kind: 'observation', id: 'x' })).not.toBe(ruleSignature({ kind: 'observation', id: 'y' }));
  });
});

describe('planAlertSync', () => {
  it('inserts a new episode as new, and keeps one that is found again', () => {
    const plan = planAlertSync(
      [found(), found({ ruleId: 's', startedOn: '2026-11-20' })],
      [stored({ id: 'x' })],
      opts(),
    );
    expect(plan.keep).toEqual([{ id: 'x', episode: found(), unretire: false, carry: null }]);
    expect(plan.insert).toEqual([
      {
        episode: found({ ruleId: 's', startedOn: '2026-11-20' }),
        status: 'new',
        dismissReason: null,
        handledContactId: null,
        continuesId: null,
      },
    ]);
    expect(plan.retire).toEqual([]);
  });

  it('deletes an untouched alert whose registrations were corrected away, and retires one that someone acted on', () => {
    const plan = planAlertSync(
      [],
      [
        stored({ id: 'untouched' }),
        stored({ id: 'called', ruleId: 's', hasContact: true }),
        stored({ id: 'handled', ruleId: 't', status: 'handled', handledContactId: 'c' }),
      ],
      opts(),
    );
    expect(plan.delete).toEqual(['untouched']);
    expect(plan.retire.map((r) => r.id)).toEqual(['called', 'handled']);
    expect(plan.retire[0]!.reason).toMatch(/Registreringene er endret/);
  });

  it('retires, never deletes, what changed rules no longer compute', () => {
    const plan = planAlertSync([], [stored({ id: 'x' })], opts({ rulesChanged: 'Regelen ble endret.' }));
    expect(plan).toMatchObject({ delete: [], retire: [{ id: 'x', reason: 'Regelen ble endret.' }] });
  });

  it("retires another profile's alerts but leaves an observation alert alone: the observation stands", () => {
    const plan = planAlertSync(
      [],
      [
        stored({ id: 'b', profile: 'b' }),
        stored({ id: 'obs', profile: 'b', observation: true, signature: 'observation:o' }),
        stored({ id: 'old', profile: 'b', retiredOn: '2026-11-01' }),
      ],
      opts(),
    );
    expect(plan.retire).toEqual([{ id: 'b', reason: 'byttet' }]);
  });

  it.each([
    ['the same rule id', { ruleId: 'r', signature: OTHER_SIG }],
    ['an equivalent rule', { ruleId: 'other-id', signature: SIG }],
  ])('carries a handled status to an episode that continues %s on overlapping days', (_label, p) => {
    const plan = planAlertSync(
      [found({ startedOn: '2026-11-12' })],
      [stored({ id: 'h', profile: 'b', status: 'handled', handledContactId: 'c', ...p })],
      opts(),
    );
    expect(plan.insert).toEqual([
      {
        episode: found({ startedOn: '2026-11-12' }),
        status: 'handled',
        dismissReason: null,
        handledContactId: 'c',
        continuesId: 'h',
      },
    ]);
  });

  it('does not carry across rules that count differently, or days that do not overlap', () => {
    const different = planAlertSync(
      [found()],
      [stored({ id: 'h', profile: 'b', ruleId: 'q', signature: OTHER_SIG, status: 'handled' })],
      opts(),
    );
    expect(different.insert[0]!.status).toBe('new');
    const apart = planAlertSync(
      [found({ startedOn: '2026-11-20' })],
      [stored({ id: 'h', profile: 'b', startedOn: '2026-10-01', endedOn: '2026-10-31', status: 'handled' })],
      opts(),
    );
    expect(apart.insert[0]).toMatchObject({ status: 'new', continuesId: null });
  });

  it('brings a retired alert back with its own status, or a later handled one of an equivalent rule', () => {
    const back = planAlertSync([found()], [stored({ id: 'x', retiredOn: '2026-11-15', status: 'seen' })], opts());
    expect(back.keep).toEqual([{ id: 'x', episode: found(), unretire: true, carry: null }]);
    const handledMeanwhile = planAlertSync(
      [found()],
      [
        stored({ id: 'x', retiredOn: '2026-11-15' }),
        stored({
          id: 'y',
          profile: 'b',
          retiredOn: '2026-11-20',
          status: 'handled',
          handledContactId: 'c',
          startedOn: '2026-11-15',
        }),
      ],
      opts(),
    );
    expect(handledMeanwhile.keep[0]!.carry).toEqual({
      status: 'handled',
      dismissReason: null,
      handledContactId: 'c',
      continuesId: 'y',
    });
  });

  it('stores an episode first found already over as history when the rules changed', () => {
    const plan = planAlertSync(
      [found({ endedOn: '2026-11-13' }), found({ ruleId: 's' })],
      [],
      opts({ pastAsHistory: 'Var over.' }),
    );
    expect(plan.insert.map((i) => [i.episode.ruleId, i.status, i.dismissReason])).toEqual([
      ['r', 'dismissed', 'Var over.'],
      ['s', 'new', null],
    ]);
  });
});
