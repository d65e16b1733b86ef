import { Button, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { PanelForm, usePanelForm, type PanelFormProps } from '../../../ui/PanelForm';
import { useTranslation } from 'react-i18next';
import { caseApi } from '../../../api';
import type { CaseDetail, Consent } from '../../../api';
import { Refusal } from './ConsentItem';

export function WithdrawForm({
  data,
  consent,
  onCancel,
  onDone,
}: { data: CaseDetail; consent: Consent } & PanelFormProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const { busy, failure, form, problems, send } = usePanelForm<'reason'>();

  const submit = send(
    () => ({ reason: !reason.trim() && t('consent.withdrawMissing') }),
    async () => {
      await caseApi.withdrawConsent(data.id, consent.id, { version: consent.version, reason: reason.trim() });
      await onDone();
    },
  );

  return (
    <PanelForm form={form} onSubmit={submit} label={t('consent.withdraw')}>
      <Refusal failure={failure} fallback={t('consent.withdrawFailed')} />
      <Textfield
        multiline
        rows={2}
        name="reason"
        label={t('consent.withdrawReason')}
        description={t('consent.withdrawReasonHelp')}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={problems.reason}
      />
      <div className="button-row">
        <Button type="submit" data-size="sm" data-color="danger" disabled={busy} aria-busy={busy || undefined}>
          {t('consent.withdrawSubmit')}
        </Button>
        <Button variant="tertiary" data-size="sm" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </PanelForm>
  );
}
