import {
  Button,
  Fieldset,
  Heading,
  Paragraph,
  Radio,
  Table,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pupilPageApi } from '../../api';
import type { MyPupilPage } from '../../api';
import { SCALE_MAX, SCALE_MIN } from '../../../domain/pupil-page/pupil-page';
import { formatDate } from '../../format';
import { FailureMessage } from '../../ui/feedback';
import { ScrollTable } from '../../ui/ScrollTable';
import { useSubmit } from '../../ui/useSubmit';

const SCORES = Array.from({ length: SCALE_MAX - SCALE_MIN + 1 }, (_, i) => SCALE_MIN + i);
const weekNumber = (week: string) => Number(week.slice(week.indexOf('W') + 1));

/** «Hvordan har skoleuka vært?» 1–10 as ten large radio buttons, and what would make it one step better. */
export function WeekCheckin({ data, onSaved }: { data: MyPupilPage; onSaved: (text: string) => Promise<void> }) {
  const { t } = useTranslation();
  const saved = data.checkin;
  const [score, setScore] = useState<number | null>(saved?.score ?? null);
  const [oneStep, setOneStep] = useState(saved?.oneStepBetter ?? '');
  const [problem, setProblem] = useState<string>();
  const { busy, failure, onSubmit } = useSubmit();
  const submit = onSubmit(async () => {
    if (score === null) {
      setProblem(t('me.week.pickScore'));
      document.getElementById('uka-1')?.focus();
      return;
    }
    setProblem(undefined);
    await pupilPageApi.saveCheckin({ score, oneStepBetter: oneStep, version: saved?.version ?? null });
    await onSaved(saved ? t('me.week.changed') : t('me.week.sent'));
  });
  return (
    <>
      <Paragraph data-size="sm" className="class-meta">
        {t('me.week.weekOf', {
          number: weekNumber(data.week),
          from: formatDate(data.weekFrom),
          to: formatDate(data.weekTo),
        })}
      </Paragraph>
      {saved && <Paragraph>{t('me.week.answered', { score: saved.score })}</Paragraph>}
      <form className="stack-form" onSubmit={submit} noValidate>
        <Fieldset>
          <Fieldset.Legend>{t('me.week.legend')}</Fieldset.Legend>
          <Fieldset.Description>
            {t('me.week.low')}. {t('me.week.high')}.
          </Fieldset.Description>
          <div className="scale-choice">
            {SCORES.map((n) => (
              <Radio
                key={n}
                id={`uka-${n}`}
                name="uka"
                value={String(n)}
                label={String(n)}
                checked={score === n}
                onChange={() => setScore(n)}
                aria-invalid={problem ? true : undefined}
              />
            ))}
          </div>
          {problem && <ValidationMessage>{problem}</ValidationMessage>}
        </Fieldset>
        <Textfield
          multiline
          rows={3}
          label={t('me.week.oneStep')}
          description={t('me.week.oneStepHelp')}
          value={oneStep}
          maxLength={2000}
          onChange={(e) => setOneStep(e.target.value)}
        />
        <FailureMessage failure={failure} fallback={t('me.week.failed')} />
        <div className="button-row">
          <Button type="submit" disabled={busy} aria-busy={busy || undefined}>
            {saved ? t('me.week.change') : t('me.week.send')}
          </Button>
        </div>
      </form>
      {data.earlier.length > 0 && (
        <>
          <Heading level={3} data-size="xs" id="uka-tidligere">
            {t('me.week.earlierHeading')}
          </Heading>
          <ScrollTable labelledBy="uka-tidligere" columns={[t('me.week.earlierWeek'), t('me.week.earlierScore')]}>
            {data.earlier.map((c) => (
              <Table.Row key={c.week}>
                <Table.Cell>{weekNumber(c.week)}</Table.Cell>
                <Table.Cell>{c.score}</Table.Cell>
              </Table.Row>
            ))}
          </ScrollTable>
        </>
      )}
    </>
  );
}
