import { useTranslation } from 'react-i18next';
import { guardianApi } from '../../../api';
import type { SendLetterProps } from '../../../components/ConcernCard';
import { SendToGuardiansButton } from '../../../components/SendToGuardians';

/**
 * «Send til foresatte» on the letter of a concern card (decision 130): given to the card by the pupil page, so
 * the register page, which shows the same cards, never loads it. The confirmation of a protected address is
 * the letter's own checkbox.
 */
export function SendLetter({ alert, confirmed, onChanged }: SendLetterProps) {
  const { t } = useTranslation();
  return (
    <SendToGuardiansButton
      label={t('letter.sendLabel', { rule: alert.ruleTitle })}
      send={() => guardianApi.sendLetter(alert.id, confirmed)}
      onChanged={onChanged}
    />
  );
}
