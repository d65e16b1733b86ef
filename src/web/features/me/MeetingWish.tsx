import { Button, Checkbox, Fieldset, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pupilPageApi } from '../../api';
import type { MyPupilPage } from '../../api';
import { MEETING_PEOPLE, type MeetingPerson } from '../../../domain/pupil-page/pupil-page';
import { formatDateTime } from '../../format';
import { FailureMessage } from '../../ui/feedback';
import { toggle } from '../../ui/toggle';
import { useSubmit } from '../../ui/useSubmit';

/** Before a meeting: what the adults should know, and who the pupil wants there (the choices and others). */
export function MeetingWish({ data, onSent }: { data: MyPupilPage; onSent: (text: string) => Promise<void> }) {
  const { t } = useTranslation();
  const [know, setKnow] = useState('');
  const [who, setWho] = useState<MeetingPerson[]>([]);
  const [whoElse, setWhoElse] = useState('');
  const [problem, setProblem] = useState<string>();
  const { busy, failure, onSubmit } = useSubmit();
  const submit = onSubmit(async () => {
    if (!know.trim() && who.length === 0 && !whoElse.trim()) {
      setProblem(t('me.meeting.empty'));
      document.getElementById('mote-vite')?.focus();
      return;
    }
    setProblem(undefined);
    await pupilPageApi.sendMeetingWish({ wantAdultsToKnow: know, who, whoElse });
    setKnow('');
    setWho([]);
    setWhoElse('');
    await onSent(t('me.meeting.sent'));
  });
  const last = data.meetingWish;
  return (
    <>
      <Paragraph>{t('me.meeting.intro')}</Paragraph>
      <form className="stack-form" onSubmit={submit} noValidate>
        <Textfield
          id="mote-vite"
          multiline
          rows={4}
          label={t('me.meeting.know')}
          value={know}
          maxLength={2000}
          onChange={(e) => setKnow(e.target.value)}
          error={problem}
        />
        <Fieldset>
          <Fieldset.Legend>{t('me.meeting.who')}</Fieldset.Legend>
          {MEETING_PEOPLE.map((p) => (
            <Checkbox
              key={p}
              value={p}
              label={t(`me.meeting.people.${p}`)}
              checked={who.includes(p)}
              onChange={(e) => setWho(toggle(who, p, e.target.checked) as MeetingPerson[])}
            />
          ))}
        </Fieldset>
        <Textfield
          label={t('me.meeting.whoElse')}
          value={whoElse}
          maxLength={300}
          onChange={(e) => setWhoElse(e.target.value)}
        />
        <FailureMessage failure={failure} fallback={t('me.meeting.failed')} />
        <div className="button-row">
          <Button type="submit" disabled={busy} aria-busy={busy || undefined}>
            {t('me.meeting.send')}
          </Button>
        </div>
      </form>
      {last && (
        <div className="pupil-last-wish">
          <Heading level={3} data-size="xs">
            {t('me.meeting.last', { date: formatDateTime(last.writtenAt) })}
          </Heading>
          {last.wantAdultsToKnow && <Paragraph className="pupil-text">{last.wantAdultsToKnow}</Paragraph>}
          {(last.who.length > 0 || last.whoElse) && (
            <Paragraph>
              {t('me.meeting.lastWho', {
                who: [
                  ...last.who.map((p) => t(`me.meeting.people.${p}`)),
                  ...(last.whoElse ? [last.whoElse] : []),
                ].join(', '),
              })}
            </Paragraph>
          )}
        </div>
      )}
    </>
  );
}
