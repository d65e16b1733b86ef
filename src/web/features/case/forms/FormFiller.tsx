import {
  Field,
  Fieldset,
  Heading,
  Label,
  Paragraph,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { SourceNote } from '../../../ui/SourceNote';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { FormButtons } from '../../../ui/FormButtons';
import { useTranslation } from 'react-i18next';
import type { FormAnswers } from '../../../../domain/forms/answers';
import { fieldErrors } from '../../../absence';
import { appToday } from '../../../appClock';
import type { CaseDetail } from '../../../api';
import {
  FORM_AUDIENCES,
  cleanAnswers,
  editableAnswers,
  formsApi,
  problemsByQuestion,
  type FormAudience,
} from '../../../caseForms';
import { focusById } from '../../../ui/focus';
import { PanelForm, usePanelForm, type PanelFormProps } from '../../../ui/PanelForm';
import { ConflictHint } from '../../../ui/feedback';
import { ErrorAlert, errorMessage } from '../../../ui/ErrorAlert';
import type { Editing } from './CaseFormsSection';
import { QuestionInput } from './QuestionInput';
import type { Set } from './QuestionInput';
import { meetingLabel } from './FilledFormItem';

export function FormFiller({
  data,
  editing,
  onCancel,
  onDone,
}: { data: CaseDetail; editing: Editing } & PanelFormProps) {
  const { t } = useTranslation();
  const { form, existing } = editing;
  const [answers, setAnswers] = useState<FormAnswers>(() => editableAnswers(form, editing.answers));
  const [audience, setAudience] = useState<FormAudience>(existing?.audience ?? form.audience);
  const [meetingId, setMeetingId] = useState(existing?.meetingId ?? '');
  const [filledOn, setFilledOn] = useState(existing?.filledOn ?? appToday());
  const [problems, setProblems] = useState<{
    byQuestion: Map<string, string[]>;
    other: { field: string; message: string }[];
  }>({ byQuestion: new Map(), other: [] });
  const { busy, failure, form: ref, send } = usePanelForm();
  const headingId = `skjema-${form.id}`;
  const set =
    (qid: string): Set =>
    (value) =>
      setAnswers((a) => ({ ...a, [qid]: value ?? null }));

  // The server checks the answers; its problems land at their questions, and the first of them takes focus.
  const submit = send(
    null,
    async () => {
      const body = { audience, meetingId: meetingId || null, filledOn, answers: cleanAnswers(form, answers) };
      if (existing) await formsApi.update(data.id, existing.id, { ...body, version: existing.version });
      else await formsApi.fill(data.id, { formId: form.id, ...body });
      await onDone();
    },
    (err) => {
      const found = problemsByQuestion(form, fieldErrors(err));
      setProblems(found);
      const first = form.sections.flatMap((s) => s.questions).find((q) => found.byQuestion.has(q.id));
      if (first) focusById(`sporsmal-${first.id}`);
    },
  );

  return (
    <PanelForm form={ref} onSubmit={submit} labelledBy={headingId} className="form-filler">
      <Heading level={3} data-size="xs" id={headingId}>
        {existing ? t('caseForms.editing', { title: form.title }) : form.title}
      </Heading>
      <SourceNote source={t('caseForms.source', { source: form.source, version: form.version })} />
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
      {failure && (
        <div key={failure.attempt}>
          <ErrorAlert>{errorMessage(failure.error, t('caseForms.failed'))}</ErrorAlert>
          {problems.other.filter((p) => p.field !== 'filledOn').length > 0 && (
            <ul className="field-errors">
              {problems.other.map((p, i) => (
                <li key={i}>{p.message}</li>
              ))}
            </ul>
          )}
          <ConflictHint error={failure.error} />
        </div>
      )}
      <FormButtons
        busy={busy}
        submit={existing ? t('caseForms.saveChanges') : t('caseForms.save')}
        onCancel={onCancel}
      />
    </PanelForm>
  );
}

/** The help, the source's follow-up questions and examples, as the field's description. */
export function describe(
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

export function Problems({ id, problems }: { id: string; problems: string[] | undefined }) {
  if (!problems?.length) return null;
  return <ValidationMessage id={id}>{problems.join(' ')}</ValidationMessage>;
}
