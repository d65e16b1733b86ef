import { Alert, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { auditApi } from '../../api';
import type { AccessLogEntry } from '../../api';
import { ErrorAlert, errorMessage } from '../../ui/ErrorAlert';
import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { formatDateTime, fullName } from '../../format';
import { useApi } from '../../useApi';

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
          {log.data.total > log.data.entries.length && (
            <Paragraph>{t('accessLog.truncated', { shown: log.data.entries.length, total: log.data.total })}</Paragraph>
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

function AccessTable({ entries }: { entries: AccessLogEntry[] }) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll" role="region" aria-label={t('accessLog.tableLabel')} tabIndex={0}>
      <Table data-size="sm" border zebra>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('accessLog.colWhen')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('accessLog.colWho')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('accessLog.colRole')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('accessLog.colOrganisation')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('accessLog.colWhat')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {entries.map((e, i) => (
            <Table.Row key={i}>
              <Table.HeaderCell scope="row">{formatDateTime(e.at)}</Table.HeaderCell>
              <Table.Cell>{e.name ?? t('accessLog.hidden')}</Table.Cell>
              <Table.Cell>{e.role}</Table.Cell>
              <Table.Cell>{e.organisation ?? t('accessLog.hidden')}</Table.Cell>
              <Table.Cell>
                {e.kindLabel} – {e.what}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
