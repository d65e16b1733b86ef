import { Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { inboxApi } from '../../api';
import { formatDateTime } from '../../format';
import { ErrorAlert, errorMessage } from '../../ui/ErrorAlert';
import { Loading } from '../../ui/Loading';
import { Section } from '../../ui/feedback';
import { useApi } from '../../useApi';

const STATE_COLOR = { pending: 'warning', sent: 'success', failed: 'danger' } as const;

/** «Utsendt e-post» for the administrator: each e-mail's state, tries and last error — never its content. */
export function OutboxSection() {
  const { t } = useTranslation();
  const outbox = useApi('innboks:utboks', () => inboxApi.outbox());
  return (
    <Section id="utboks" heading={t('inbox.outboxHeading')}>
      <Paragraph data-size="sm">{t('inbox.outboxHelp')}</Paragraph>
      {outbox.status === 'loading' && <Loading />}
      {outbox.status === 'error' && <ErrorAlert>{errorMessage(outbox.error, t('inbox.loadFailed'))}</ErrorAlert>}
      {outbox.status === 'ok' &&
        (outbox.data.mails.length === 0 ? (
          <Paragraph>{t('inbox.outboxEmpty')}</Paragraph>
        ) : (
          <Table data-size="sm" zebra>
            <caption className="ds-sr-only">{t('inbox.outboxHeading')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('inbox.outboxRecipient')}</Table.HeaderCell>
                <Table.HeaderCell>{t('inbox.outboxChannel')}</Table.HeaderCell>
                <Table.HeaderCell>{t('inbox.outboxKind')}</Table.HeaderCell>
                <Table.HeaderCell>{t('inbox.outboxState')}</Table.HeaderCell>
                <Table.HeaderCell>{t('inbox.outboxAttempts')}</Table.HeaderCell>
                <Table.HeaderCell>{t('inbox.outboxWhen')}</Table.HeaderCell>
                <Table.HeaderCell>{t('inbox.outboxError')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {outbox.data.mails.map((m) => (
                <Table.Row key={m.id}>
                  <Table.Cell>{m.recipient}</Table.Cell>
                  <Table.Cell>{t(`inbox.channel_${m.channel}`)}</Table.Cell>
                  <Table.Cell>{m.kind === 'summary' ? t('inbox.summary') : t(`inbox.kind_${m.kind}`)}</Table.Cell>
                  <Table.Cell>
                    <Tag data-color={STATE_COLOR[m.state]} data-size="sm">
                      {t(`inbox.state_${m.state}`)}
                    </Tag>
                  </Table.Cell>
                  <Table.Cell>{m.attempts}</Table.Cell>
                  <Table.Cell>
                    {m.sentAt
                      ? t('inbox.sentAt', { at: formatDateTime(m.sentAt) })
                      : m.state === 'pending'
                        ? t('inbox.nextAttempt', { at: formatDateTime(m.nextAttemptAt) })
                        : t('inbox.madeAt', { at: formatDateTime(m.createdAt) })}
                  </Table.Cell>
                  <Table.Cell>{m.lastError ?? ''}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        ))}
    </Section>
  );
}
