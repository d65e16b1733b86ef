import { Button, Card, Heading, Link, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { decisionApi } from '../../../api';
import type { MyChildDecisionsResponse } from '../../../api';
import { formatDate } from '../../../format';
import { ErrorAlert, errorMessage } from '../../../ui/ErrorAlert';
import { FailureMessage, NoticeRegion, ReloadContext, Section, useNotice } from '../../../ui/feedback';
import { focusById, focusLater } from '../../../ui/focus';
import { useInlinePanel } from '../../../ui/InlinePanel';
import { Loading } from '../../../ui/Loading';
import { useSubmit } from '../../../ui/useSubmit';
import { useApi } from '../../../useApi';

type Sent = MyChildDecisionsResponse['decisions'][number];
type Notice = NonNullable<Sent['notice']>;

/** The longest reply the server takes (the contract's `text`). */
const MAX_REPLY = 4000;

/**
 * «Vedtak» on a guardian's child page (issue 22 item 2, decisions 219 and 228): each forhåndsvarsel with its reply
 * deadline and the guardians' answer to it, and each decision letter with the appeal deadline, as PDFs. Opening
 * the decision letter here is the family's receipt: the three weeks to appeal run from that day (the school's
 * screen shows it). A 409 on the reply fetches the newest version and keeps what was written.
 */
export function Decisions({ pupilId }: { pupilId: string }) {
  const { t } = useTranslation();
  const sent = useApi(`my-child-decisions:${pupilId}`, () => decisionApi.ofMyChild(pupilId));
  const refresh = sent.refresh;
  return (
    <ReloadContext.Provider value={() => void refresh()}>
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
                    <NoticeCard pupilId={pupilId} decision={d} notice={d.notice} onChanged={refresh} />
                  </li>
                ),
              ])}
            </ul>
          ))}
      </Section>
    </ReloadContext.Provider>
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
  onChanged,
}: {
  pupilId: string;
  decision: Sent;
  notice: Notice;
  onChanged(): Promise<void>;
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
      <NoticeReply pupilId={pupilId} decision={decision} notice={notice} onChanged={onChanged} />
    </Card>
  );
}

/**
 * The guardians' answer to the forhåndsvarsel (decision 228): the reply as it stands, the form to send one while
 * the deadline runs, «Endre svaret» for the one who sent it until the decision is made, or a line saying the
 * deadline has passed. After sending, the keyboard goes to the confirmation.
 */
function NoticeReply({
  pupilId,
  decision,
  notice,
  onChanged,
}: {
  pupilId: string;
  decision: Sent;
  notice: Notice;
  onChanged(): Promise<void>;
}) {
  const { t } = useTranslation();
  const [done, announce] = useNotice();
  const edit = useInlinePanel();
  const doneId = `vedtak-svar-sendt-${decision.id}`;
  const reply = notice.reply;
  const sent = async () => {
    await onChanged();
    announce(t('decisions.childReplySent'));
    focusById(doneId);
  };
  const open = notice.replyChance === 'send' || notice.replyChance === 'edit';
  return (
    <div className="stack-form">
      {reply && (
        <>
          <Paragraph data-size="sm">
            {reply.channel === 'naervaer'
              ? t('decisions.childReplyYours', { date: formatDate(reply.on), name: reply.byName ?? '' })
              : t('decisions.childReplyRecorded', { date: formatDate(reply.on) })}
          </Paragraph>
          <blockquote className="reply-quote">
            <Paragraph data-size="sm">{reply.text}</Paragraph>
          </blockquote>
        </>
      )}
      {open && !notice.mayReply && <Paragraph data-size="sm">{t('decisions.childReplyNotResponsible')}</Paragraph>}
      {notice.replyChance === 'late' && (
        <Paragraph data-size="sm">{t('decisions.childReplyLate', { date: formatDate(notice.replyBy) })}</Paragraph>
      )}
      {notice.mayReply && notice.replyChance === 'send' && (
        <ReplyForm pupilId={pupilId} decision={decision} initial="" onDone={sent} />
      )}
      {notice.mayReply && notice.replyChance === 'edit' && (
        <>
          <Paragraph data-size="sm">{t('decisions.childReplyEditHelp')}</Paragraph>
          <div className="button-row">
            <Button {...edit.triggerProps} variant="secondary" data-size="sm">
              {t('decisions.childReplyEdit')}
            </Button>
          </div>
          {edit.open && (
            <ReplyForm
              pupilId={pupilId}
              decision={decision}
              initial={reply?.text ?? ''}
              onDone={() => edit.finish(sent)}
              onCancel={edit.close}
            />
          )}
        </>
      )}
      <NoticeRegion notice={done} alertId={doneId} />
    </div>
  );
}

function ReplyForm({
  pupilId,
  decision,
  initial,
  onDone,
  onCancel,
}: {
  pupilId: string;
  decision: Sent;
  initial: string;
  onDone(): Promise<void>;
  onCancel?(): void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(initial);
  const [problem, setProblem] = useState<string | undefined>();
  const { busy, failure, onSubmit } = useSubmit();
  const fieldId = `vedtak-svar-${decision.id}`;
  const submit = onSubmit(async () => {
    if (!text.trim()) {
      setProblem(t('decisions.childReplyMissing'));
      focusLater(() => document.getElementById(fieldId));
      return;
    }
    setProblem(undefined);
    // The version as the page has it now: after «Hent nyeste versjon» the newest, with the text kept.
    await decisionApi.replyToNotice(pupilId, decision.id, { version: decision.version, text: text.trim() });
    await onDone();
  });
  return (
    <form className="stack-form" onSubmit={submit} noValidate>
      <Textfield
        id={fieldId}
        multiline
        rows={4}
        label={t('decisions.childReplyLabel')}
        description={t('decisions.childReplyHelp')}
        value={text}
        maxLength={MAX_REPLY}
        onChange={(e) => setText(e.target.value)}
        error={problem}
        autoFocus={initial !== ''}
      />
      <FailureMessage failure={failure} fallback={t('decisions.childReplyFailed')} />
      <div className="button-row">
        <Button type="submit" data-size="sm" disabled={busy} aria-busy={busy || undefined}>
          {t('decisions.childReplySend')}
        </Button>
        {onCancel && (
          <Button type="button" variant="tertiary" data-size="sm" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}
