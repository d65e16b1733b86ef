import { Button, Field, Fieldset, Label, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { focusById } from '../../../ui/focus';
import { type Plan } from '../../../../domain/plans/plan-schema';
import { fieldId, getIn, pathKey, type Path } from './plans';

// ——— The fields of each kind ———

export type Bind = {
  planId: string;
  plan: Plan;
  set(path: Path, value: unknown): void;
  problems: Record<string, string>;
  readOnly: boolean;
};

export function Text({
  bind,
  path,
  label,
  multiline,
  type,
  description,
}: {
  bind: Bind;
  path: Path;
  label: string;
  multiline?: boolean;
  type?: 'date' | 'time';
  description?: string;
}) {
  const value = getIn(bind.plan, path);
  const error = bind.problems[pathKey(path)];
  const common = {
    id: fieldId(bind.planId, path),
    label,
    description,
    readOnly: bind.readOnly,
    error,
    value: typeof value === 'string' ? value : '',
  };
  if (multiline) return <Textfield {...common} multiline rows={3} onChange={(e) => bind.set(path, e.target.value)} />;
  return <Textfield {...common} type={type} onChange={(e) => bind.set(path, e.target.value)} />;
}

/** A date that may be empty (stored as null). */
export function OptionalDate({ bind, path, label }: { bind: Bind; path: Path; label: string }) {
  const value = getIn(bind.plan, path);
  return (
    <Textfield
      id={fieldId(bind.planId, path)}
      label={label}
      type="date"
      readOnly={bind.readOnly}
      error={bind.problems[pathKey(path)]}
      value={typeof value === 'string' ? value : ''}
      onChange={(e) => bind.set(path, e.target.value === '' ? null : e.target.value)}
    />
  );
}

/** A list of texts, one a line. */
export function Lines({ bind, path, label }: { bind: Bind; path: Path; label: string }) {
  const { t } = useTranslation();
  const value = getIn(bind.plan, path);
  const lines = Array.isArray(value) ? (value as string[]) : [];
  const nested = Object.entries(bind.problems).find(([k]) => k.startsWith(`${pathKey(path)}[`))?.[1];
  return (
    <Textfield
      id={fieldId(bind.planId, path)}
      label={label}
      description={t('plans.oneALine')}
      multiline
      rows={3}
      readOnly={bind.readOnly}
      error={bind.problems[pathKey(path)] ?? nested}
      value={lines.join('\n')}
      onChange={(e) => bind.set(path, e.target.value.split('\n'))}
    />
  );
}

export function Choice<T extends string>({
  bind,
  path,
  label,
  options,
  empty,
}: {
  bind: Bind;
  path: Path;
  label: string;
  options: Record<T, string>;
  empty?: string;
}) {
  const value = getIn(bind.plan, path);
  const error = bind.problems[pathKey(path)];
  return (
    <Field>
      <Label>{label}</Label>
      <Select
        id={fieldId(bind.planId, path)}
        value={typeof value === 'string' ? value : ''}
        disabled={bind.readOnly}
        width="auto"
        aria-invalid={error ? true : undefined}
        onChange={(e) => bind.set(path, e.target.value === '' ? null : e.target.value)}
      >
        {empty !== undefined && <Select.Option value="">{empty}</Select.Option>}
        {(Object.entries(options) as [T, string][]).map(([k, name]) => (
          <Select.Option key={k} value={k}>
            {name}
          </Select.Option>
        ))}
      </Select>
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Field>
  );
}

/** Rows of a list (measures, agreement rows, day rows, steps, signatures) with add and remove. */
export function Rows<T extends object>({
  bind,
  path,
  legend,
  itemLabel,
  addLabel,
  make,
  children,
}: {
  bind: Bind;
  path: Path;
  legend: string;
  itemLabel: (i: number) => string;
  /** The add button's text, when «Legg til» + the next item's label would not say what is added («rad 2»). */
  addLabel?: string;
  make: (items: T[]) => T;
  children: (at: Path, i: number) => ReactNode;
}) {
  const { t } = useTranslation();
  const items = (getIn(bind.plan, path) as T[] | undefined) ?? [];
  const error = bind.problems[pathKey(path)];
  return (
    <Fieldset>
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {error && <ValidationMessage id={fieldId(bind.planId, path)}>{error}</ValidationMessage>}
      {items.map((_, i) => (
        <Fieldset key={(items[i] as { id?: string }).id ?? i} className="plan-row">
          <Fieldset.Legend>{itemLabel(i)}</Fieldset.Legend>
          {children([...path, i], i)}
          {!bind.readOnly && (
            <Button
              type="button"
              variant="tertiary"
              data-size="sm"
              onClick={() =>
                bind.set(
                  path,
                  items.filter((__, j) => j !== i),
                )
              }
            >
              {t('plans.removeRow', { item: itemLabel(i) })}
            </Button>
          )}
        </Fieldset>
      ))}
      {!bind.readOnly && (
        <Button
          type="button"
          variant="secondary"
          data-size="sm"
          onClick={() => {
            bind.set(path, [...items, make(items)]);
            focusById(fieldId(bind.planId, [...path, items.length, firstKey(make(items))]));
          }}
        >
          {addLabel ?? t('plans.addRow', { item: itemLabel(items.length) })}
        </Button>
      )}
    </Fieldset>
  );
}

const firstKey = (item: object) => Object.keys(item).find((k) => k !== 'id') ?? 'id';

export const ids = (items: unknown[]) => items as { id: string }[];
