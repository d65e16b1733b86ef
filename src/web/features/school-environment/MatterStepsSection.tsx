import { Field, Label, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { schoolEnvironmentApi, type Matter } from '../../api';
import { appToday } from '../../appClock';
import { formatDate, formatDateTime } from '../../format';
import { InlinePanel } from '../../ui/InlinePanel';
import { FormButtons } from '../../ui/FormButtons';
import { ConflictHint, FailureMessage, Section, ServerFieldErrors } from '../../ui/feedback';
import { useSubmit } from '../../ui/useSubmit';

type Props = { matter: Matter; onChanged(next: Matter, text: string): void };
type RecordedStep = 'owner-notified' | 'investigated' | 'evaluated' | 'closed';

/** What was reported, and the matter's steps with the day each was done; the leadership records the next. */
export function MatterStepsSection({ matter, onChanged }: Props) {
  const { t } = useTranslation();
  const texts: [string, string | null][] = [
    [t('schoolEnvironment.findings'), matter.findings],
    [t('schoolEnvironment.evaluation'), matter.evaluation],
    [t('schoolEnvironment.closing'), matter.closing],
  ];
  return (
    <>
      <Section focusable id="meldt" heading={t('schoolEnvironment.reportedHeading')}>
        <Paragraph>{matter.report}</Paragraph>
        <Paragraph data-size="sm" className="class-list__meta">
          {t('schoolEnvironment.reportedBy', {
            name: matter.reportedByName,
            at: formatDateTime(matter.reportedAt),
            day: formatDate(matter.knownOn),
          })}{' '}
          {t(`schoolEnvironment.startedFrom_${matter.startedFrom}`)}
        </Paragraph>
      </Section>
      <Section focusable id="trinn" heading={t('schoolEnvironment.stepsHeading')}>
        <ol className="plain-list">
          {matter.steps.map((s) => {
            const step = t(`schoolEnvironment.step_${s.step}`);
            return (
              <li key={s.step}>
                {s.on
                  ? t('schoolEnvironment.stepDone', { step, day: formatDate(s.on) })
                  : t('schoolEnvironment.stepOpen', { step })}
              </li>
            );
          })}
        </ol>
        {texts
          .filter(([, text]) => text)
          .map(([label, text]) => (
            <Paragraph key={label}>
              <strong>{label}:</strong> {text}
            </Paragraph>
          ))}
        {matter.canEdit && matter.status === 'open' && (
          <InlinePanel label={t('schoolEnvironment.recordStep')}>
            {(panel) => (
              <StepForm
                matter={matter}
                onCancel={panel.close}
                onDone={(next) => panel.finish(async () => onChanged(next, t('schoolEnvironment.stepSaved')))}
              />
            )}
          </InlinePanel>
        )}
      </Section>
    </>
  );
}

function StepForm({
  matter,
  onCancel,
  onDone,
}: {
  matter: Matter;
  onCancel(): void;
  onDone(next: Matter): Promise<void>;
}) {
  const { t } = useTranslation();
  const choices: RecordedStep[] = [
    ...(matter.adultInvolved && !matter.ownerNotifiedAt ? (['owner-notified'] as const) : []),
    'investigated',
    ...(matter.planMadeOn ? (['evaluated'] as const) : []),
    'closed',
  ];
  const [step, setStep] = useState<RecordedStep>(
    matter.investigatedOn && matter.planMadeOn ? 'evaluated' : 'investigated',
  );
  const [on, setOn] = useState(() => appToday());
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const { busy, failure, run } = useSubmit();
  const stepRef = useRef<HTMLSelectElement>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => stepRef.current?.focus(), []);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (step !== 'owner-notified' && !text.trim()) {
      setProblem(t('schoolEnvironment.stepTextMissing'));
      textRef.current?.focus();
      return;
    }
    setProblem(undefined);
    await run(async () => {
      const { matter: next } = await schoolEnvironmentApi.step(matter.id, {
        version: matter.version,
        step,
        on,
        text: text.trim(),
      });
      await onDone(next);
    });
  }

  return (
    <form className="stack-form inline-panel" onSubmit={submit} noValidate>
      <FailureMessage failure={failure} fallback={t('schoolEnvironment.stepFailed')} />
      <ServerFieldErrors error={failure?.error} />
      <ConflictHint error={failure?.error} />
      <Field>
        <Label>{t('schoolEnvironment.stepField')}</Label>
        <Select ref={stepRef} value={step} onChange={(e) => setStep(e.target.value as RecordedStep)}>
          {choices.map((c) => (
            <Select.Option key={c} value={c}>
              {t(`schoolEnvironment.step_${c}`)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Textfield label={t('schoolEnvironment.stepOn')} type="date" value={on} onChange={(e) => setOn(e.target.value)} />
      <Textfield
        ref={textRef}
        multiline
        rows={3}
        label={t('schoolEnvironment.stepText')}
        description={t('schoolEnvironment.stepTextHelp')}
        value={text}
        onChange={(e) => setText(e.target.value)}
        error={problem}
      />
      <FormButtons busy={busy} submit={t('schoolEnvironment.stepSubmit')} onCancel={onCancel} />
    </form>
  );
}
