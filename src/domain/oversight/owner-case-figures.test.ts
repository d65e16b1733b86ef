import { describe, expect, it } from 'vitest';
import { caseFigures, type CaseFiguresInput } from './case-figures';
import { publishedCounts, publishOwnerCaseFigures, type OwnerCaseFigures } from './owner-case-figures';

const range = { from: '2026-09-01', to: '2026-09-30' };
const today = '2026-09-30';

/** A school whose `n` pupils each have a concern on 7 September, contacted `after` days later. */
function school(n: number, after: number, referrals = 0): CaseFiguresInput {
  const pupils = Array.from({ length: n }, (_, i) => `p${n}-${after}-${i}`);
  return {
    alerts: pupils.map((pupilId) => ({ pupilId, startedOn: '2026-09-07', endedOn: '2026-09-11' })),
    contacts: pupils.map((pupilId) => ({ pupilId, on: `2026-09-${String(7 + after).padStart(2, '0')}` })),
    cases: [],
    referrals: Array.from({ length: referrals }, () => ({ service: 'ppt', sentOn: '2026-09-10' })),
  };
}

function publish(inputs: CaseFiguresInput[]): OwnerCaseFigures {
  const pooled: CaseFiguresInput = {
    alerts: inputs.flatMap((i) => i.alerts),
    contacts: inputs.flatMap((i) => i.contacts),
    cases: inputs.flatMap((i) => i.cases),
    referrals: inputs.flatMap((i) => i.referrals),
  };
  return publishOwnerCaseFigures(
    inputs.map((i) => caseFigures(i, range, today)),
    caseFigures(pooled, range, today),
  );
}

describe('the case figures the school owner sees', () => {
  it('hides a school’s 2 pupils and, with it, the 6 that would give them away from the kommune’s 8', () => {
    const o = publish([school(6, 1), school(2, 3)]);
    expect(o.schools.map((s) => s.pupilsWithConcern)).toEqual([[null], [null]]);
    expect(o.kommune.pupilsWithConcern).toEqual([8]);
    expect(o.kommune.concernsBegun).toBe(8);
    expect(o.kommune.contacted).toBe(8);
    expect(o.kommune.waitingForContact).toBe(0);
  });

  it('publishes a median over five or more, and nothing of fewer', () => {
    const o = publish([school(6, 1), school(5, 4), school(2, 3)]);
    expect(o.schools[0]!.daysToContact).toEqual({ median: 1, p80: 1 });
    expect(o.schools[1]!.daysToContact).toEqual({ median: 4, p80: 4 });
    expect(o.schools[2]!.daysToContact).toEqual({ median: null, p80: null });
    // The kommune's 13 concerns pooled: six at 1 day, two at 3, five at 4; the 7th is 3, the 11th 4.
    expect(o.kommune.daysToContact).toEqual({ median: 3, p80: 4 });
  });

  it('gives the waiting referrals’ days per service only over five', () => {
    expect(publish([school(6, 1, 5)]).referralDays.find((r) => r.service === 'ppt')).toEqual({
      service: 'ppt',
      median: 20,
      longest: 20,
    });
    expect(publish([school(6, 1, 4)]).referralDays.find((r) => r.service === 'ppt')).toEqual({
      service: 'ppt',
      median: null,
      longest: null,
    });
  });

  it('never publishes a count of 1–4, whatever the schools', () => {
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let round = 0; round < 40; round++) {
      const inputs = Array.from({ length: 1 + next(4) }, () => school(next(9), next(5), next(7)));
      const o = publish(inputs);
      const all = [...o.schools.flatMap(publishedCounts), ...publishedCounts(o.kommune)];
      expect(all.filter((n) => n !== null && n > 0 && n < 5)).toEqual([]);
    }
  });
});
