import { Button, Fieldset, Heading, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useSubmit } from '../../ui/useSubmit';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import type { SchoolSettings } from '../../api';
import { formatDate } from '../../format';
import { draftFromCalendar, draftToSkolerute, nextKey, skoleruteProblems, withFrom } from './skolerute';
import type { ClosedDraft, SkoleruteDraft, SkoleruteProblems } from './skolerute';
import { useNotice, NoticeRegion } from '../../ui/feedback';
import { SaveError } from './SaveError';
import { focusById, focusLater } from '../../ui/focus';
import { ScrollTable } from '../../ui/ScrollTable';

// ——— Skolerute ———

export function SkoleruteView({ calendar }: { calendar: SchoolSettings['calendar'] }) {
  const { t } = useTranslation();
  if (!calendar) return <Paragraph>{t('settings.noCalendar')}</Paragraph>;
  const closed = draftFromCalendar(calendar).closed;
  return (
    <>
      <dl className="figures">
        <div>
          <dt>{t('settings.firstDay')}</dt>
          <dd>{formatDate(calendar.firstDay)}</dd>
        </div>
        <div>
          <dt>{t('settings.lastDay')}</dt>
          <dd>{formatDate(calendar.lastDay)}</dd>
        </div>
        <div>
          <dt>{t('settings.springStarts')}</dt>
          <dd>{formatDate(calendar.springStarts)}</dd>
        </div>
      </dl>
      <Heading level={3} data-size="2xs" id="fridager">
        {t('settings.closedHeading')}
      </Heading>
      {closed.length === 0 ? (
        <Paragraph>{t('settings.closedEmpty')}</Paragraph>
      ) : (
        <ScrollTable
          labelledBy="fridager"
          columns={[t('settings.colName'), t('settings.closedFrom'), t('settings.closedTo')]}
        >
          {closed.map((p) => (
            <Table.Row key={p.key}>
              <Table.HeaderCell scope="row">{p.name}</Table.HeaderCell>
              <Table.Cell>{formatDate(p.from)}</Table.Cell>
              <Table.Cell>{formatDate(p.to)}</Table.Cell>
            </Table.Row>
          ))}
        </ScrollTable>
      )}
    </>
  );
}

const fieldId = (field: string) => `skolerute-${field.replace(/\./g, '-')}`;

