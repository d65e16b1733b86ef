import { Button } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { SendToGuardiansResult } from '../api';
import { formatDateTime } from '../format';
import { FailureMessage } from '../ui/feedback';
import { useSubmit } from '../ui/useSubmit';

/**
 * «Send til foresatte» (decision 130): puts a letter, minutes or a plan in the guardians' view and inbox. The
 * server sends it once; pressed again, the page says when it was sent and that nothing new went out.
 */
export function SendToGuardiansButton({
  label,
  send,
  onChanged,
}: {
  /** What is sent, for screen readers («Samarbeidsmøte 20.11.2026»). */
  label: string;
  send(): Promise<SendToGuardiansResult>;
  onChanged(text: string): Promise<void> | void;
}) {
  const { t } = useTranslation();
  const { busy, failure, run } = useSubmit();
  const click = () =>
    void run(async () => {
      const r = await send();
      await onChanged(
        r.alreadySent
          ? t('sendHome.alreadySent', { at: formatDateTime(r.sentAt) })
          : t('sendHome.sent', { count: r.guardians }),
      );
    });
  return (
    <>
      <Button variant="secondary" data-size="sm" onClick={click} disabled={busy} aria-busy={busy || undefined}>
        <span aria-hidden="true">✉️ </span>
        {busy ? t('sendHome.sending') : t('sendHome.button')}
        <span className="ds-sr-only"> – {label}</span>
      </Button>
      <FailureMessage failure={failure} fallback={t('sendHome.failed')} />
    </>
  );
}
