import { Alert, Button, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useInlinePanel } from '../../../ui/InlinePanel';
import { useTranslation } from 'react-i18next';
import type { FormAnswers } from '../../../../domain/forms/answers';
import { type FormDefinition } from '../../../../domain/forms/form-schema';
import type { CaseDetail } from '../../../api';
import { formsApi, type CaseFormSummary, type PupilVoice } from '../../../caseForms';
import { FailureMessage, Section, useFailure } from '../../../ui/feedback';
import { focusById } from '../../../ui/focus';
import { formatDate } from '../../../format';
import type { SectionProps } from '../types';
import { FilledFormItem, ChooseForm } from './FilledFormItem';
import { FormFiller } from './FormFiller';
import { StatementForm } from './StatementForm';

export type Editing = { form: FormDefinition; answers: FormAnswers; existing?: CaseFormSummary };

export const KARTLEGGING_ID = 'kartlegging';

export function CaseFormsSection({ data, onChanged }: SectionProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Editing | null>(null);
  const statement = useInlinePanel();
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
      <PupilVoiceStatus data={data} mayWrite={mayWrite && !editing} onStart={setEditing} />
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
        <Button {...statement.triggerProps} variant="secondary" data-size="sm">
          {t('caseForms.addStatement')}
        </Button>
      )}
      {statement.open && (
        <StatementForm
          caseId={data.id}
          onCancel={statement.close}
          onDone={async () => {
            statement.setOpen(false);
            await onChanged(t('caseForms.statementSaved'));
            focusById(KARTLEGGING_ID);
          }}
        />
      )}
    </Section>
  );
}

function PupilVoiceStatus({
  data,
  mayWrite,
  onStart,
}: {
  data: CaseDetail;
  mayWrite: boolean;
  onStart(e: Editing): void;
}) {
  const { t } = useTranslation();
  const voice = data.pupilVoice!;
  const [busy, setBusy] = useState<string | null>(null);
  const { failure, fail, clear } = useFailure();
  // The gate offers the form that supplies what is missing: a filled one to complete, or a new one.
  async function open(offer: PupilVoice['offers'][number]) {
    setBusy(offer.filledFormId ?? offer.formId);
    clear();
    try {
      const existing = offer.filledFormId ? data.forms?.find((f) => f.id === offer.filledFormId) : undefined;
      if (existing) {
        const { form } = await formsApi.read(data.id, existing.id);
        onStart({ form: form.form, answers: form.answers, existing });
      } else {
        const started = await formsApi.start(data.id, offer.formId);
        onStart({ form: started.form, answers: started.answers });
      }
    } catch (err) {
      fail(err);
    } finally {
      setBusy(null);
    }
  }
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
      {!voice.heard && mayWrite && (voice.offers ?? []).length > 0 && (
        <div className="button-row">
          {voice.offers.map((o) => {
            const filled = o.filledFormId ? data.forms?.find((f) => f.id === o.filledFormId) : undefined;
            return (
              <Button
                key={o.filledFormId ?? o.formId}
                variant="secondary"
                data-size="sm"
                disabled={busy !== null}
                aria-busy={busy === (o.filledFormId ?? o.formId) || undefined}
                onClick={() => void open(o)}
              >
                {filled
                  ? t('caseForms.offerComplete', { title: o.title, date: formatDate(filled.filledOn) })
                  : t('caseForms.offerNew', { title: o.title })}
              </Button>
            );
          })}
        </div>
      )}
      <FailureMessage failure={failure} fallback={t('caseForms.failed')} />
    </Alert>
  );
}
