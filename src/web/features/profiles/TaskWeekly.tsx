import { useTranslation } from 'react-i18next';
import { RECURRING_PARTIES } from '../../../domain/ladder/ladder-schema';
import { getIn, type Path } from './draft';
import { type Bind, ChoiceField } from './fields';

/** A task's weekly contact as the ladder file writes it in `recurring` (decision 193). */
type Recurring = { every: 'week'; closedBy: 'contact'; with: string[]; teamDecides?: boolean };

/**
 * «Gjentas hver uke» for one task of the ladder form: not at all, every school week from the level's start, or
 * when the team switches it on in the case (the source's «dersom … formålstjenlig»). The parties a file names are
 * kept; a new weekly task is closed by a contact with the pupil or the home.
 */
export function TaskWeekly({ bind, at }: { bind: Bind; at: Path }) {
  const { t } = useTranslation();
  const path: Path = [...at, 'recurring'];
  const current = getIn(bind.draft, path) as Recurring | undefined;
  const value = !current ? '' : current.teamDecides ? 'team' : 'always';
  return (
    <ChoiceField
      bind={bind}
      path={path}
      label={t('ladders.weekly')}
      value={value}
      options={[
        ['', t('ladders.weeklyNo')],
        ['always', t('ladders.weeklyAlways')],
        ['team', t('ladders.weeklyTeam')],
      ]}
      onChange={(choice) =>
        bind.set(
          path,
          choice
            ? {
                every: 'week',
                closedBy: 'contact',
                with: current?.with ?? [...RECURRING_PARTIES],
                teamDecides: choice === 'team',
              }
            : undefined,
        )
      }
    />
  );
}
