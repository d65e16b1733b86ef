import { Checkbox, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { PanelForm, usePanelForm, type PanelFormProps } from '../../../ui/PanelForm';
import { FormButtons } from '../../../ui/FormButtons';
import { useTranslation } from 'react-i18next';
import { appToday } from '../../../appClock';
import { formsApi } from '../../../caseForms';
import { ErrorAlert, errorMessage } from '../../../ui/ErrorAlert';

// ——— A trusted person's statement (004 §3) ———

export function StatementForm({ caseId, onCancel, onDone }: { caseId: string } & PanelFormProps) {
  const { t } = useTranslation();
  const [personName, setPersonName] = useState('');
  const [relation, setRelation] = useState('');
  const [chosenByPupil, setChosenByPupil] = useState(true);
  const [statement, setStatement] = useState('');
  const [givenOn, setGivenOn] = useState(() => appToday());
  const { busy, failure, form, problems, run, markServerFields } = usePanelForm<
    'personName' | 'relation' | 'statement' | 'givenOn'
  >();

  // The server checks the statement; the fields it names are marked, and the first of them takes focus.
  async function submit(e: FormEvent) {
    e.preventDefault();
    await run(async () => {
      await formsApi.addStatement(caseId, { personName, relation, chosenByPupil, statement, givenOn });
      await onDone();
    }, markServerFields);
  }

  return (
    <PanelForm form={form} onSubmit={submit} label={t('caseForms.addStatement')}>
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
      <FormButtons busy={busy} submit={t('caseForms.saveStatement')} onCancel={onCancel} />
    </PanelForm>
  );
}
