import { Fieldset } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Text } from './fields';
import type { Bind } from './fields';

/**
 * The plan in plain words for the pupil (decision 185): what the pupil's own page shows of the plan, on every
 * kind of plan, each part optional. The rest of the plan never reaches the pupil.
 */
export function ForPupilFields({ bind }: { bind: Bind }) {
  const { t } = useTranslation();
  return (
    <Fieldset className="plan-for-pupil">
      <Fieldset.Legend>{t('pupilEntries.forPupil.legend')}</Fieldset.Legend>
      <Fieldset.Description>{t('pupilEntries.forPupil.help')}</Fieldset.Description>
      <Text bind={bind} path={['forPupil', 'schoolDoes']} label={t('pupilEntries.forPupil.schoolDoes')} multiline />
      <Text bind={bind} path={['forPupil', 'iTry']} label={t('pupilEntries.forPupil.iTry')} multiline />
      <Text bind={bind} path={['forPupil', 'whoToGoTo']} label={t('pupilEntries.forPupil.whoToGoTo')} multiline />
    </Fieldset>
  );
}
