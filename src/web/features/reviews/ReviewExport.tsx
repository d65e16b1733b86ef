import { Button, Heading } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { reviewsApi, type ReviewPath } from '../../api/reviews';
import { downloadBlob } from '../../ui/download';
import { FailureMessage } from '../../ui/feedback';
import { useSubmit } from '../../ui/useSubmit';
import './reviews.css';

/** Print (the browser's dialog, print CSS) or download the review as XLSX or PDF from the server, same figures. */
export function ReviewExport({
  path,
  params = {},
  fileBase,
}: {
  path: ReviewPath;
  params?: Record<string, string | number | undefined>;
  fileBase: string;
}) {
  const { t } = useTranslation();
  const { busy, failure, run } = useSubmit();
  const get = (format: 'xlsx' | 'pdf') =>
    run(async () => {
      const { file, fileName } = await reviewsApi.export(path, format, params);
      downloadBlob(file, fileName ?? `${fileBase}.${format}`);
    });
  return (
    <section aria-labelledby="gjennomgang-eksport" className="review-noprint">
      <Heading level={2} data-size="xs" id="gjennomgang-eksport">
        {t('reviews.exportHeading')}
      </Heading>
      <div className="review-actions">
        <Button variant="secondary" data-size="sm" onClick={() => window.print()}>
          {t('reviews.print')}
        </Button>
        <Button
          variant="secondary"
          data-size="sm"
          onClick={() => void get('xlsx')}
          disabled={busy}
          aria-busy={busy || undefined}
        >
          {t('reviews.xlsx')}
        </Button>
        <Button
          variant="secondary"
          data-size="sm"
          onClick={() => void get('pdf')}
          disabled={busy}
          aria-busy={busy || undefined}
        >
          {t('reviews.pdf')}
        </Button>
        {busy && <span role="status">{t('reviews.exporting')}</span>}
      </div>
      <FailureMessage failure={failure} fallback={t('reviews.exportFailed')} />
    </section>
  );
}
