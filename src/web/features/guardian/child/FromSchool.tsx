import { Card, Heading, Link, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { guardianApi } from '../../../api';
import type { MyChild, SentDocument } from '../../../api';
import { formatDate, formatDateTime } from '../../../format';
import { FailureMessage, Section } from '../../../ui/feedback';
import { FormButtons } from '../../../ui/FormButtons';
import { InlinePanel, type InlinePanelControls } from '../../../ui/InlinePanel';
import { useSubmit } from '../../../ui/useSubmit';

type Changed = (text: string) => Promise<void>;

/** «kl. 10.00, Møterom 2»: a meeting's time and place where given (the place is withheld for a protected address). */
function when(t: (key: 'child.at', o: { time: string }) => string, time: string | null, place: string | null) {
  return [time ? t('child.at', { time: time.replace(':', '.') }) : null, place].filter(Boolean).join(', ');
}

/** The coming meetings the guardians take part in, with time and place, each with a reply to the invitation. */
export function Meetings({ data, onChanged }: { data: MyChild; onChanged: Changed }) {
  const { t } = useTranslation();
  return (
    <Section id="moter" heading={t('child.meetingsHeading')}>
      {data.meetings.length === 0 ? (
        <Paragraph>{t('child.noMeetings')}</Paragraph>
      ) : (
        <ul className="plain-list card-list">
          {data.meetings.map((m) => {
            const at = when(t, m.time, m.place);
            return (
              <li key={m.id}>
                <Card data-color="neutral">
                  <Heading level={3} data-size="2xs">
                    {t('child.meetingTitle', { title: m.title, date: formatDate(m.date) })}
                  </Heading>
                  {at && <Paragraph data-size="sm">{at}</Paragraph>}
                  {m.agenda && <Paragraph data-size="sm">{t('child.agenda', { agenda: m.agenda })}</Paragraph>}
                  <ReplyButton
                    pupilId={data.child.id}
                    target={{ meetingId: m.id }}
                    about={`${m.title} ${formatDate(m.date)}`}
                    onChanged={onChanged}
                  />
                </Card>
              </li>
            );
          })}
        </ul>
      )}
    </Section>
  );
}

/** The plans in force that the school has sent home: the goal and what each one does. */
export function ActivePlans({ data }: { data: MyChild }) {
  const { t } = useTranslation();
  return (
    <Section id="planer" heading={t('child.plansHeading')}>
      {data.activePlans.length === 0 ? (
        <Paragraph>{t('child.noPlans')}</Paragraph>
      ) : (
        data.activePlans.map((p) => (
          <div key={p.id} className="child-plan">
            <Heading level={3} data-size="2xs">
              {p.date ? t('child.planSince', { title: p.title, date: formatDate(p.date) }) : p.title}
            </Heading>
            {p.text && <Paragraph>{t('child.planGoal', { goal: p.text })}</Paragraph>}
            {p.plan && p.plan.lines.length > 0 && (
              <ul>
                {p.plan.lines.map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            )}
            {p.plan?.evaluationOn && (
              <Paragraph data-size="sm">
                {t('child.planEvaluation', { date: formatDate(p.plan.evaluationOn) })}
              </Paragraph>
            )}
          </div>
        ))
      )}
    </Section>
  );
}

/** Everything the school has sent home with «Send til foresatte», newest first, each with a reply. */
export function Documents({ data, onChanged }: { data: MyChild; onChanged: Changed }) {
  const { t } = useTranslation();
  return (
    <Section id="fra-skolen" heading={t('child.documentsHeading')}>
      {data.documents.length === 0 ? (
        <Paragraph>{t('child.noDocuments')}</Paragraph>
      ) : (
        <ul className="plain-list card-list">
          {data.documents.map((d) => (
            <li key={d.id}>
              <DocumentCard pupilId={data.child.id} document={d} onChanged={onChanged} />
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

function DocumentCard({
  pupilId,
  document: d,
  onChanged,
}: {
  pupilId: string;
  document: SentDocument;
  onChanged: Changed;
}) {
  const { t } = useTranslation();
  const heading =
    d.kind === 'minutes' && d.date
      ? t('child.minutesTitle', { title: d.title, date: formatDate(d.date) })
      : d.kind === 'letter' || d.kind === 'activity-plan'
        ? d.title
        : t('child.planTitle', { title: d.title });
  return (
    <Card data-color="neutral">
      <Heading level={3} data-size="2xs">
        {heading}
      </Heading>
      <Paragraph data-size="xs">{t('child.sentAt', { at: formatDateTime(d.sentAt) })}</Paragraph>
      {d.agenda && <Paragraph data-size="sm">{t('child.agenda', { agenda: d.agenda })}</Paragraph>}
      {d.text && (
        <Paragraph className="pre-line">{d.kind === 'plan' ? t('child.planGoal', { goal: d.text }) : d.text}</Paragraph>
      )}
      {d.letter && <Paragraph>{d.letter.action}</Paragraph>}
      {d.plan && d.plan.lines.length > 0 && (
        <ul>
          {d.plan.lines.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
      <Paragraph data-size="sm">
        <Link href={guardianApi.documentPdfUrl(pupilId, d)} download>
          {t('child.pdf')}
          <span className="ds-sr-only"> – {heading}</span>
        </Link>
      </Paragraph>
      <ReplyButton pupilId={pupilId} target={{ documentId: d.id }} about={heading} onChanged={onChanged} />
    </Card>
  );
}

function ReplyButton({
  pupilId,
  target,
  about,
  onChanged,
}: {
  pupilId: string;
  target: { documentId: string } | { meetingId: string };
  about: string;
  onChanged: Changed;
}) {
  const { t } = useTranslation();
  return (
    <div className="button-row">
      <InlinePanel
        label={
          <>
            {t('child.reply')}
            <span className="ds-sr-only"> – {about}</span>
          </>
        }
      >
        {(panel) => <ReplyForm pupilId={pupilId} target={target} panel={panel} onChanged={onChanged} />}
      </InlinePanel>
    </div>
  );
}

function ReplyForm({
  pupilId,
  target,
  panel,
  onChanged,
}: {
  pupilId: string;
  target: { documentId: string } | { meetingId: string };
  panel: InlinePanelControls;
  onChanged: Changed;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const { busy, failure, onSubmit } = useSubmit();
  const submit = onSubmit(async () => {
    if (!text.trim()) {
      setProblem(t('child.replyMissing'));
      return;
    }
    setProblem(undefined);
    await guardianApi.reply(pupilId, { ...target, text: text.trim() });
    await panel.finish(() => onChanged(t('child.replied')));
  });
  return (
    <form className="stack-form" onSubmit={submit} noValidate>
      <Textfield
        multiline
        rows={3}
        label={t('child.replyLabel')}
        description={t('child.replyHelp')}
        value={text}
        maxLength={2000}
        onChange={(e) => setText(e.target.value)}
        error={problem}
        autoFocus
      />
      <FailureMessage failure={failure} fallback={t('child.replyFailed')} />
      <FormButtons busy={busy} submit={t('child.sendReply')} onCancel={panel.close} />
    </form>
  );
}
