import { Card, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { decisionApi } from '../../../api';
import type { MyChildDecisionsResponse } from '../../../api';
import { formatDate } from '../../../format';
import { ErrorAlert, errorMessage } from '../../../ui/ErrorAlert';
import { Section } from '../../../ui/feedback';
import { Loading } from '../../../ui/Loading';
import { useApi } from '../../../useApi';

type Sent = MyChildDecisionsResponse['decisions'][number];

/**
 * «Vedtak» on a guardian's child page (issue 22 item 2, decision 219): each forhåndsvarsel with its reply
 * deadline and each decision letter with the appeal deadline, as PDFs. Opening the decision letter here is the
 * family's receipt: the three weeks to appeal run from that day (the school's screen shows it).
 */
export function Decisions({ pupilId }: { pupilId: string }) {
  const { t } = useTranslation();
  const sent = useApi(`my-child-decisions:${pupilId}`, () => decisionApi.ofMyChild(pupilId));
  return (
    <Section id="vedtak" heading={t('decisions.childHeading')}>
      {sent.status === 'loading' && <Loading />}
      {sent.status === 'error' && <ErrorAlert>{errorMessage(sent.error, t('decisions.childLoadFailed'))}</ErrorAlert>}
      {sent.status === 'ok' &&
        (sent.data.decisions.length === 0 ? (
          <Paragraph>{t('decisions.childNone')}</Paragraph>
        ) : (
          <ul className="plain-list card-list">
            {sent.data.decisions.flatMap((d) => [
              d.letter && (
                <li key={`${d.id}-letter`}>
                  <LetterCard pupilId={pupilId} decision={d} letter={d.letter} />
                </li>
              ),
              d.notice && (
                <li key={`${d.id}-notice`}>
                  <NoticeCard pupilId={pupilId} decision={d} notice={d.notice} />
                </li>
              ),
            ])}
          </ul>
        ))}
    </Section>
  );
}

function LetterCard({
  pupilId,
  decision,
  letter,
}: {
  pupilId: string;
  decision: Sent;
  letter: NonNullable<Sent['letter']>;
}) {
  const { t } = useTranslation();
  const heading = t(decision.afterAppeal ? 'decisions.childChangedTitle' : 'decisions.childDecisionTitle', {
    kind: decision.kindName,
  });
  return (
    <Card data-color="neutral">
      <Heading level={3} data-size="2xs">
        {heading}
      </Heading>
      <Paragraph data-size="sm">{t('decisions.childDecisionLine', { sent: formatDate(letter.sentOn) })}</Paragraph>
      {letter.appealDeadline && (
        <Paragraph data-size="sm">
          {t('decisions.childAppealLine', { date: formatDate(letter.appealDeadline) })}
        </Paragraph>
      )}
      <Paragraph data-size="sm">
        <Link href={decisionApi.myChildPdfUrl(pupilId, decision.id, 'letter')} download>
          {t('decisions.childOpenLetter')}
          <span className="ds-sr-only"> – {heading}</span>
        </Link>
      </Paragraph>
    </Card>
  );
}

function NoticeCard({
  pupilId,
  decision,
  notice,
}: {
  pupilId: string;
  decision: Sent;
  notice: NonNullable<Sent['notice']>;
}) {
  const { t } = useTranslation();
  const heading = t('decisions.childNoticeTitle', { kind: decision.kindName });
  return (
    <Card data-color="neutral">
      <Heading level={3} data-size="2xs">
        {heading}
      </Heading>
      <Paragraph data-size="sm">
        {t('decisions.childNoticeLine', { sent: formatDate(notice.sentOn), due: formatDate(notice.replyBy) })}
      </Paragraph>
      <Paragraph data-size="sm">
        <Link href={decisionApi.myChildPdfUrl(pupilId, decision.id, 'notice')} download>
          {t('decisions.childOpenNotice')}
          <span className="ds-sr-only"> – {heading}</span>
        </Link>
      </Paragraph>
    </Card>
  );
}