export function SkoleruteForm({ settings }: { settings: SchoolSettings }) {
  const { t } = useTranslation();
  const [notice, notify] = useNotice();
  const schoolId = settings.school.id;
  const schoolYear = settings.schoolYear;
  const [draft, setDraft] = useState<SkoleruteDraft>(() => draftFromCalendar(settings.calendar));
  // Undefined until the school year has a skolerute: the first save creates it.
  const [version, setVersion] = useState<number | undefined>(settings.calendar?.version);
  const [problems, setProblems] = useState<SkoleruteProblems>({});
  const { busy, failure, run, clear, fail } = useSubmit();
  const [focusRow, setFocusRow] = useState<number | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);

  // A new row gets focus once it is on screen.
  useEffect(() => {
    if (focusRow === null) return;
    document.getElementById(fieldId(`closed.${focusRow}.name`))?.focus();
    setFocusRow(null);
  }, [focusRow]);

  const problem = (field: string) => {
    const key = problems[field];
    return key ? t(`settings.problem_${key}`) : undefined;
  };

  function setField(field: 'firstDay' | 'lastDay' | 'springStarts', value: string) {
    setDraft((d) => ({ ...d, [field]: value }));
  }

  function setRow(key: number, change: (p: ClosedDraft) => ClosedDraft) {
    setDraft((d) => ({ ...d, closed: d.closed.map((p) => (p.key === key ? change(p) : p)) }));
  }

  function add() {
    const key = nextKey(draft);
    setDraft((d) => ({ ...d, closed: [...d.closed, { key, name: '', from: '', to: '' }] }));
    setFocusRow(key);
  }

  function remove(index: number) {
    const row = draft.closed[index];
    if (!row) return;
    const rest = draft.closed.filter((p) => p.key !== row.key);
    setDraft((d) => ({ ...d, closed: d.closed.filter((p) => p.key !== row.key) }));
    notify(row.name.trim() ? t('settings.removed', { name: row.name.trim() }) : t('settings.removedUnnamed'));
    // Focus stays in the list: the row that moved up into this place, else the one before, else the add button.
    const next = rest[index] ?? rest[index - 1];
    if (next) focusById(fieldId(`closed.${next.key}.name`));
    else focusLater(addButton);
  }

  async function save(e: FormEvent) {
    e.preventDefault();
    const found = skoleruteProblems(draft);
    setProblems(found);
    const first = Object.keys(found)[0];
    if (first) {
      clear();
      document.getElementById(fieldId(first))?.focus();
      return;
    }
    clear();
    await run(async () => {
      const body = draftToSkolerute(draft, schoolYear);
      const saved = await api.saveSkolerute(schoolId, version === undefined ? body : { ...body, version });
      setVersion(saved.version);
      notify(t('settings.calendarSaved'));
    });
  }

  async function reloadNewest() {
    try {
      const fresh = await api.schoolSettings(schoolId);
      setDraft(draftFromCalendar(fresh.calendar));
      setVersion(fresh.calendar?.version);
      setProblems({});
      clear();
      notify(t('settings.calendarReloaded'));
      focusById('skolerute');
    } catch (err) {
      fail(err);
    }
  }

  return (
    <form className="stack-form skolerute-form" onSubmit={save} noValidate>
      {version === undefined && <Paragraph>{t('settings.noCalendarEdit')}</Paragraph>}
      <div className="date-range">
        <Textfield
          id={fieldId('firstDay')}
          label={t('settings.firstDay')}
          type="date"
          value={draft.firstDay}
          onChange={(e) => setField('firstDay', e.target.value)}
          error={problem('firstDay')}
        />
        <Textfield
          id={fieldId('lastDay')}
          label={t('settings.lastDay')}
          type="date"
          value={draft.lastDay}
          min={draft.firstDay || undefined}
          onChange={(e) => setField('lastDay', e.target.value)}
          error={problem('lastDay')}
        />
      </div>
      <div className="date-range">
        <Textfield
          id={fieldId('springStarts')}
          label={t('settings.springStarts')}
          description={t('settings.springStartsHelp')}
          type="date"
          value={draft.springStarts}
          onChange={(e) => setField('springStarts', e.target.value)}
          error={problem('springStarts')}
        />
      </div>
      <div>
        <Heading level={3} data-size="2xs" id="fridager">
          {t('settings.closedHeading')}
        </Heading>
        {draft.closed.length === 0 ? (
          <Paragraph>{t('settings.closedEmpty')}</Paragraph>
        ) : (
          <ol className="closed-list" aria-labelledby="fridager">
            {draft.closed.map((p, index) => {
              const n = index + 1;
              const name = p.name.trim();
              return (
                <li key={p.key} className="closed-row">
                  <Fieldset data-size="sm">
                    <Fieldset.Legend>
                      {name ? t('settings.closedRow', { n, name }) : t('settings.closedRowUnnamed', { n })}
                    </Fieldset.Legend>
                    <div className="closed-row__fields">
                      <Textfield
                        id={fieldId(`closed.${p.key}.name`)}
                        label={t('settings.closedName')}
                        value={p.name}
                        onChange={(e) => setRow(p.key, (r) => ({ ...r, name: e.target.value }))}
                        error={problem(`closed.${p.key}.name`)}
                      />
                      <Textfield
                        id={fieldId(`closed.${p.key}.from`)}
                        label={t('settings.closedFrom')}
                        type="date"
                        value={p.from}
                        onChange={(e) => setRow(p.key, (r) => withFrom(r, e.target.value))}
                        error={problem(`closed.${p.key}.from`)}
                      />
                      <Textfield
                        id={fieldId(`closed.${p.key}.to`)}
                        label={t('settings.closedTo')}
                        type="date"
                        value={p.to}
                        min={p.from || undefined}
                        onChange={(e) => setRow(p.key, (r) => ({ ...r, to: e.target.value }))}
                        error={problem(`closed.${p.key}.to`)}
                      />
                      <Button
                        variant="tertiary"
                        data-size="sm"
                        onClick={() => remove(index)}
                        className="closed-row__remove"
                      >
                        {t('settings.removeClosed')}
                        <span className="ds-sr-only">
                          {' '}
                          {name ? t('settings.closedRow', { n, name }) : t('settings.closedRowUnnamed', { n })}
                        </span>
                      </Button>
                    </div>
                  </Fieldset>
                </li>
              );
            })}
          </ol>
        )}
        <Button ref={addButton} variant="secondary" data-size="sm" onClick={add}>
          {t('settings.addClosed')}
        </Button>
      </div>
      {Object.keys(problems).length > 0 && <p className="inline-problem">{t('settings.fixProblems')}</p>}
      {failure && (
        <SaveError
          key={failure.attempt}
          failure={failure}
          fallback={t('settings.calendarFailed')}
          onReload={() => void reloadNewest()}
        />
      )}
      <NoticeRegion notice={notice} />
      <div className="button-row">
        <Button type="submit" disabled={busy} aria-busy={busy || undefined}>
          {busy ? t('settings.saving') : t('settings.saveCalendar')}
        </Button>
      </div>
    </form>
  );
}
