import { Button } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api';
import { ServerFieldErrors } from '../../ui/feedback';
import type { Failure } from '../../ui/feedback';
import { ErrorAlert, errorMessage } from '../../ui/ErrorAlert';

/** The server's message, the domain's own lines (`details.errors`), the fields zod named, and after a 409 a reload button. */
export function SaveError({
  failure,
  fallback,
  onReload,
}: {
  failure: NonNullable<Failure>;
  fallback: string;
  onReload(): void;
}) {
  const { t } = useTranslation();
  const { error } = failure;
  const lines =
    error instanceof ApiError && Array.isArray(error.details?.errors)
      ? error.details.errors.filter((e): e is string => typeof e === 'string')
      : [];
  return (
    <div>
      <ErrorAlert>{errorMessage(error, fallback)}</ErrorAlert>
      {lines.length > 0 && (
        <ul className="field-errors">
          {lines.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
      <ServerFieldErrors error={error} />
      {error instanceof ApiError && error.status === 409 && (
        <Button variant="secondary" data-size="sm" onClick={onReload} className="conflict-reload">
          {t('common.reloadNewest')}
        </Button>
      )}
    </div>
  );
}
