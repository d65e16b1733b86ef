import { Button } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The end of a form that opened in place: send (disabled and marked busy while sending) and «Avbryt». */
export function FormButtons({ busy, submit, onCancel }: { busy: boolean; submit: ReactNode; onCancel(): void }) {
  const { t } = useTranslation();
  return (
    <div className="button-row">
      <Button type="submit" data-size="sm" disabled={busy} aria-busy={busy || undefined}>
        {submit}
      </Button>
      <Button variant="tertiary" data-size="sm" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
    </div>
  );
}
