import { Button, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useSubmit } from '../../../ui/useSubmit';
import { useTranslation } from 'react-i18next';
import { caseApi } from '../../../api';
import type { CaseDetail, Consent } from '../../../api';
import { useFocusFirst } from '../../../ui/focus';
import { Refusal } from './ConsentItem';

export function WithdrawForm({
  data,
  consent,
  onCancel,
  onDone,
}: {
  data: CaseDetail;
  consent: Consent;
  onCancel(): void;
  onDone(): Promise<void>;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const { busy, failure, run, clear } = useSubmit();
  const form = useFocusFirst<HTMLFormElement>();

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!reason.trim()) {
      setProblem(t('consent.withdrawMissing'));
      form.current?.querySelector('textarea')?.focus();
      return;
    }
    setProblem(undefined);
    clear();
    await run(async () => {
      await caseApi.withdrawConsent(data.id, consent.id, { version: consent.version, reason: reason.trim() });
      await onDone();
    });
  }

  return (
    <form
      ref={form}
      className="stack-form inline-panel"
      onSubmit={submit}
      noValidate
      aria-label={t('consent.withdraw')}
    >
      <Refusal failure={failure} fallback={t('consent.withdrawFailed')} />
      <Textfield
        multiline
        rows={2}
        name="reason"
        label={t('consent.withdrawReason')}
        description={t('consent.withdrawReasonHelp')}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={problem}
      />
      <div className="button-row">
        <Button type="submit" data-size="sm" data-color="danger" disabled={busy} aria-busy={busy || undefined}>
          {t('consent.withdrawSubmit')}
        </Button>
        <Button variant="tertiary" data-size="sm" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
