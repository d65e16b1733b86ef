import { Button, Card, Heading, Tag, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { archiveApi } from '../../api';
import type { ArchiveExtract } from '../../api';
import { appToday } from '../../appClock';
import { formatDate, formatDateTime, formatList, formatNumber } from '../../format';
import { FailureMessage } from '../../ui/feedback';
import { useSubmit } from '../../ui/useSubmit';
import { downloadBlob } from '../../ui/download';

/**
 * One archive extract (decision 223): what it holds, when and why it was made, its checksum, and whether it has
 * been handed over to the kommune's archive — downloaded and marked as handed over in place. On «Arkivuttrekk»
 * and under a closed case or matter (decision 235).
 */
export function ExtractCard({
  extract: e,
  onHandedOver,
}: {
  extract: ArchiveExtract;
  onHandedOver: (on: string) => void;
}) {
  const { t } = useTranslation();
  const [date, setDate] = useState(appToday());
  const [archive, setArchive] = useState('');
  const submit = useSubmit();
  const made = formatDateTime(e.madeAt);
  // A school's period holds its closed cases and its closed school environment matters (decision 231).
  const about =
    e.scope === 'case'
      ? t('archive.scopeCase', { pupils: formatList(e.pupils) })
      : e.scope === 'matter'
        ? t('archive.scopeMatter', { pupils: formatList(e.pupils) })
        : [
            t('archive.scopeSchool', {
              school: e.schoolName,
              from: formatDate(e.periodFrom),
              to: formatDate(e.periodTo),
              count: e.cases,
              cases: formatNumber(e.cases),
            }),
            ...(e.matters > 0
              ? [t('archive.scopeMatters', { count: e.matters, matters: formatNumber(e.matters) })]
              : []),
          ].join(' ');

  async function download() {
    submit.clear();
    try {
      const { file, fileName } = await archiveApi.downloadExtract(e.id);
      downloadBlob(file, fileName ?? e.fileName);
    } catch (error) {
      submit.fail(error);
    }
  }

  const handOver = submit.onSubmit(async () => {
    submit.clear();
    await archiveApi.handOver(e.id, date, e.version, archive.trim() || undefined);
    onHandedOver(date);
  });

  return (
    <Card data-color="neutral">
      <Heading level={3} data-size="xs">
        {about}
      </Heading>
      <dl className="archive-facts">
        <dt>{t('archive.made')}</dt>
        <dd>
          {t('archive.madeBy', { date: made, name: e.madeBy })} (
          {e.reason === 'closed' ? t('archive.reasonClosed') : t('archive.reasonOnDemand')})
        </dd>
        <dt>{t('archive.documents')}</dt>
        <dd>{formatNumber(e.documents)}</dd>
        <dt>{t('archive.checksum')}</dt>
        <dd className="archive-checksum">{e.sha256}</dd>
        <dt>{t('archive.status')}</dt>
        <dd>
          {e.handedOverOn ? (
            <Tag data-color="success">
              {e.handedOverTo
                ? t('archive.handedOverTo', {
                    date: formatDate(e.handedOverOn),
                    name: e.handedOverBy ?? '',
                    archive: e.handedOverTo,
                  })
                : t('archive.handedOver', { date: formatDate(e.handedOverOn), name: e.handedOverBy ?? '' })}
            </Tag>
          ) : (
            <Tag data-color="warning">{t('archive.notHandedOver')}</Tag>
          )}
        </dd>
      </dl>
      <div className="archive-actions">
        <Button variant="secondary" onClick={download} aria-label={t('archive.downloadFor', { date: made })}>
          {t('archive.download')}
        </Button>
        {!e.handedOverOn && (
          <form className="archive-hand-over" onSubmit={handOver}>
            <Textfield
              label={t('archive.handOverDate')}
              type="date"
              value={date}
              max={appToday()}
              onChange={(ev) => setDate(ev.target.value)}
              required
            />
            <Textfield
              label={t('archive.handOverArchive')}
              description={t('archive.handOverArchiveHelp')}
              value={archive}
              maxLength={200}
              onChange={(ev) => setArchive(ev.target.value)}
            />
            <Button type="submit" disabled={submit.busy}>
              {t('archive.handOver')}
            </Button>
          </form>
        )}
      </div>
      <FailureMessage failure={submit.failure} fallback={t('archive.handOverFailed')} />
    </Card>
  );
}
