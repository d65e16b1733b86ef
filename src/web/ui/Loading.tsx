import { Spinner } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

/** A polite "Laster …" that screen readers hear once; the spinner itself is decoration. */
export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p role="status" className="loading">
      <Spinner aria-hidden="true" data-size="sm" />
      <span>{label ?? t('app.loading')}</span>
    </p>
  );
}
