import { Button, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import { PrintInLanguages } from '../../../components/PrintInLanguages';
import { useTranslation } from 'react-i18next';
import { caseApi } from '../../../api';
import type { Consent } from '../../../api';
import { downloadName } from '../../../cases';
import { ConflictHint, FailureMessage, useFailure } from '../../../ui/feedback';
import { focusById, focusLater } from '../../../ui/focus';
import { ErrorAlert, errorMessage } from '../../../ui/ErrorAlert';
import { downloadBlob } from '../../../ui/download';
import { formatDate } from '../../../format';
import type { SectionProps } from '../types';
import { STATE_COLOR, Fact } from './ConsentSection';
import { WithdrawForm } from './WithdrawForm';
import { ScanForm } from './ScanForm';

export function ConsentItem({ data, consent, onChanged }: SectionProps & { consent: Consent }) {
  const { t } = useTranslation();
  const [panel, setPanel] = useState<'withdraw' | 'scan' | null>(null);
  const withdrawButton = useRef<HTMLButtonElement>(null);
  const scanButton = useRef<HTMLButtonElement>(null);
  const headingId = `samtykke-${consent.id}`;
  const label = t('consent.itemHeading', { state: consent.stateLabel, date: formatDate(consent.consentDate) });
  const who = [...consent.guardianNames, ...(consent.pupilConsented ? [t('consent.pupilToo')] : [])];
  const heldBack = [
    consent.heldBackMatters ? t('consent.heldBackMatters', { text: consent.heldBackMatters }) : null,
    consent.excludedServices.length
      ? t('consent.heldBackServices', { list: consent.excludedServices.map((s) => s.label).join(', ') })
      : null,
    consent.excludedUserNames.length || consent.excludedPersons
      ? t('consent.heldBackPersons', {
          list: [...consent.excludedUserNames, ...(consent.excludedPersons ? [consent.excludedPersons] : [])].join(
            ', ',
          ),
        })
      : null,
  ].filter((x): x is string => x !== null);
  const writable = !data.readOnly;
  const close = (button: HTMLButtonElement | null) => {
    setPanel(null);
    focusLater(button);
  };

  return (
    <li className="meeting consent" data-consent-id={consent.id}>
      <Heading level={3} data-size="2xs" id={headingId} tabIndex={-1}>
        <Tag data-color={STATE_COLOR[consent.state]} data-size="sm">
          {consent.stateLabel}
        </Tag>
        {' · '}
        {formatDate(consent.consentDate)}
      </Heading>
      <dl className="case-facts">
        <Fact term={t('consent.services')}>
          {consent.services.length ? consent.services.map((s) => s.label).join(', ') : t('consent.noServices')}
        </Fact>
        <Fact term={t('consent.consentedBy')}>{who.join(', ')}</Fact>
        <Fact term={t('consent.heldBack')}>
          {heldBack.length === 0 ? (
            t('consent.heldBackNone')
          ) : (
            <ul className="plain-list">
              {heldBack.map((h) => (
                <li key={h}>{h}</li>
              ))}
            </ul>
          )}
        </Fact>
        {consent.decision === 'granted' && (
          <Fact term={t('consent.stafettlogg')}>{consent.stafettlogg ? t('consent.yes') : t('consent.no')}</Fact>
        )}
        <Fact term={t('consent.collectedBy')}>
          {t('consent.collectedByValue', { name: consent.collectedByName, place: consent.collectedAtService })}
        </Fact>
        <Fact term={t('consent.informationGiven')}>{consent.informationGiven}</Fact>
        <Fact term={t('consent.scope')}>{consent.scope}</Fact>
      </dl>
      {consent.withdrawnOn && (
        <Paragraph data-size="sm">
          {t('consent.withdrawnOn', { date: formatDate(consent.withdrawnOn), reason: consent.withdrawalReason ?? '' })}
        </Paragraph>
      )}
      {consent.expiredOn && consent.state === 'utløpt' && (
        <Paragraph data-size="sm">{t('consent.expiredOn', { date: formatDate(consent.expiredOn) })}</Paragraph>
      )}
      {consent.scan && (
        <Paragraph data-size="sm">
          <Link href={caseApi.consentScanUrl(data.id, consent.id)} download={consent.scan.fileName}>
            {t('consent.scanLink', { fileName: consent.scan.fileName })}
          </Link>{' '}
          <span className="class-list__meta">
            {t('consent.scanMeta', { date: formatDate(consent.scan.uploadedAt.slice(0, 10)) })}
          </span>
        </Paragraph>
      )}
      <div className="button-row">
        <PrintButton data={data} consent={consent} label={label} onChanged={onChanged} />
        {writable && consent.state === 'gyldig' && (
          <Button
            ref={withdrawButton}
            variant={panel === 'withdraw' ? 'primary' : 'secondary'}
            data-size="sm"
            aria-expanded={panel === 'withdraw'}
            onClick={() => setPanel(panel === 'withdraw' ? null : 'withdraw')}
          >
            {t('consent.withdraw')}
            <span className="ds-sr-only"> – {label}</span>
          </Button>
        )}
        {writable && (
          <Button
            ref={scanButton}
            variant={panel === 'scan' ? 'primary' : 'tertiary'}
            data-size="sm"
            aria-expanded={panel === 'scan'}
            onClick={() => setPanel(panel === 'scan' ? null : 'scan')}
          >
            {t('consent.attachScan')}
            <span className="ds-sr-only"> – {label}</span>
          </Button>
        )}
      </div>
      {panel === 'withdraw' && (
        <WithdrawForm
          data={data}
          consent={consent}
          onCancel={() => close(withdrawButton.current)}
          onDone={async () => {
            setPanel(null);
            await onChanged(t('consent.withdrawn'));
            focusById(headingId);
          }}
        />
      )}
      {panel === 'scan' && (
        <ScanForm
          data={data}
          consent={consent}
          onCancel={() => close(scanButton.current)}
          onDone={async () => {
            setPanel(null);
            await onChanged(t('consent.scanSaved'));
            focusById(headingId);
          }}
        />
      )}
    </li>
  );
}

/** The consent form with signature lines, downloaded as the minutes and letters are. */
function PrintButton({ data, consent, label, onChanged }: SectionProps & { consent: Consent; label: string }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const { failure, fail, clear } = useFailure();
  async function print() {
    setBusy(true);
    clear();
    try {
      const { pdf, fileName } = await caseApi.consentPdf(data.id, consent.id);
      downloadBlob(
        pdf,
        fileName ?? downloadName('samtykke', data.pupil.lastName, data.pupil.firstName, consent.consentDate),
      );
      await onChanged(t('consent.printed'));
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  }
  return (
    <>
      <Button
        variant="secondary"
        data-size="sm"
        onClick={() => void print()}
        disabled={busy}
        aria-busy={busy || undefined}
      >
        <span aria-hidden="true">📄 </span>
        {busy ? t('consent.printing') : t('consent.print')}
        <span className="ds-sr-only"> – {label}</span>
      </Button>
      <PrintInLanguages
        languages={data.documentLanguages}
        label={label}
        print={(language) => caseApi.consentPdf(data.id, consent.id, language)}
        fileName={(language) =>
          downloadName(`samtykke-${language}`, data.pupil.lastName, data.pupil.firstName, consent.consentDate)
        }
      />
      <FailureMessage failure={failure} fallback={t('consent.printFailed')} />
    </>
  );
}

/** The server's message as it is (also the 409 "someone changed it"), with "Hent nyeste versjon" after a conflict. */
export function Refusal({
  failure,
  fallback,
}: {
  failure: { error: unknown; attempt: number } | null;
  fallback: string;
}) {
  if (!failure) return null;
  return (
    <div key={failure.attempt}>
      <ErrorAlert>{errorMessage(failure.error, fallback)}</ErrorAlert>
      <ConflictHint error={failure.error} />
    </div>
  );
}
