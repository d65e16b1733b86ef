import { Checkbox, Field, Fieldset, Label, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import { getIn, parseNumber, pathKey, problemAt, type Path } from './draft';

// The editor's fields, bound to a draft by path: each shows the schema's problem for its path under its label.

export type Bind = {
  /** Prefix of the fields' ids, so an error summary can link to them. */
  idPrefix: string;
  draft: unknown;
  set(path: Path, value: unknown): void;
  problems: Record<string, string>;
  readOnly: boolean;
};

export const fieldId = (bind: Pick<Bind, 'idPrefix'>, path: Path) =>
  `${bind.idPrefix}-${pathKey(path).replace(/\./g, '-')}`;

export function TextField({
  bind,
  path,
  label,
  description,
  multiline,
  optional,
}: {
  bind: Bind;
  path: Path;
  label: string;
  description?: string;
  multiline?: boolean;
  /** An empty field is left out of the data, not kept as an empty text. */
  optional?: boolean;
}) {
  const value = getIn(bind.draft, path);
  const common = {
    id: fieldId(bind, path),
    label,
    description,
    readOnly: bind.readOnly,
    error: problemAt(bind.problems, path),
    value: typeof value === 'string' ? value : '',
    onChange: (e: { target: { value: string } }) =>
      bind.set(path, optional && e.target.value === '' ? undefined : e.target.value),
  };
  return multiline ? <Textfield {...common} multiline rows={3} /> : <Textfield {...common} />;
}

/** A number typed with a comma or a point; what cannot be read reaches the schema as «må være et tall». */
export function NumberField({
  bind,
  path,
  label,
  description,
}: {
  bind: Bind;
  path: Path;
  label: string;
  description?: string;
}) {
  const value = getIn(bind.draft, path);
  const shown = typeof value === 'number' && !Number.isNaN(value) ? String(value).replace('.', ',') : '';
  const [text, setText] = useState(shown);
  // Follow the draft when it changes from elsewhere (a reload), not while the text means the same number.
  useEffect(() => {
    // Object.is: text that is not a number («tre», a lone «-») means NaN, which must not wipe what is typed.
    setText((current) => (Object.is(parseNumber(current), value) ? current : shown));
  }, [value, shown]);
  return (
    <Textfield
      id={fieldId(bind, path)}
      label={label}
      description={description}
      inputMode="decimal"
      readOnly={bind.readOnly}
      error={problemAt(bind.problems, path)}
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        bind.set(path, parseNumber(e.target.value));
      }}
      className="number-field"
    />
  );
}

export function ChoiceField({
  bind,
  path,
  label,
  options,
  value,
  onChange,
}: {
  bind: Bind;
  path: Path;
  label: string;
  options: [string, string][];
  /** The choice shown, when it is not simply the text at `path`. */
  value?: string;
  onChange?: (choice: string) => void;
}) {
  const error = problemAt(bind.problems, path);
  const current = value ?? getIn(bind.draft, path);
  return (
    <Field>
      <Label>{label}</Label>
      <Select
        id={fieldId(bind, path)}
        value={typeof current === 'string' ? current : ''}
        disabled={bind.readOnly}
        width="auto"
        aria-invalid={error ? true : undefined}
        onChange={(e) => (onChange ? onChange(e.target.value) : bind.set(path, e.target.value))}
      >
        {options.map(([k, name]) => (
          <Select.Option key={k} value={k}>
            {name}
          </Select.Option>
        ))}
      </Select>
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Field>
  );
}

/** A set of choices as checkboxes (absence kinds, roles), stored as a list of codes in the options' order. */
export function ChecksField({
  bind,
  path,
  legend,
  options,
}: {
  bind: Bind;
  path: Path;
  legend: string;
  options: [string, string][];
}) {
  const value = getIn(bind.draft, path);
  const chosen = Array.isArray(value) ? (value as string[]) : [];
  const error = problemAt(bind.problems, path);
  const toggle = (code: string, on: boolean) =>
    bind.set(
      path,
      options.map(([k]) => k).filter((k) => (k === code ? on : chosen.includes(k))),
    );
  return (
    <Fieldset id={fieldId(bind, path)} className="checks-field">
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {options.map(([k, name]) => (
        <Checkbox
          key={k}
          label={name}
          value={k}
          checked={chosen.includes(k)}
          disabled={bind.readOnly}
          aria-invalid={error ? true : undefined}
          onChange={(e) => toggle(k, e.target.checked)}
        />
      ))}
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Fieldset>
  );
}
