import {
  Alert,
  Button,
  Checkbox,
  Field,
  Fieldset,
  Heading,
  Label,
  Paragraph,
  Radio,
  Select,
  Tag,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { CardsAnswer, FormAnswers, TableRowAnswer } from '../../domain/forms/answers';
import {
  COLOURS,
  COLOUR_LABELS,
  PLUS_MINUS,
  PLUS_MINUS_LABELS,
  type FormColumn,
  type FormDefinition,
  type FormQuestion,
  type Weekday,
} from '../../domain/forms/form-schema';
import { fieldErrors, localToday } from '../absence';
import type { CaseDetail, Meeting } from '../api';
import {
  FORM_AUDIENCES,
  cleanAnswers,
  editableAnswers,
  formsApi,
  problemsByQuestion,
  type CaseFormSummary,
  type FormAudience,
} from '../caseForms';
import { downloadName } from '../cases';
import { FailureMessage, Section, focusById, useFailure, useFocusFirst } from '../components/caseParts';
import type { Changed } from '../components/caseParts';
import { ConflictHint } from '../components/absence';
import { ErrorAlert, errorMessage } from '../components/ErrorAlert';
import { Loading } from '../components/Loading';
import { downloadPdf } from '../components/OpenCase';
import { formatDate } from '../format';
import { useApi } from '../useApi';

// «Kartlegging» on the case page (decision 063): fill a form of content/forms with the pupil, the guardians
// or as the school — every answer type of the form engine, keyboard only, laid out for a tablet in a
// meeting room — list, edit and print filled forms, record a trusted person's statement (004 §3), and
// show whether the case holds the pupil's own view.

type SectionProps = { data: CaseDetail; onChanged: Changed };
type Editing = { form: FormDefinition; answers: FormAnswers; existing?: CaseFormSummary };

export const KARTLEGGING_ID = 'kartlegging';

export function CaseFormsSection({ data, onChanged }: SectionProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Editing | null>(null);
  const [statementOpen, setStatementOpen] = useState(false);
  const statementButton = useRef<HTMLButtonElement>(null);
  if (!data.forms || !data.pupilVoice) return null;
  const mayWrite = !data.readOnly && data.state.status === 'open';
  const close = async (text: string | null) => {
    setEditing(null);
    if (text) await onChanged(text);
    focusById(KARTLEGGING_ID);
  };
  return (
    <Section id={KARTLEGGING_ID} heading={t('caseForms.heading')} focusable>
      <Paragraph data-size="sm">{t('caseForms.help')}</Paragraph>
      <PupilVoiceStatus data={data} />
      <Heading level={3} data-size="2xs">
        {t('caseForms.filledHeading')}
      </Heading>
      {data.forms.length === 0 ? (
        <Paragraph data-size="sm">{t('caseForms.none')}</Paragraph>
      ) : (
        <ul className="plain-list case-forms">
          {data.forms.map((f) => (
            <FilledFormItem
              key={f.id}
              data={data}
              summary={f}
              mayWrite={mayWrite}
              onEdit={(e) => setEditing(e)}
              onChanged={onChanged}
            />
          ))}
        </ul>
      )}
      {editing && (
        <FormFiller
          key={editing.existing?.id ?? editing.form.id}
          data={data}
          editing={editing}
          onCancel={() => void close(null)}
          onDone={() => close(editing.existing ? t('caseForms.updated') : t('caseForms.saved'))}
        />
      )}
      {mayWrite && !editing && <ChooseForm data={data} onStart={setEditing} />}
      <Heading level={3} data-size="2xs">
        {t('caseForms.statementsHeading')}
      </Heading>
      <Paragraph data-size="sm">{t('caseForms.statementsHelp')}</Paragraph>
      {data.statements && data.statements.length > 0 && (
        <ul className="plain-list case-statements">
          {data.statements.map((s) => (
            <li key={s.id}>
              <strong>{t('caseForms.statementBy', { name: s.personName, relation: s.relation })}</strong>{' '}
              <span className="class-list__meta">{formatDate(s.givenOn)}</span>
              {!s.chosenByPupil && (
                <>
                  {' '}
                  <Tag data-color="warning" data-size="sm">
                    {t('caseForms.notChosenByPupil')}
                  </Tag>
                </>
              )}
              <Paragraph data-size="sm">{s.statement}</Paragraph>
            </li>
          ))}
        </ul>
      )}
      {mayWrite && (
        <Button
          ref={statementButton}
          variant="secondary"
          data-size="sm"
          aria-expanded={statementOpen}
          onClick={() => setStatementOpen(!statementOpen)}
        >
          {t('caseForms.addStatement')}
        </Button>
      )}
      {statementOpen && (
        <StatementForm
          caseId={data.id}
          onCancel={() => {
            setStatementOpen(false);
            requestAnimationFrame(() => statementButton.current?.focus());
          }}
          onDone={async () => {
            setStatementOpen(false);
            await onChanged(t('caseForms.statementSaved'));
            focusById(KARTLEGGING_ID);
          }}
        />
      )}
    </Section>
  );
}

function PupilVoiceStatus({ data }: { data: CaseDetail }) {
  const { t } = useTranslation();
  const voice = data.pupilVoice!;
  return (
    <Alert data-color={voice.heard ? 'success' : 'warning'} className="pupil-voice">
      <Heading level={3} data-size="2xs">
        {voice.heard ? t('caseForms.voiceHeard') : t('caseForms.voiceMissing')}
      </Heading>
      {voice.heard ? (
        <ul>
          {voice.evidence.map((e) => (
            <li key={e.id}>{t('caseForms.evidence', { text: e.text, date: formatDate(e.on) })}</li>
          ))}
        </ul>
      ) : (
        voice.reasons.map((r, i) => (
          <Paragraph key={i} data-size="sm">
            {r}
          </Paragraph>
        ))
      )}
    </Alert>
  );
}

function meetingLabel(t: TFunction, m: Meeting) {
  return `${t(`cases.kind_${m.kind}`)} ${formatDate(m.scheduledOn)}`;
}

function FilledFormItem({
  data,
  summary,
  mayWrite,
  onEdit,
  onChanged,
}: SectionProps & { summary: CaseFormSummary; mayWrite: boolean; onEdit(e: Editing): void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<'pdf' | 'edit' | null>(null);
  const { failure, fail, clear } = useFailure();
  const meeting = data.meetings?.find((m) => m.id === summary.meetingId);
  const label = `${summary.title} ${formatDate(summary.filledOn)}`;

  async function print() {
    setBusy('pdf');
    clear();
    try {
      const { pdf, fileName } = await formsApi.pdf(data.id, summary.id);
      downloadPdf(
        pdf,
        fileName ?? downloadName(summary.formId, data.pupil.lastName, data.pupil.firstName, summary.filledOn),
      );
      await onChanged(t('caseForms.printed'));
    } catch (err) {
      fail(err);
    } finally {
      setBusy(null);
    }
  }

  async function edit() {
    setBusy('edit');
    clear();
    try {
      const { form } = await formsApi.read(data.id, summary.id);
      onEdit({ form: form.form, answers: form.answers, existing: summary });
    } catch (err) {
      fail(err);
    } finally {
      setBusy(null);
    }
  }

  return (
    <li className="case-forms__item">
      <strong>{summary.title}</strong>
      <br />
      <span className="class-list__meta">
        {t('caseForms.filledMeta', {
          date: formatDate(summary.filledOn),
          audience: t(`caseForms.audience_${summary.audience}`),
        })}
        {meeting && ` · ${t('caseForms.inMeeting', { meeting: meetingLabel(t, meeting) })}`}
      </span>
      <div className="button-row">
        <Button
          variant="tertiary"
          data-size="sm"
          onClick={() => void print()}
          disabled={busy !== null}
          aria-busy={busy === 'pdf' || undefined}
        >
          <span aria-hidden="true">📄 </span>
          {t('caseForms.print')}
          <span className="ds-sr-only"> – {label}</span>
        </Button>
        {mayWrite && (
          <Button
            variant="tertiary"
            data-size="sm"
            onClick={() => void edit()}
            disabled={busy !== null}
            aria-busy={busy === 'edit' || undefined}
          >
            {t('caseForms.edit')}
            <span className="ds-sr-only"> – {label}</span>
          </Button>
        )}
      </div>
      <FailureMessage failure={failure} fallback={t('caseForms.failed')} />
    </li>
  );
}

function ChooseForm({ data, onStart }: { data: CaseDetail; onStart(e: Editing): void }) {
  const { t } = useTranslation();
  const list = useApi('forms', () => formsApi.list());
  const [formId, setFormId] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const [busy, setBusy] = useState<'start' | 'blank' | null>(null);
  const { failure, fail, clear } = useFailure();
  if (list.status === 'loading') return <Loading />;
  if (list.status === 'error') return <ErrorAlert>{errorMessage(list.error, t('caseForms.listFailed'))}</ErrorAlert>;
  const forms = list.data.forms;

  async function start(e: FormEvent) {
    e.preventDefault();
    if (!formId) {
      setProblem(t('caseForms.chooseMissing'));
      document.getElementById('velg-skjema')?.focus();
      return;
    }
    setProblem(undefined);
    setBusy('start');
    clear();
    try {
      const started = await formsApi.start(data.id, formId);
      onStart({ form: started.form, answers: started.answers });
    } catch (err) {
      fail(err);
      setBusy(null);
    }
  }

  async function blank() {
    if (!formId) {
      setProblem(t('caseForms.chooseMissing'));
      document.getElementById('velg-skjema')?.focus();
      return;
    }
    setBusy('blank');
    clear();
    try {
      const { pdf, fileName } = await formsApi.blankPdf(formId);
      downloadPdf(pdf, fileName ?? `${formId}.pdf`);
    } catch (err) {
      fail(err);
    } finally {
      setBusy(null);
    }
  }

  return (
    <form className="stack-form choose-form" onSubmit={start} noValidate aria-label={t('caseForms.chooseLegend')}>
      <Field>
        <Label htmlFor="velg-skjema">{t('caseForms.choose')}</Label>
        <Field.Description>{t('caseForms.chooseHelp')}</Field.Description>
        <Select
          id="velg-skjema"
          value={formId}
          onChange={(e) => setFormId(e.target.value)}
          aria-invalid={problem ? true : undefined}
          width="auto"
        >
          <Select.Option value="">{t('caseForms.choosePlaceholder')}</Select.Option>
          {forms.map((f) => (
            <Select.Option key={f.id} value={f.id}>
              {f.countsAsPupilVoice ? t('caseForms.optionVoice', { title: f.title }) : f.title}
            </Select.Option>
          ))}
        </Select>
        {problem && <ValidationMessage>{problem}</ValidationMessage>}
      </Field>
      <div className="button-row">
        <Button type="submit" data-size="sm" disabled={busy !== null} aria-busy={busy === 'start' || undefined}>
          {t('caseForms.start')}
        </Button>
        <Button
          variant="tertiary"
          data-size="sm"
          onClick={() => void blank()}
          disabled={busy !== null}
          aria-busy={busy === 'blank' || undefined}
        >
          <span aria-hidden="true">📄 </span>
          {t('caseForms.blank')}
        </Button>
      </div>
      <FailureMessage failure={failure} fallback={t('caseForms.failed')} />
    </form>
  );
}

// ——— Filling a form ———

type Set = (value: FormAnswers[string] | undefined) => void;

function FormFiller({
  data,
  editing,
  onCancel,
  onDone,
}: {
  data: CaseDetail;
  editing: Editing;
  onCancel(): void;
  onDone(): Promise<void>;
}) {
  const { t } = useTranslation();
  const { form, existing } = editing;
  const [answers, setAnswers] = useState<FormAnswers>(() => editableAnswers(form, editing.answers));
  const [audience, setAudience] = useState<FormAudience>(existing?.audience ?? form.audience);
  const [meetingId, setMeetingId] = useState(existing?.meetingId ?? '');
  const [filledOn, setFilledOn] = useState(existing?.filledOn ?? localToday(new Date()));
  const [problems, setProblems] = useState<{
    byQuestion: Map<string, string[]>;
    other: { field: string; message: string }[];
  }>({ byQuestion: new Map(), other: [] });
  const [error, setError] = useState<{ error: unknown; n: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const ref = useFocusFirst<HTMLFormElement>();
  const headingId = `skjema-${form.id}`;
  const set =
    (qid: string): Set =>
    (value) =>
      setAnswers((a) => ({ ...a, [qid]: value ?? null }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    const body = { audience, meetingId: meetingId || null, filledOn, answers: cleanAnswers(form, answers) };
    try {
      if (existing) await formsApi.update(data.id, existing.id, { ...body, version: existing.version });
      else await formsApi.fill(data.id, { formId: form.id, ...body });
      await onDone();
    } catch (err) {
      const found = problemsByQuestion(form, fieldErrors(err));
      setProblems(found);
      setError((p) => ({ error: err, n: (p?.n ?? 0) + 1 }));
      setBusy(false);
      const first = form.sections.flatMap((s) => s.questions).find((q) => found.byQuestion.has(q.id));
      if (first) requestAnimationFrame(() => document.getElementById(`sporsmal-${first.id}`)?.focus());
    }
  }

  return (
    <form
      ref={ref}
      className="stack-form inline-panel form-filler"
      onSubmit={submit}
      noValidate
      aria-labelledby={headingId}
    >
      <Heading level={3} data-size="xs" id={headingId}>
        {existing ? t('caseForms.editing', { title: form.title }) : form.title}
      </Heading>
      <Paragraph data-size="xs" className="class-list__meta">
        {t('caseForms.source', { source: form.source, version: form.version })}
      </Paragraph>
      {form.intro.map((p, i) => (
        <Paragraph key={i} data-size="sm">
          {p}
        </Paragraph>
      ))}
      <Fieldset>
        <Fieldset.Legend>{t('caseForms.aboutLegend')}</Fieldset.Legend>
        <div className="form-filler__about">
          <Field>
            <Label>{t('caseForms.audience')}</Label>
            <Select value={audience} onChange={(e) => setAudience(e.target.value as FormAudience)} width="auto">
              {FORM_AUDIENCES.map((a) => (
                <Select.Option key={a} value={a}>
                  {t(`caseForms.audienceOption_${a}`)}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <Textfield
            label={t('caseForms.filledOn')}
            type="date"
            value={filledOn}
            onChange={(e) => setFilledOn(e.target.value)}
            error={problems.other.find((p) => p.field === 'filledOn')?.message}
          />
          <Field>
            <Label>{t('caseForms.meeting')}</Label>
            <Select value={meetingId} onChange={(e) => setMeetingId(e.target.value)} width="auto">
              <Select.Option value="">{t('caseForms.noMeeting')}</Select.Option>
              {(data.meetings ?? []).map((m) => (
                <Select.Option key={m.id} value={m.id}>
                  {meetingLabel(t, m)}
                </Select.Option>
              ))}
            </Select>
          </Field>
        </div>
      </Fieldset>
      {form.sections.map((section) => (
        <div key={section.id} className="form-filler__section">
          {!(form.sections.length === 1 && section.title === form.title) && (
            <Heading level={4} data-size="2xs">
              {section.title}
            </Heading>
          )}
          {section.intro.map((p, i) => (
            <Paragraph key={i} data-size="sm">
              {p}
            </Paragraph>
          ))}
          {section.questions.map((q) => (
            <div key={q.id} id={`sporsmal-${q.id}`} tabIndex={-1} className="form-filler__question">
              <QuestionInput
                q={q}
                value={answers[q.id]}
                onChange={set(q.id)}
                problems={problems.byQuestion.get(q.id)}
              />
            </div>
          ))}
        </div>
      ))}
      {form.closing.map((p, i) => (
        <Paragraph key={i} data-size="sm">
          {p}
        </Paragraph>
      ))}
      {error && (
        <div key={error.n}>
          <ErrorAlert>{errorMessage(error.error, t('caseForms.failed'))}</ErrorAlert>
          {problems.other.filter((p) => p.field !== 'filledOn').length > 0 && (
            <ul className="field-errors">
              {problems.other.map((p, i) => (
                <li key={i}>{p.message}</li>
              ))}
            </ul>
          )}
          <ConflictHint error={error.error} />
        </div>
      )}
      <div className="button-row">
        <Button type="submit" data-size="sm" disabled={busy} aria-busy={busy || undefined}>
          {existing ? t('caseForms.saveChanges') : t('caseForms.save')}
        </Button>
        <Button variant="tertiary" data-size="sm" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}

/** The help, the source's follow-up questions and examples, as the field's description. */
function describe(
  q: { help?: string | undefined; prompts?: string[] | undefined; examples?: string[] | undefined },
  extra?: string,
): ReactNode {
  const parts = [
    q.help,
    ...(q.prompts ?? []),
    q.examples?.length ? `Eksempel: ${q.examples.join('; ')}` : undefined,
    extra,
  ].filter(Boolean);
  return parts.length ? parts.join(' · ') : undefined;
}

function Problems({ id, problems }: { id: string; problems: string[] | undefined }) {
  if (!problems?.length) return null;
  return <ValidationMessage id={id}>{problems.join(' ')}</ValidationMessage>;
}

function QuestionInput({
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
                label={PLUS_MINUS_LABELS[pm]}
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

const toggle = (list: string[], v: string, on: boolean) =>
  on ? [...list.filter((x) => x !== v), v] : list.filter((x) => x !== v);

const WEEKDAY_LABEL: Record<Weekday, string> = {
  mandag: 'Mandag',
  tirsdag: 'Tirsdag',
  onsdag: 'Onsdag',
  torsdag: 'Torsdag',
  fredag: 'Fredag',
};

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
      return select(PLUS_MINUS.map((pm) => [pm, PLUS_MINUS_LABELS[pm]]));
    case 'choice':
      return select(column.options.map((o) => [o.id, o.label]));
    case 'colour':
      return select(COLOURS.map((c) => [c, `${COLOUR_LABELS[c]} – ${column.meaning[c]}`]));
  }
}

function TableInput({
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
              <Fieldset.Legend>{WEEKDAY_LABEL[day]}</Fieldset.Legend>
              {periodsOf(day).map(({ r, i }) => {
                const rowName = t('caseForms.period', {
                  day: WEEKDAY_LABEL[day],
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

function CardsInput({
  q,
  value,
  onChange,
  problems,
  errorId,
}: {
  q: Extract<FormQuestion, { type: 'cards' }>;
  value: CardsAnswer;
  onChange: Set;
  problems: string[] | undefined;
  errorId: string;
}) {
  const { t } = useTranslation();
  const chosen = new Map(value.selected.map((s) => [s.card, s]));
  const setCard = (card: string, next: CardsAnswer['selected'][number] | null) =>
    onChange({
      ...value,
      selected: next
        ? chosen.has(card)
          ? value.selected.map((s) => (s.card === card ? next : s))
          : [...value.selected, next]
        : value.selected.filter((s) => s.card !== card),
    });
  const ticks = (group: string) => value.elaborations?.[group] ?? [];
  const setTicks = (group: string, next: { option: string; text?: string }[]) =>
    onChange({ ...value, elaborations: { ...(value.elaborations ?? {}), [group]: next } });
  return (
    <div className="form-cards">
      <Fieldset aria-describedby={problems?.length ? errorId : undefined}>
        <Fieldset.Legend>{q.label}</Fieldset.Legend>
        {describe(q) && <Fieldset.Description>{describe(q)}</Fieldset.Description>}
        <div className="form-cards__grid">
          {q.cards.map((card) => {
            const a = chosen.get(card.id);
            return (
              <div key={card.id} className="form-cards__card" data-chosen={a ? 'true' : undefined}>
                <Checkbox
                  value={card.id}
                  label={card.label}
                  description={card.help}
                  checked={!!a}
                  onChange={(e) =>
                    setCard(card.id, e.target.checked ? { card: card.id, ...(card.writeIn ? { text: '' } : {}) } : null)
                  }
                />
                {a && (
                  <div className="form-cards__details">
                    {card.writeIn && (
                      <Textfield
                        label={t('caseForms.cardText', { card: card.label })}
                        value={a.text ?? ''}
                        onChange={(e) => setCard(card.id, { ...a, text: e.target.value })}
                      />
                    )}
                    {q.extent && (
                      <Field>
                        <Label>{t('caseForms.extent', { card: card.label })}</Label>
                        <Field.Description>
                          {t('caseForms.scaleLegend', {
                            min: q.extent.min,
                            minLabel: q.extent.minLabel,
                            max: q.extent.max,
                            maxLabel: q.extent.maxLabel,
                          })}
                        </Field.Description>
                        <Select
                          value={a.extent === undefined ? '' : String(a.extent)}
                          onChange={(e) =>
                            setCard(card.id, {
                              ...a,
                              extent: e.target.value === '' ? undefined : Number(e.target.value),
                            } as CardsAnswer['selected'][number])
                          }
                          width="auto"
                        >
                          <Select.Option value="">{t('caseForms.notChosen')}</Select.Option>
                          {Array.from({ length: q.extent.max - q.extent.min + 1 }, (_, i) => q.extent!.min + i).map(
                            (n) => (
                              <Select.Option key={n} value={String(n)}>
                                {n}
                              </Select.Option>
                            ),
                          )}
                        </Select>
                      </Field>
                    )}
                    <Textfield
                      multiline
                      rows={2}
                      label={t('caseForms.cardNote', { card: card.label })}
                      value={a.note ?? ''}
                      onChange={(e) => setCard(card.id, { ...a, note: e.target.value })}
                    />
                  </div>
                )}
              </div>
            );
          })}
        </div>
        <Problems id={errorId} problems={problems} />
      </Fieldset>
      {q.elaborations.map((group) => {
        const list = ticks(group.id);
        return (
          <Fieldset key={group.id} className="form-cards__elaboration">
            <Fieldset.Legend>{t('caseForms.elaboration', { title: group.title })}</Fieldset.Legend>
            <div className="form-cards__options">
              {group.options.map((o) => {
                const tick = list.find((x) => x.option === o.id);
                return (
                  <div key={o.id}>
                    <Checkbox
                      value={o.id}
                      label={o.label}
                      checked={!!tick}
                      onChange={(e) =>
                        setTicks(
                          group.id,
                          e.target.checked ? [...list, { option: o.id }] : list.filter((x) => x.option !== o.id),
                        )
                      }
                    />
                    {tick && o.writeIn && (
                      <Textfield
                        label={t('caseForms.writeIn', { label: o.label })}
                        value={tick.text ?? ''}
                        onChange={(e) =>
                          setTicks(
                            group.id,
                            list.map((x) => (x.option === o.id ? { ...x, text: e.target.value } : x)),
                          )
                        }
                      />
                    )}
                  </div>
                );
              })}
            </div>
          </Fieldset>
        );
      })}
    </div>
  );
}

// ——— A trusted person's statement (004 §3) ———

function StatementForm({ caseId, onCancel, onDone }: { caseId: string; onCancel(): void; onDone(): Promise<void> }) {
  const { t } = useTranslation();
  const [personName, setPersonName] = useState('');
  const [relation, setRelation] = useState('');
  const [chosenByPupil, setChosenByPupil] = useState(true);
  const [statement, setStatement] = useState('');
  const [givenOn, setGivenOn] = useState(() => localToday(new Date()));
  const [problems, setProblems] = useState<Record<string, string>>({});
  const { failure, fail } = useFailure();
  const [busy, setBusy] = useState(false);
  const ref = useFocusFirst<HTMLFormElement>();

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    try {
      await formsApi.addStatement(caseId, { personName, relation, chosenByPupil, statement, givenOn });
      await onDone();
    } catch (err) {
      const found = Object.fromEntries(fieldErrors(err).map((f) => [f.field, f.message]));
      setProblems(found);
      fail(err);
      setBusy(false);
      const first = ['personName', 'relation', 'statement', 'givenOn'].find((f) => found[f]);
      if (first) requestAnimationFrame(() => ref.current?.querySelector<HTMLElement>(`[name=${first}]`)?.focus());
    }
  }

  return (
    <form
      ref={ref}
      className="stack-form inline-panel"
      onSubmit={submit}
      noValidate
      aria-label={t('caseForms.addStatement')}
    >
      <Paragraph data-size="sm">{t('caseForms.statementIntro')}</Paragraph>
      <Textfield
        name="personName"
        label={t('caseForms.personName')}
        value={personName}
        onChange={(e) => setPersonName(e.target.value)}
        error={problems.personName}
      />
      <Textfield
        name="relation"
        label={t('caseForms.relation')}
        description={t('caseForms.relationHelp')}
        value={relation}
        onChange={(e) => setRelation(e.target.value)}
        error={problems.relation}
      />
      <Checkbox
        label={t('caseForms.chosenByPupil')}
        description={t('caseForms.chosenByPupilHelp')}
        checked={chosenByPupil}
        onChange={(e) => setChosenByPupil(e.target.checked)}
      />
      <Textfield
        name="statement"
        multiline
        rows={5}
        label={t('caseForms.statement')}
        description={t('caseForms.statementFieldHelp')}
        value={statement}
        onChange={(e) => setStatement(e.target.value)}
        error={problems.statement}
      />
      <Textfield
        name="givenOn"
        type="date"
        label={t('caseForms.givenOn')}
        value={givenOn}
        onChange={(e) => setGivenOn(e.target.value)}
        error={problems.givenOn}
      />
      {failure && (
        <div key={failure.attempt}>
          <ErrorAlert>{errorMessage(failure.error, t('caseForms.failed'))}</ErrorAlert>
        </div>
      )}
      <div className="button-row">
        <Button type="submit" data-size="sm" disabled={busy} aria-busy={busy || undefined}>
          {t('caseForms.saveStatement')}
        </Button>
        <Button variant="tertiary" data-size="sm" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
