// Nabodal kommune's own rule profile: the Hardanger plan as shipped (the contact teacher's concern),
// plus a figure the plan does not give — «over 10 %» — marked as the municipality's own choice, so its
// alerts say «Kommunens eget valg – ikke fra kildedokumentet» (decision 021).
import hardangerJson from '../../../content/profiles/hardanger.json';
import { parseProfile, type Profile } from '../../domain/rules/profile-schema';

export const NABODAL_PROFILE_ID = 'nabodal';

/** The profile Nabodal skole follows, validated like any kommune profile. */
export function nabodalProfile(): Profile {
  const parsed = parseProfile(
    {
      ...hardangerJson,
      id: NABODAL_PROFILE_ID,
      name: 'Nabodal kommune (Hardanger-planen med egen grense)',
      source: `${hardangerJson.source}, og Nabodal kommunes egen grense på 10 %`,
      description:
        'Handlingsplanen fra Hardanger (kontaktlærers bekymring), og i tillegg kommunens eget valg: fravær over 10 % i semesteret gir et varsel med de samme stegene.',
      rules: [
        ...hardangerJson.rules,
        {
          id: 'nabodal-over-10-prosent',
          kind: 'events',
          basis: 'kommune',
          title: 'Fravær over 10 %: samtale med elev og foresatte',
          source: 'Nabodal kommunes eget valg (ikke fra handlingsplanen)',
          window: { type: 'semester' },
          conditions: [
            { count: { kinds: ['day', 'lesson', 'left'] }, measure: 'share', comparator: '>', threshold: 10 },
          ],
          severity: 'medium',
          action: hardangerJson.rules[0]!.action,
          interpretation: [
            'Grensen er kommunens eget valg: handlingsplanen (003) oppgir ingen tallgrense.',
            'Semesteret fram til datoen; alt fravær unntatt forsentkomminger teller som andel av skoletiden.',
            '«over 10 %» betyr mer enn 10 %.',
          ],
        },
      ],
    },
    `${NABODAL_PROFILE_ID}.json`,
  );
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.profile;
}
