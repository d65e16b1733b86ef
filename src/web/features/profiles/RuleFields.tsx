import { Button, Checkbox, Fieldset, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { ABSENCE_KINDS } from '../../../domain/rules/absence-kinds';
import { getIn, type Path } from './draft';
import { type Bind, ChecksField, ChoiceField, NumberField, TextField } from './fields';

const WINDOWS = ['days', 'rollingMonth', 'month', 'semester'] as const;
const DOCUMENTED = ['all', 'true', 'false'] as const;
export const MEASURES = ['events', 'schoolDays', 'share'] as const;
const SEVERITIES = ['low', 'medium', 'high'] as const;

type Condition = { count?: unknown; measure?: string; groupBy?: string };

/** The selectors of a condition with their paths: one object, or a list of them. */
function selectorPaths(condition: Condition, at: Path): Path[] {
  return Array.isArray(condition.count) ? condition.count.map((_, i) => [...at, 'count', i]) : [[...at, 'count']];
}

/** One rule of a profile in words: what counts, over which period, from what figure, and the routine's next step. */
export function RuleFields({ bind, index, onRemove }: { bind: Bind; index: number; onRemove?: () => void }) {
  const { t } = useTranslation();
  const at: Path = ['rules', index];
  const rule = getIn(bind.draft, at) as {
    kind?: string;
    title?: string;
    window?: { type?: string };
    conditions?: Condition[];
  };
  const headingId = `${bind.idPrefix}-regel-${index}`;
  const windowType = rule.window?.type ?? 'days';
  return (
    <section className="rule-fields" aria-labelledby={headingId}>
      <Heading level={3} data-size="xs" id={headingId}>
        {t('ruleEditor.ruleHeading', { n: index + 1, title: rule.title || t('ruleEditor.untitled') })}
      </Heading>
      <TextField bind={bind} path={[...at, 'title']} label={t('ruleEditor.f_title')} />
      {rule.kind === 'observation' ? (
        <TextField bind={bind} path={[...at, 'observation']} label={t('ruleEditor.f_observation')} multiline />
      ) : (
        <>
          <ChoiceField
            bind={bind}
            path={[...at, 'window']}
            label={t('ruleEditor.f_window')}
            options={WINDOWS.map((c) => [c, t(`ruleEditor.window_${c}`)])}
            value={windowType}
            onChange={(type) => bind.set([...at, 'window'], type === 'days' ? { type, days: 14 } : { type })}
          />
          {windowType === 'days' && (
            <NumberField bind={bind} path={[...at, 'window', 'days']} label={t('ruleEditor.f_days')} />
          )}
          {(rule.conditions ?? []).map((condition, c) => {
            const cat: Path = [...at, 'conditions', c];
            return (
              <Fieldset key={c} className="rule-condition">
                <Fieldset.Legend>
                  {(rule.conditions ?? []).length > 1
                    ? t('ruleEditor.conditionOf', { n: c + 1 })
                    : t('ruleEditor.condition')}
                </Fieldset.Legend>
                {selectorPaths(condition, cat).map((sat) => (
                  <div key={sat.join('.')}>
                    <ChecksField
                      bind={bind}
                      path={[...sat, 'kinds']}
                      legend={t('ruleEditor.f_kinds')}
                      options={ABSENCE_KINDS.map((c) => [c, t(`ruleEditor.kind_${c}`)])}
                    />
                    <ChoiceField
                      bind={bind}
                      path={[...sat, 'documented']}
                      label={t('ruleEditor.f_documented')}
                      options={DOCUMENTED.map((c) => [c, t(`ruleEditor.documented_${c}`)])}
                      value={String(getIn(bind.draft, [...sat, 'documented']) ?? 'all')}
                      onChange={(v) => bind.set([...sat, 'documented'], v === 'all' ? undefined : v === 'true')}
                    />
                  </div>
                ))}
                <ChoiceField
                  bind={bind}
                  path={[...cat, 'measure']}
                  label={t('ruleEditor.f_measure')}
                  options={MEASURES.map((c) => [c, t(`ruleEditor.measure_${c}`)])}
                />
                <ChoiceField
                  bind={bind}
                  path={[...cat, 'comparator']}
                  label={t('ruleEditor.f_comparator')}
                  options={[
                    ['>', t('ruleEditor.comparator_gt')],
                    ['>=', t('ruleEditor.comparator_ge')],
                  ]}
                />
                <NumberField
                  bind={bind}
                  path={[...cat, 'threshold']}
                  label={t('ruleEditor.f_threshold')}
                  description={condition.measure === 'share' ? t('ruleEditor.thresholdShare') : undefined}
                />
                <Checkbox
                  label={t('ruleEditor.f_groupBy')}
                  checked={condition.groupBy === 'subject'}
                  disabled={bind.readOnly}
                  onChange={(e) => bind.set([...cat, 'groupBy'], e.target.checked ? 'subject' : undefined)}
                />
              </Fieldset>
            );
          })}
        </>
      )}
      <ChoiceField
        bind={bind}
        path={[...at, 'severity']}
        label={t('ruleEditor.f_severity')}
        options={SEVERITIES.map((c) => [c, t(`ruleEditor.severity_${c}`)])}
      />
      <TextField bind={bind} path={[...at, 'action']} label={t('ruleEditor.f_action')} multiline />
      <TextField bind={bind} path={[...at, 'source']} label={t('ruleEditor.f_source')} />
      <Checkbox
        label={t('profiles.basisKommune')}
        checked={getIn(bind.draft, [...at, 'basis']) === 'kommune'}
        disabled={bind.readOnly}
        onChange={(e) => bind.set([...at, 'basis'], e.target.checked ? 'kommune' : undefined)}
      />
      {onRemove && !bind.readOnly && (
        <Paragraph>
          <Button variant="tertiary" data-size="sm" type="button" onClick={onRemove}>
            {t('ruleEditor.removeRule', { title: rule.title || t('ruleEditor.untitled') })}
          </Button>
        </Paragraph>
      )}
    </section>
  );
}
