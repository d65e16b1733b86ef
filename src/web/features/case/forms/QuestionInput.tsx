import { Checkbox, Fieldset, Paragraph, Radio, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { CardsAnswer, FormAnswers, TableRowAnswer } from '../../../../domain/forms/answers';
import { PLUS_MINUS, type FormQuestion } from '../../../../domain/forms/form-schema';
import { describe, Problems } from './FormFiller';
import { toggle } from '../../../ui/toggle';
import { TableInput } from './TableInput';
import { CardsInput } from './CardsInput';

// ——— Filling a form ———

export type Set = (value: FormAnswers[string] | undefined) => void;

export function QuestionInput({
  q,
  value,
  onChange,
  problems,
}: {
  q: FormQuestion;
  value: FormAnswers[string] | undefined;
  onChange: Set;
  problems: string[] | undefined;
}) {
  const { t } = useTranslation();
  const errorId = `sporsmal-${q.id}-feil`;
  const invalid = problems?.length ? true : undefined;
  const described = invalid ? errorId : undefined;
  const description = describe(q);
  const legend = (
    <>
      <Fieldset.Legend>{q.label}</Fieldset.Legend>
      {description && <Fieldset.Description>{description}</Fieldset.Description>}
    </>
  );
  switch (q.type) {
    case 'text':
      return (
        <Textfield
          multiline
          rows={q.printLines > 3 ? 4 : 3}
          label={q.label}
          description={description}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onChange(e.target.value)}
          error={problems?.join(' ')}
        />
      );
    case 'date':
      return (
        <Textfield
          type="date"
          label={q.label}
          description={description}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onChange(e.target.value || undefined)}
          error={problems?.join(' ')}
        />
      );
    case 'scale':
      return (
        <Fieldset aria-describedby={described}>
          {legend}
          <Paragraph data-size="xs">
            {t('caseForms.scaleLegend', { min: q.min, minLabel: q.minLabel, max: q.max, maxLabel: q.maxLabel })}
          </Paragraph>
          <div className="scale-row">
            <Radio
              name={`q-${q.id}`}
              value=""
              label={t('caseForms.notAnswered')}
              checked={typeof value !== 'number'}
              onChange={() => onChange(undefined)}
            />
            {Array.from({ length: q.max - q.min + 1 }, (_, i) => q.min + i).map((n) => (
              <Radio
                key={n}
                name={`q-${q.id}`}
                value={String(n)}
                label={String(n)}
                checked={value === n}
                onChange={() => onChange(n)}
                aria-invalid={invalid}
              />
            ))}
          </div>
          <Problems id={errorId} problems={problems} />
        </Fieldset>
      );
    case 'plus-minus': {
      const a = (value ?? {}) as { value?: string; comment?: string };
      return (
        <Fieldset aria-describedby={described}>
          {legend}
          <div className="scale-row">
            <Radio
              name={`q-${q.id}`}
              value=""
              label={t('caseForms.notAnswered')}
              checked={!a.value}
              onChange={() => onChange({ ...a, value: undefined } as FormAnswers[string])}
            />
            {PLUS_MINUS.map((pm) => (
              <Radio
                key={pm}
                name={`q-${q.id}`}
                value={pm}
                label={t(`caseForms.plusMinus.${pm}`)}
                checked={a.value === pm}
                onChange={() => onChange({ ...a, value: pm } as FormAnswers[string])}
                aria-invalid={invalid}
              />
            ))}
          </div>
          {q.comment && (
            <Textfield
              label={t('caseForms.comment', { label: q.label })}
              value={a.comment ?? ''}
              onChange={(e) => onChange({ ...a, comment: e.target.value } as FormAnswers[string])}
            />
          )}
          <Problems id={errorId} problems={problems} />
        </Fieldset>
      );
    }
    case 'single-choice':
      return (
        <Fieldset aria-describedby={described}>
          {legend}
          <Radio
            name={`q-${q.id}`}
            value=""
            label={t('caseForms.notAnswered')}
            checked={typeof value !== 'string'}
            onChange={() => onChange(undefined)}
          />
          {q.options.map((o) => (
            <Radio
              key={o.id}
              name={`q-${q.id}`}
              value={o.id}
              label={o.label}
              description={o.help}
              checked={value === o.id}
              onChange={() => onChange(o.id)}
              aria-invalid={invalid}
            />
          ))}
          <Problems id={errorId} problems={problems} />
        </Fieldset>
      );
    case 'multiple-choice': {
      const picked = Array.isArray(value) ? (value as string[]) : [];
      return (
        <Fieldset aria-describedby={described}>
          {legend}
          {q.options.map((o) => (
            <Checkbox
              key={o.id}
              value={o.id}
              label={o.label}
              description={o.help}
              checked={picked.includes(o.id)}
              onChange={(e) => onChange(toggle(picked, o.id, e.target.checked))}
              aria-invalid={invalid}
            />
          ))}
          <Problems id={errorId} problems={problems} />
        </Fieldset>
      );
    }
    case 'checklist': {
      const a = (value ?? { checked: [] }) as { checked: string[]; note?: string };
      return (
        <Fieldset aria-describedby={described}>
          {legend}
          {q.items.map((item) => (
            <Checkbox
              key={item.id}
              value={item.id}
              label={item.label}
              description={item.help}
              checked={a.checked.includes(item.id)}
              onChange={(e) => onChange({ ...a, checked: toggle(a.checked, item.id, e.target.checked) })}
              aria-invalid={invalid}
            />
          ))}
          {q.note && (
            <Textfield
              multiline
              rows={2}
              label={t('caseForms.note', { label: q.label })}
              value={a.note ?? ''}
              onChange={(e) => onChange({ ...a, note: e.target.value })}
            />
          )}
          <Problems id={errorId} problems={problems} />
        </Fieldset>
      );
    }
    case 'table':
      return (
        <TableInput
          q={q}
          value={(value ?? { rows: [] }) as { rows: TableRowAnswer[] }}
          onChange={onChange}
          problems={problems}
          errorId={errorId}
        />
      );
    case 'cards':
      return (
        <CardsInput
          q={q}
          value={(value ?? { selected: [] }) as CardsAnswer}
          onChange={onChange}
          problems={problems}
          errorId={errorId}
        />
      );
  }
}
