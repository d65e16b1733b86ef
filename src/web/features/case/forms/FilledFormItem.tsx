import { Button, Field, Label, Select, ValidationMessage } from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { CaseDetail, Meeting } from '../../../api';
import { formsApi, type CaseFormSummary } from '../../../caseForms';
import { downloadName } from '../../../cases';
import { FailureMessage, useFailure } from '../../../ui/feedback';
import { ErrorAlert, errorMessage } from '../../../ui/ErrorAlert';
import { Loading } from '../../../ui/Loading';
import { downloadBlob } from '../../../ui/download';
import { formatDate } from '../../../format';
import { useApi } from '../../../useApi';
import type { SectionProps } from '../types';
import type { Editing } from './CaseFormsSection';

export function meetingLabel(t: TFunction, m: Meeting) {
  return `${t(`cases.kind_${m.kind}`)} ${formatDate(m.scheduledOn)}`;
}

export function FilledFormItem({
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
      downloadBlob(
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

export function ChooseForm({ data, onStart }: { data: CaseDetail; onStart(e: Editing): void }) {
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
      downloadBlob(pdf, fileName ?? `${formId}.pdf`);
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
