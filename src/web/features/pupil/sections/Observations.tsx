import { Field, Label, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import { SchoolEnvironmentTicks } from '../../../components/SchoolEnvironmentTicks';
import type { FormEvent } from 'react';
import { InlinePanel } from '../../../ui/InlinePanel';
import { useSubmit } from '../../../ui/useSubmit';
import { FailureMessage, Section } from '../../../ui/feedback';
import { FormButtons } from '../../../ui/FormButtons';
import { useTranslation } from 'react-i18next';
import { newAlerts } from '../../../absence';
import { appToday } from '../../../appClock';
import { OBSERVATION_KINDS, api } from '../../../api';
import type { Alert as AlertType, ObservationKind, ObservationRule } from '../../../api';
import { formatDate } from '../../../format';
import type { SectionProps } from '../types';

// ——— Observations ———

export function ObservationsSection({ data, onChanged }: SectionProps) {
  const { t } = useTranslation();
  const observations = [...data.observations].sort((a, b) => b.observedOn.localeCompare(a.observedOn));
  // Older data may lack the list; an observation's rule may have left the profile since (then its id is shown).
  const rules = data.observationRules ?? [];
  const ruleTitle = new Map(rules.map((r) => [r.id, r.title]));
  return (
    <Section focusable id="observasjoner" heading={t('pupil.observationsHeading')}>
      <Paragraph data-size="sm">{t('pupil.observationsHelp')}</Paragraph>
      {observations.length === 0 ? (
        <Paragraph>{t('pupil.noObservations')}</Paragraph>
      ) : (
        <ul className="plain-list">
          {observations.map((o) => (
            <li key={o.id}>
              <strong>
                {formatDate(o.observedOn)} · {t(`observations.kind_${o.kind}`)}
              </strong>
              {o.ruleId && (
                <>
                  <br />
                  <em>{t('observations.forRule', { rule: ruleTitle.get(o.ruleId) ?? o.ruleId })}</em>
                </>
              )}
              <br />
              {o.description}
              <br />
              <span className="class-list__meta">{t('pupil.recordedBy', { name: o.recordedByName })}</span>
            </li>
          ))}
        </ul>
      )}
      <InlinePanel label={t('observations.add')}>
        {(panel) => (
          <ObservationForm
            pupilId={data.pupil.id}
            rules={rules}
            onCancel={panel.close}
            onDone={(alerts, matterStarted) =>
              panel.finish(async () => {
                // Like the register: name the rules of the alerts the observation raised (those not open before).
                // Each rule once: a changed profile can raise several episodes of one rule at a time.
                const fresh = newAlerts(alerts, new Set(data.alerts.map((a) => a.id)));
                const titles = [...new Set(fresh.map((a) => a.ruleTitle))].join('; ');
                const saved = matterStarted
                  ? `${t('observations.saved')} ${t('schoolEnvironment.observationStarted')}`
                  : t('observations.saved');
                await onChanged(
                  fresh.length > 0
                    ? `${saved} ${t('observations.newAlerts', { count: fresh.length, rules: titles })}`
                    : saved,
                );
              })
            }
          />
        )}
      </InlinePanel>
    </Section>
  );
}

function ObservationForm({
  pupilId,
  rules,
  onCancel,
  onDone,
}: {
  pupilId: string;
  rules: ObservationRule[];
  onCancel(): void;
  onDone(openAlerts: AlertType[], matterStarted: boolean): Promise<void>;
}) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<ObservationKind>('alvorlig-hendelse');
  const [observedOn, setObservedOn] = useState(() => appToday());
  const [description, setDescription] = useState('');
  const [ruleId, setRuleId] = useState('');
  // Bullying, violence, harassment or an adult's conduct starts the aktivitetsplikt (decision 187).
  const [schoolEnvironment, setSchoolEnvironment] = useState(false);
  const [adultInvolved, setAdultInvolved] = useState(false);
  const [problem, setProblem] = useState<string | undefined>();
  const { busy, failure, run } = useSubmit();
  const kindRef = useRef<HTMLSelectElement>(null);
  const descriptionRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => kindRef.current?.focus(), []);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!description.trim()) {
      setProblem(t('observations.missingDescription'));
      descriptionRef.current?.focus();
      return;
    }
    setProblem(undefined);
    await run(async () => {
      const result = await api.createObservation(pupilId, {
        kind,
        observedOn,
        description: description.trim(),
        ...(ruleId ? { ruleId } : {}),
        ...(schoolEnvironment ? { schoolEnvironment } : {}),
        ...(adultInvolved ? { adultInvolved } : {}),
      });
      await onDone(result.alerts, result.schoolEnvironmentMatterId !== null);
    });
  }

  return (
    <form className="stack-form inline-panel" onSubmit={submit} noValidate>
      <FailureMessage failure={failure} fallback={t('observations.failed')} />
      <Field>
        <Label>{t('observations.kind')}</Label>
        <Select ref={kindRef} value={kind} onChange={(e) => setKind(e.target.value as ObservationKind)}>
          {OBSERVATION_KINDS.map((k) => (
            <Select.Option key={k} value={k}>
              {t(`observations.kind_${k}`)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      {rules.length > 0 && (
        <Field>
          <Label>{t('observations.rule')}</Label>
          <Field.Description>{t('observations.ruleHelp')}</Field.Description>
          <Select value={ruleId} onChange={(e) => setRuleId(e.target.value)}>
            <Select.Option value="">{t('observations.ruleNone')}</Select.Option>
            {rules.map((r) => (
              <Select.Option key={r.id} value={r.id}>
                {r.title}
              </Select.Option>
            ))}
          </Select>
        </Field>
      )}
      <Textfield
        label={t('observations.observedOn')}
        type="date"
        value={observedOn}
        onChange={(e) => setObservedOn(e.target.value)}
      />
      <Textfield
        ref={descriptionRef}
        multiline
        rows={3}
        label={t('observations.description')}
        value={description}
        onChange={(e) => setDescription(e.target.value)}
        error={problem}
      />
      <SchoolEnvironmentTicks
        schoolEnvironment={schoolEnvironment}
        adultInvolved={adultInvolved}
        onChange={(ticks) => {
          setSchoolEnvironment(ticks.schoolEnvironment);
          setAdultInvolved(ticks.adultInvolved);
        }}
      />
      <FormButtons busy={busy} submit={t('observations.submit')} onCancel={onCancel} />
    </form>
  );
}
