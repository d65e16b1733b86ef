import { Button, Fieldset, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { schoolEnvironmentApi, type ActivityPlanDto, type Matter } from '../../api';
import { FormButtons } from '../../ui/FormButtons';
import { ConflictHint, FailureMessage, ServerFieldErrors } from '../../ui/feedback';
import { useSubmit } from '../../ui/useSubmit';

type Measure = ActivityPlanDto['measures'][number];
const blankMeasure = (): Measure => ({ what: '', when: '', responsible: '' });

/**
 * The aktivitetsplan's form: the five elements the law requires (§ 12-4 third paragraph) and the pupil's view.
 * Checked here first (each missing element said at its field), then by the server, which names the same fields.
 */
export function ActivityPlanForm({
  matter,
  onCancel,
  onDone,
}: {
  matter: Matter;
  onCancel(): void;
  onDone(next: Matter): Promise<void>;
}) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState(matter.plan?.problem ?? '');
  const [measures, setMeasures] = useState<Measure[]>(matter.plan?.measures ?? [blankMeasure()]);
  const [evaluationOn, setEvaluationOn] = useState(matter.plan?.evaluationOn ?? '');
  const [pupilView, setPupilView] = useState(matter.plan?.pupilView ?? '');
  const [tried, setTried] = useState(false);
  const { busy, failure, run } = useSubmit();
  const problemRef = useRef<HTMLTextAreaElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => problemRef.current?.focus(), []);

  const missing = (value: string) => (tried && !value.trim() ? t('schoolEnvironment.planMissing') : undefined);
  const setMeasure = (i: number, patch: Partial<Measure>) =>
    setMeasures((ms) => ms.map((m, j) => (j === i ? { ...m, ...patch } : m)));

  async function submit(e: FormEvent) {
    e.preventDefault();
    setTried(true);
    const complete =
      problem.trim() &&
      evaluationOn &&
      measures.length > 0 &&
      measures.every((m) => m.what.trim() && m.when.trim() && m.responsible.trim());
    if (!complete) {
      // The first field that lacks something, in the form's order.
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    await run(async () => {
      const { matter: next } = await schoolEnvironmentApi.savePlan(matter.id, matter.version, {
        problem,
        measures,
        evaluationOn,
        pupilView,
      });
      await onDone(next);
    });
  }

  return (
    <form ref={formRef} className="stack-form inline-panel" onSubmit={submit} noValidate>
      <FailureMessage failure={failure} fallback={t('schoolEnvironment.planFailed')} />
      <ServerFieldErrors error={failure?.error} />
      <ConflictHint error={failure?.error} />
      <Textfield
        ref={problemRef}
        multiline
        rows={3}
        label={t('schoolEnvironment.problem')}
        value={problem}
        onChange={(e) => setProblem(e.target.value)}
        error={missing(problem)}
      />
      {measures.map((m, i) => (
        <Fieldset key={i}>
          <Fieldset.Legend>{t('schoolEnvironment.measureRow', { n: i + 1 })}</Fieldset.Legend>
          <Textfield
            multiline
            rows={2}
            label={t('schoolEnvironment.measureWhat')}
            value={m.what}
            onChange={(e) => setMeasure(i, { what: e.target.value })}
            error={missing(m.what)}
          />
          <Textfield
            label={t('schoolEnvironment.measureWhen')}
            description={t('schoolEnvironment.measureWhenHelp')}
            value={m.when}
            onChange={(e) => setMeasure(i, { when: e.target.value })}
            error={missing(m.when)}
          />
          <Textfield
            label={t('schoolEnvironment.measureResponsible')}
            value={m.responsible}
            onChange={(e) => setMeasure(i, { responsible: e.target.value })}
            error={missing(m.responsible)}
          />
          {measures.length > 1 && (
            <div>
              <Button
                type="button"
                variant="tertiary"
                data-size="sm"
                onClick={() => setMeasures((ms) => ms.filter((_, j) => j !== i))}
              >
                {t('schoolEnvironment.removeMeasure', { n: i + 1 })}
              </Button>
            </div>
          )}
        </Fieldset>
      ))}
      <div>
        <Button
          type="button"
          variant="secondary"
          data-size="sm"
          onClick={() => setMeasures((ms) => [...ms, blankMeasure()])}
        >
          {t('schoolEnvironment.addMeasure')}
        </Button>
      </div>
      <Textfield
        label={t('schoolEnvironment.evaluationOn')}
        type="date"
        value={evaluationOn}
        onChange={(e) => setEvaluationOn(e.target.value)}
        error={missing(evaluationOn)}
      />
      <Textfield
        multiline
        rows={2}
        label={t('schoolEnvironment.pupilView')}
        description={t('schoolEnvironment.pupilViewHelp')}
        value={pupilView}
        onChange={(e) => setPupilView(e.target.value)}
      />
      <FormButtons busy={busy} submit={t('schoolEnvironment.savePlan')} onCancel={onCancel} />
    </form>
  );
}
