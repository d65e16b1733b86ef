import { Alert, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { auditApi } from '../../api';
import type { AccessLogEntry } from '../../api';
import { ErrorAlert, errorMessage } from '../../ui/ErrorAlert';
import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { formatDateTime, formatTime, fullName } from '../../format';
import { useApi } from '../../useApi';
import { ScrollTable } from '../../ui/ScrollTable';

/** «Hvem har sett saken»: the guardian sees who in the kommune has looked at their child's data, and can save it as a PDF. */
export function GuardianAccessLogPage() {
  const { t } = useTranslation();
  const { pupilId = '' } = useParams();
  const log = useApi(`access-log:${pupilId}`, () => auditApi.accessLog(pupilId));
  const child = log.status === 'ok' ? log.data.child : undefined;
  const title = child ? t('accessLog.title', { name: child.firstName }) : t('accessLog.loadingTitle');

  return (
    <Page title={title} heading={child ? t('accessLog.heading', { name: fullName(child) }) : title}>
      <Paragraph className="back-link">
        <Link asChild>
          <RouterLink to="/">{t('class.backHome')}</RouterLink>
        </Link>
      </Paragraph>
      {log.status === 'loading' && <Loading />}
      {log.status === 'error' && <ErrorAlert>{errorMessage(log.error, t('accessLog.loadFailed'))}</ErrorAlert>}
      {log.status === 'ok' && (
        <>
          <Paragraph>{t('accessLog.intro', { name: log.data.child.firstName })}</Paragraph>
          {log.data.child.protectedAddress && <Alert data-color="info">{t('accessLog.shielded')}</Alert>}
          <Paragraph>
            <Link href={auditApi.accessLogPdfUrl(pupilId)} download>
              {t('accessLog.pdf')}
            </Link>
          </Paragraph>
          {log.data.total > log.data.shown && (
            <Paragraph>{t('accessLog.truncated', { shown: log.data.shown, total: log.data.total })}</Paragraph>
          )}
          {log.data.entries.length === 0 ? (
            <Paragraph>{t('accessLog.none')}</Paragraph>
          ) : (
            <AccessTable entries={log.data.entries} />
          )}
        </>
      )}
    </Page>
  );
}

/**
 * Three columns, «Hva» next to the time, so the line reads on a phone (390 px) without a sideways swipe:
 * who, role and organisation share one cell. Repeated identical lookups of a day come as one line with a count.
 */
function AccessTable({ entries }: { entries: AccessLogEntry[] }) {
  const { t } = useTranslation();
  return (
    <ScrollTable
      label={t('accessLog.tableLabel')}
      className="access-log-table"
      columns={[t('accessLog.colWhen'), t('accessLog.colWhat'), t('accessLog.colWho')]}
    >
      {entries.map((e, i) => (
        <Table.Row key={i}>
          <Table.HeaderCell scope="row">
            {formatDateTime(e.at)}
            {e.count > 1 && (
              <span className="class-list__meta">
                {' '}
                {t('accessLog.times', { count: e.count, first: formatTime(e.firstAt) })}
              </span>
            )}
          </Table.HeaderCell>
          <Table.Cell>
            {e.kindLabel} – {e.what}
          </Table.Cell>
          <Table.Cell>
            {e.name ?? t('accessLog.hidden')}
            <span className="class-list__meta"> ({[e.role, e.organisation ?? t('accessLog.hidden')].join(', ')})</span>
          </Table.Cell>
        </Table.Row>
      ))}
    </ScrollTable>
  );
}
