import { Button, Field, Fieldset, Label, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { TableRowAnswer } from '../../../../domain/forms/answers';
import { COLOURS, PLUS_MINUS, type FormColumn, type FormQuestion } from '../../../../domain/forms/form-schema';
import type { Set } from './QuestionInput';
import { describe, Problems } from './FormFiller';

/** One cell of a table: a compact control, labelled with its row and column. */
function CellInput({
  column,
  value,
  label,
  onChange,
}: {
  column: FormColumn;
  value: string | number | undefined;
  label: string;
  onChange(v: string | number | undefined): void;
}) {
  const { t } = useTranslation();
  const select = (options: [string, string][], parse: (v: string) => string | number = (v) => v) => (
    <Field>
      <Label>{label}</Label>
      <Select
        value={value === undefined ? '' : String(value)}
        onChange={(e) => onChange(e.target.value === '' ? undefined : parse(e.target.value))}
        width="auto"
      >
        <Select.Option value="">{t('caseForms.notChosen')}</Select.Option>
        {options.map(([v, l]) => (
          <Select.Option key={v} value={v}>
            {l}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
  switch (column.type) {
    case 'text':
      return (
        <Textfield
          label={label}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onChange(e.target.value)}
        />
      );
    case 'date':
      return (
        <Textfield
          type="date"
          label={label}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onChange(e.target.value || undefined)}
        />
      );
    case 'scale':
      return select(
        Array.from({ length: column.max - column.min + 1 }, (_, i) => [String(column.min + i), String(column.min + i)]),
        Number,
      );
    case 'plus-minus':
      return select(PLUS_MINUS.map((pm) => [pm, t(`caseForms.plusMinus.${pm}`)]));
    case 'choice':
      return select(column.options.map((o) => [o.id, o.label]));
    case 'colour':
      return select(COLOURS.map((c) => [c, `${t(`caseForms.colour.${c}`)} – ${column.meaning[c]}`]));
  }
}

export function TableInput({
  q,
  value,
  onChange,
  problems,
  errorId,
}: {
  q: Extract<FormQuestion, { type: 'table' }>;
  value: { rows: TableRowAnswer[] };
  onChange: Set;
  problems: string[] | undefined;
  errorId: string;
}) {
  const { t } = useTranslation();
  const rows = value.rows;
  const setCell = (index: number, colId: string, v: string | number | undefined) =>
    onChange({
      rows: rows.map((r, i) =>
        i === index
          ? {
              ...r,
              cells: Object.fromEntries(
                Object.entries({ ...r.cells, [colId]: v }).filter(([, x]) => x !== undefined),
              ) as Record<string, string | number>,
            }
          : r,
      ),
    });
  const cells = (row: TableRowAnswer, index: number, rowName: string) => (
    <div className="form-table__cells">
      {q.columns.map((c) => (
        <CellInput
          key={c.id}
          column={c}
          value={row.cells[c.id]}
          label={t('caseForms.cellLabel', { row: rowName, column: c.label })}
          onChange={(v) => setCell(index, c.id, v)}
        />
      ))}
    </div>
  );
  const intro = (
    <>
      <Fieldset.Legend>{q.label}</Fieldset.Legend>
      {describe(q) && <Fieldset.Description>{describe(q)}</Fieldset.Description>}
    </>
  );
  if (q.rows.kind === 'timetable') {
    const periodsOf = (day: string) => rows.map((r, i) => ({ r, i })).filter(({ r }) => r.key?.startsWith(`${day}-`));
    return (
      <Fieldset aria-describedby={problems?.length ? errorId : undefined}>
        {intro}
        {rows.length === 0 && <Paragraph data-size="sm">{t('caseForms.noTimetable')}</Paragraph>}
        <div className="form-timetable">
          {q.rows.days.map((day) => (
            <Fieldset key={day} className="form-timetable__day">
              <Fieldset.Legend>{t(`caseForms.weekday.${day}`)}</Fieldset.Legend>
              {periodsOf(day).map(({ r, i }) => {
                const rowName = t('caseForms.period', {
                  day: t(`caseForms.weekday.${day}`),
                  period: r.key!.split('-')[1],
                  subject: r.label ?? '',
                });
                return (
                  <div key={r.key} className="form-table__row">
                    {cells(r, i, rowName)}
                  </div>
                );
              })}
            </Fieldset>
          ))}
        </div>
        <Problems id={errorId} problems={problems} />
      </Fieldset>
    );
  }
  if (q.rows.kind === 'fixed') {
    const names = new Map(q.rows.rows.map((r) => [r.id, r.label]));
    return (
      <Fieldset aria-describedby={problems?.length ? errorId : undefined}>
        {intro}
        {rows.map((r, i) => (
          <div key={r.key} className="form-table__row">
            <Paragraph data-size="sm">
              <strong>{names.get(r.key ?? '') ?? r.key}</strong>
            </Paragraph>
            {cells(r, i, names.get(r.key ?? '') ?? '')}
          </div>
        ))}
        <Problems id={errorId} problems={problems} />
      </Fieldset>
    );
  }
  const max = q.rows.max;
  return (
    <Fieldset aria-describedby={problems?.length ? errorId : undefined}>
      {intro}
      {rows.map((r, i) => (
        <div key={i} className="form-table__row">
          {cells(r, i, t('caseForms.rowNumber', { n: i + 1 }))}
          <Button variant="tertiary" data-size="sm" onClick={() => onChange({ rows: rows.filter((_, j) => j !== i) })}>
            {t('caseForms.removeRow', { n: i + 1 })}
          </Button>
        </div>
      ))}
      {(max === undefined || rows.length < max) && (
        <div>
          <Button variant="secondary" data-size="sm" onClick={() => onChange({ rows: [...rows, { cells: {} }] })}>
            {t('caseForms.addRow', { label: q.label })}
          </Button>
        </div>
      )}
      <Problems id={errorId} problems={problems} />
    </Fieldset>
  );
}
