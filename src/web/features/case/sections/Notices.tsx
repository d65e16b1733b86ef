import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { caseApi } from '../../../api';
import type { NoticeTarget } from '../../../api';
import { downloadName, noticeTargets, suggestedNotice } from '../../../cases';
import { FailureMessage, Section, useFailure } from '../../../ui/feedback';
import { downloadBlob } from '../../../ui/download';
import { formatDateTime } from '../../../format';
import type { SectionProps } from '../types';

/** The id of a notice button, so a checklist task can send the keyboard there. */
export const noticeButtonId = (to: NoticeTarget) => `melding-${to}`;

// ——— Written notices ———

export function NoticesSection({ data, onChanged }: SectionProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<NoticeTarget | null>(null);
  const { failure, fail, clear } = useFailure();
  const suggested = suggestedNotice(data.state.level);

  async function make(to: NoticeTarget) {
    setBusy(to);
    clear();
    try {
      const { pdf, fileName } = await caseApi.notice(data.id, to);
      downloadBlob(pdf, fileName ?? downloadName('melding', to, data.pupil.lastName, data.pupil.firstName));
      await onChanged(t('cases.noticeMade'));
    } catch (err) {
      fail(err);
    } finally {
      setBusy(null);
    }
  }

  return (
    <Section id="skriftlige-meldinger" heading={t('cases.noticesHeading')}>
      <Paragraph data-size="sm">{t('cases.noticesHelp')}</Paragraph>
      {suggested && (
        <Paragraph data-size="sm">
          {t('cases.noticesSuggested', { level: data.state.level, to: t(`cases.noticeTo_${suggested}`) })}
        </Paragraph>
      )}
      <div className="button-row">
        {noticeTargets(data.state.level).map((to) => (
          <Button
            key={to}
            id={noticeButtonId(to)}
            variant={to === suggested ? 'primary' : 'secondary'}
            data-size="sm"
            onClick={() => void make(to)}
            disabled={busy !== null}
            aria-busy={busy === to || undefined}
          >
            <span aria-hidden="true">📄 </span>
            {busy === to ? t('cases.makingNotice') : t(`cases.notice_${to}`)}
          </Button>
        ))}
      </div>
      <FailureMessage failure={failure} fallback={t('cases.noticeFailed')} />
      {data.notices.length > 0 && (
        <>
          <Heading level={3} data-size="2xs">
            {t('inbox.receiptsHeading')}
          </Heading>
          <ul>
            {data.notices.map((n) => (
              <li key={n.id}>
                {t('inbox.receiptLine', {
                  to: t(`cases.notice_${n.to}`),
                  level: n.level,
                  at: formatDateTime(n.sentAt),
                  by: n.sentBy,
                })}
                {n.receipts.length === 0 ? (
                  <Paragraph data-size="sm">{t('inbox.receiptNobody')}</Paragraph>
                ) : (
                  <ul>
                    {n.receipts.map((r) => (
                      <li key={r.name}>
                        {r.readAt
                          ? t('inbox.receiptRead', { name: r.name, at: formatDateTime(r.readAt) })
                          : t('inbox.receiptUnread', { name: r.name })}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}
