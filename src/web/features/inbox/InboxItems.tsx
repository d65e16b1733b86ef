import { Button, Card, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { INBOX_CHANGED, inboxApi, type InboxEntry } from '../../api';
import { formatDate, formatDateTime } from '../../format';
import { downloadBlob } from '../../ui/download';
import { FailureMessage, NoticeRegion, Section, useNotice } from '../../ui/feedback';
import { useSubmit } from '../../ui/useSubmit';

/** The items, newest first: what each is about (only what the reader may see), where the work is, and «Merk som lest». */
export function InboxItems({ items, onChanged }: { items: InboxEntry[]; onChanged: () => Promise<void> }) {
  const { t } = useTranslation();
  const { busy, failure, run } = useSubmit();
  const [notice, say] = useNotice();
  const changed = async (text: string) => {
    await onChanged();
    window.dispatchEvent(new Event(INBOX_CHANGED));
    say(text);
  };
  const markRead = (item: InboxEntry) =>
    run(async () => {
      await inboxApi.markRead(item.id);
      await changed(t('inbox.markedRead'));
    });
  const openNotice = (item: InboxEntry) =>
    run(async () => {
      const { file, fileName } = await inboxApi.notice(item.id);
      downloadBlob(file, fileName ?? item.notice?.fileName ?? 'melding.pdf');
      await changed(t('inbox.noticeOpened'));
    });
  return (
    <Section id="innboks-meldinger" heading={t('inbox.itemsHeading', { count: items.filter((i) => !i.read).length })}>
      <NoticeRegion notice={notice} />
      <FailureMessage failure={failure} fallback={t('inbox.actionFailed')} />
      {items.length === 0 ? (
        <Paragraph>{t('inbox.empty')}</Paragraph>
      ) : (
        <ul className="inbox-list">
          {items.map((item) => (
            <li key={item.id}>
              <Card data-color={item.read ? 'neutral' : 'accent'}>
                <Heading level={3} data-size="2xs">
                  {t(`inbox.kind_${item.kind}`)}
                  {!item.read && (
                    <>
                      {' '}
                      <Tag data-color="accent" data-size="sm">
                        {t('inbox.unreadTag')}
                      </Tag>
                    </>
                  )}
                </Heading>
                <Paragraph data-size="sm">
                  {item.child
                    ? t('inbox.childAbsent', { name: item.child.firstName, day: formatDate(item.child.day) })
                    : item.about && item.kind === 'guardian-document'
                      ? t('inbox.aboutChild', { pupil: item.about.pupilName })
                      : item.about && item.kind === 'school-environment' && !item.about.pupilName
                        ? t('inbox.aboutSchool', { school: item.about.schoolName })
                        : item.about
                          ? t('inbox.about', {
                              pupil: item.about.pupilName,
                              className: item.about.className,
                              school: item.about.schoolName,
                            })
                          : t(`inbox.hidden_${item.kind === 'participant' ? 'participant' : 'other'}`)}
                </Paragraph>
                {item.notice && (
                  <Paragraph data-size="sm">{t('inbox.noticeLevel', { level: item.notice.level })}</Paragraph>
                )}
                {item.taskText && <Paragraph data-size="sm">{t('inbox.task', { text: item.taskText })}</Paragraph>}
                <Paragraph data-size="xs">{t('inbox.received', { at: formatDateTime(item.createdAt) })}</Paragraph>
                <div className="button-row">
                  {item.notice && (
                    <Button data-size="sm" onClick={() => void openNotice(item)} disabled={busy}>
                      <span aria-hidden="true">📄 </span>
                      {t('inbox.openNotice')}
                    </Button>
                  )}
                  {item.caseLink && (
                    <Link asChild>
                      <RouterLink to={item.caseLink}>
                        {item.child
                          ? t('inbox.reportAbsence', { name: item.child.firstName })
                          : item.kind === 'health-concern'
                            ? t('inbox.openHealthConcern')
                            : t(/^\/(elev|barn)\//.test(item.caseLink) ? 'inbox.openPupil' : 'inbox.openCase', {
                                pupil: item.about?.pupilName ?? '',
                              })}
                      </RouterLink>
                    </Link>
                  )}
                  {!item.read && (
                    <Button variant="secondary" data-size="sm" onClick={() => void markRead(item)} disabled={busy}>
                      {t('inbox.markRead')}
                    </Button>
                  )}
                </div>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
