import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { privacyApi } from '../../adminApi';
import type { ErasureResult, PrivacyExportFormat } from '../../adminApi';
import { useUser } from '../../auth';
import { downloadName } from '../../cases';
import { FailureMessage, useFailure } from '../../ui/feedback';
import { downloadBlob } from '../../ui/download';
import { focusById, focusLater } from '../../ui/focus';

type Pupil = { id: string; firstName: string; lastName: string };

/** Who may see what on the elevmappe's privacy section; the server's policy table decides again. */
export function privacyPlan(roles: readonly { role: string }[]): { export: boolean; erase: boolean } {
  const names = roles.map((r) => r.role);
  return {
    export: names.includes('skoleledelse') || names.includes('administrator'),
    erase: names.includes('administrator'),
  };
}

/**
 * Personvern on the elevmappe (decision 054): the art. 15 export as PDF or JSON for the leadership and
 * the administrator, and — for the administrator — deletion of the case data by the retention rules,
 * confirmed first. The server's answer is shown as it is, a refusal too (it says what is kept and why).
 */
export function PupilPrivacyActions({ pupil }: { pupil: Pupil }) {
  const { t } = useTranslation();
  const plan = privacyPlan(useUser().roles);
  const [exporting, setExporting] = useState<PrivacyExportFormat | null>(null);
  const exportFailure = useFailure();
  const [confirming, setConfirming] = useState(false);
  const [erasing, setErasing] = useState(false);
  const [erased, setErased] = useState<ErasureResult | null>(null);
  const eraseFailure = useFailure();
  const eraseButton = useRef<HTMLButtonElement>(null);
  if (!plan.export) return null;

  async function download(format: PrivacyExportFormat) {
    setExporting(format);
    exportFailure.clear();
    try {
      const { file, fileName } = await privacyApi.exportData(pupil.id, format);
      downloadBlob(
        file,
        fileName ?? downloadName('innsyn', pupil.lastName, pupil.firstName).replace(/\.pdf$/, `.${format}`),
      );
    } catch (error) {
      exportFailure.fail(error);
    } finally {
      setExporting(null);
    }
  }

  function ask() {
    eraseFailure.clear();
    setErased(null);
    setConfirming(true);
    focusById('personvern-bekreft');
  }

  function cancel() {
    setConfirming(false);
    focusLater(eraseButton);
  }

  async function erase() {
    setErasing(true);
    eraseFailure.clear();
    try {
      setErased(await privacyApi.eraseCaseData(pupil.id));
      setConfirming(false);
    } catch (error) {
      eraseFailure.fail(error);
      setConfirming(false);
    } finally {
      setErasing(false);
      focusLater(eraseButton);
    }
  }

  return (
    <section aria-labelledby="mappe-personvern" className="home-section">
      <Heading level={2} data-size="sm" id="mappe-personvern">
        {t('privacy.heading')}
      </Heading>
      <Paragraph>{t('privacy.exportIntro')}</Paragraph>
      <div className="button-row">
        {(['pdf', 'json'] as const).map((format) => (
          <Button
            key={format}
            variant="secondary"
            data-size="sm"
            onClick={() => download(format)}
            disabled={exporting !== null}
            aria-busy={exporting === format || undefined}
          >
            {exporting === format
              ? t('privacy.exporting')
              : t(format === 'pdf' ? 'privacy.exportPdf' : 'privacy.exportJson')}
          </Button>
        ))}
      </div>
      <FailureMessage failure={exportFailure.failure} fallback={t('privacy.exportFailed')} />

      {plan.erase && (
        <>
          <Heading level={3} data-size="xs">
            {t('privacy.eraseHeading')}
          </Heading>
          <Paragraph>{t('privacy.eraseIntro')}</Paragraph>
          <Button
            ref={eraseButton}
            variant="secondary"
            data-color="danger"
            data-size="sm"
            onClick={ask}
            disabled={confirming || erasing}
          >
            {t('privacy.erase')}
          </Button>
          {confirming && (
            <div className="home-section" role="group" aria-labelledby="personvern-bekreft">
              <Paragraph id="personvern-bekreft" tabIndex={-1}>
                <strong>{t('privacy.confirmErase', { name: `${pupil.firstName} ${pupil.lastName}` })}</strong>
              </Paragraph>
              <div className="button-row">
                <Button
                  data-color="danger"
                  data-size="sm"
                  onClick={erase}
                  disabled={erasing}
                  aria-busy={erasing || undefined}
                >
                  {erasing ? t('privacy.erasing') : t('privacy.confirmEraseButton')}
                </Button>
                <Button variant="secondary" data-size="sm" onClick={cancel} disabled={erasing}>
                  {t('privacy.cancel')}
                </Button>
              </div>
            </div>
          )}
          <FailureMessage failure={eraseFailure.failure} fallback={t('privacy.eraseFailed')} />
          <div aria-live="polite">
            {erased && (
              <Alert data-color="success">
                <Paragraph>{erased.message}</Paragraph>
                {erased.kept.length > 0 && (
                  <ul>
                    {erased.kept.map((k) => (
                      <li key={k.rule}>
                        {k.title} ({k.law}): {k.why}
                      </li>
                    ))}
                  </ul>
                )}
              </Alert>
            )}
          </div>
        </>
      )}
    </section>
  );
}
