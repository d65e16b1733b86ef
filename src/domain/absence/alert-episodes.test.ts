import { describe, expect, it } from 'vitest';
import hardangerJson from '../../../content/profiles/hardanger.json';
import { parseProfile } from '../rules/profile-schema';
import { days, testCalendar } from '../rules/testing';
import { alertEpisodes } from './alert-episodes';

// Alert episodes say whose rule fired: the source's, or the municipality's own choice («basis»).

const CAL = testCalendar();
const parsed = parseProfile(
  {
    ...hardangerJson,
    id: 'nabodal',
    rules: [
      ...hardangerJson.rules,
      {
        id: 'nabodal-over-10-prosent',
        kind: 'events',
        basis: 'kommune',
        title: 'Fravær over 10 %',
        severity: 'medium',
        action: 'Samtale med elev og foresatte.',
        source: 'Nabodal kommunes eget valg',
        window: { type: 'semester' },
        conditions: [{ count: { kinds: ['day'] }, measure: 'share', comparator: '>', threshold: 10 }],
      },
    ],
  },
  'nabodal.json',
);
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const NABODAL = parsed.profile;

describe('alert episodes', () => {
  it("marks an episode of the municipality's own rule, and not the source's observation rule", () => {
    const found = alertEpisodes(
      NABODAL,
      CAL,
      days(['2025-09-01', '2025-09-02', '2025-09-03', '2025-09-04']),
      [
        {
          ruleId: 'hardanger-bekymring-for-fravaer',
          observedOn: '2025-09-05',
          kind: 'tegn',
        },
      ],
      '2025-09-30',
    );
    expect(found.map((e) => [e.ruleId, e.startedOn, e.endedOn, e.basis ?? 'kilde'])).toEqual([
      // 2 of the semester's 12 school days by 2.9. is over 10 %.
      ['nabodal-over-10-prosent', '2025-09-02', null, 'kommune'],
      ['hardanger-bekymring-for-fravaer', '2025-09-05', null, 'kilde'],
    ]);
    expect(found[1]!.action).toContain('drøfter dette med skolens ledelse/rådgiver');
  });
});
