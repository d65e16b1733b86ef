// Nabodal kommune's own rule profile: the Hardanger plan as shipped (the contact teacher's concern),
// plus a figure the plan does not give — «over 10 %» — marked as the municipality's own choice, so its
// alerts say «Kommunens eget valg – ikke fra kildedokumentet» (decision 021). Nabodal's målform is nynorsk
// (decision 176): what the kommune writes itself is in nynorsk; the shipped rules keep their bokmål source
// text, which a nynorsk reader gets in the shipped translation (decision 179).
import hardangerJson from '../../../content/profiles/hardanger.json';
import { parseProfile, type Profile } from '../../domain/rules/profile-schema';

export const NABODAL_PROFILE_ID = 'nabodal';

/** The profile Nabodal skole follows, validated like any kommune profile. */
export function nabodalProfile(): Profile {
  const parsed = parseProfile(
    {
      ...hardangerJson,
      id: NABODAL_PROFILE_ID,
      name: 'Nabodal kommune (Hardanger-planen med eiga grense)',
      source: `${hardangerJson.source}, og Nabodal kommune si eiga grense på 10 %`,
      description:
        'Handlingsplanen frå Hardanger (uroa til kontaktlæraren), og i tillegg kommunen sitt eige val: fråvær over 10 % i semesteret gir eit varsel med dei same stega.',
      rules: [
        ...hardangerJson.rules,
        {
          id: 'nabodal-over-10-prosent',
          kind: 'events',
          basis: 'kommune',
          title: 'Fråvær over 10 %: samtale med elev og føresette',
          source: 'Nabodal kommune sitt eige val (ikkje frå handlingsplanen)',
          window: { type: 'semester' },
          conditions: [
            { count: { kinds: ['day', 'lesson', 'left'] }, measure: 'share', comparator: '>', threshold: 10 },
          ],
          severity: 'medium',
          action: hardangerJson.rules[0]!.action,
          interpretation: [
            'Grensa er kommunen sitt eige val: handlingsplanen (003) oppgir inga talgrense.',
            'Semesteret fram til datoen; alt fråvær unntatt for seint oppmøte tel som del av skuletida.',
            '«over 10 %» tyder meir enn 10 %.',
          ],
        },
      ],
    },
    `${NABODAL_PROFILE_ID}.json`,
  );
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.profile;
}
