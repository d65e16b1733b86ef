import { Button } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../domain/language/language';
import { documentsApi, guardianApi } from '../../../api';
import type { SendLetterProps } from '../../../components/ConcernCard';
import { SendToGuardiansButton } from '../../../components/SendToGuardians';
import { downloadBlob } from '../../../ui/download';
import { FailureMessage } from '../../../ui/feedback';
import { useSubmit } from '../../../ui/useSubmit';

/**
 * «Send til foresatte» on the letter of a concern card (decision 130): given to the card by the pupil page, so
 * the register page, which shows the same cards, never loads it. The confirmation of a protected address is
 * the letter's own checkbox. Beside it, the letter printed in each language the family has chosen (decision
 * 178); «Lag brev til foresatte» prints it in the kommune's målform, the copy the school keeps.
 */
export function SendLetter({ alert, confirmed, onChanged, familyLanguages = [] }: SendLetterProps) {
  const { t } = useTranslation();
  return (
    <>
      <SendToGuardiansButton
        label={t('letter.sendLabel', { rule: alert.ruleTitle })}
        send={() => guardianApi.sendLetter(alert.id, confirmed)}
        onChanged={onChanged}
      />
      {familyLanguages.map((language) => (
        <PrintIn key={language} alertId={alert.id} language={language} confirmed={confirmed} onChanged={onChanged} />
      ))}
    </>
  );
}

function PrintIn({
  alertId,
  language,
  confirmed,
  onChanged,
}: {
  alertId: string;
  language: Language;
  confirmed: boolean;
  onChanged(text: string): Promise<void>;
}) {
  const { t } = useTranslation();
  const { busy, failure, run } = useSubmit();
  const name = t(`letter.languageName.${language}`);
  const print = () =>
    void run(async () => {
      const { pdf, fileName } = await documentsApi.letterIn(alertId, language, confirmed);
      downloadBlob(pdf, fileName ?? `brev-${language}.pdf`);
      await onChanged(t('documents.printedIn', { language: name }));
    });
  return (
    <>
      <Button variant="tertiary" data-size="sm" onClick={print} disabled={busy} aria-busy={busy || undefined}>
        <span aria-hidden="true">📄 </span>
        {busy ? t('documents.printingIn', { language: name }) : t('documents.printIn', { language: name })}
      </Button>
      <FailureMessage failure={failure} fallback={t('documents.printFailed')} />
    </>
  );
}
