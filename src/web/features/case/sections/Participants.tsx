import { Button, Field, Label, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useInlinePanel } from '../../../ui/InlinePanel';
import { focusLater } from '../../../ui/focus';
import { ChoiceSelect, PanelForm, usePanelForm } from '../../../ui/PanelForm';
import { useTranslation } from 'react-i18next';
import { LADDER_ROLES } from '../../../../domain/ladder/ladder-schema';
import { caseApi } from '../../../api';
import { useApi } from '../../../useApi';
import { FailureMessage, useFailure } from '../../../ui/feedback';
import type { Changed } from '../types';
import type { CaseDetail } from '../../../api';

type LadderRole = keyof typeof LADDER_ROLES;

/**
 * Who takes part in the case besides the stafettholder, each with a role from the ladder's list
 * (decision 040: removal keeps the row and its date). The school edits; a partner reads.
 */
export function CaseParticipants({ data, onChanged }: { data: CaseDetail; onChanged: Changed }) {
  const { t } = useTranslation();
  const { failure, fail, clear } = useFailure();
  const add = useInlinePanel();
  const editable = !data.readOnly && data.state.status === 'open';

  async function remove(participantId: string, name: string) {
    clear();
    try {
      await caseApi.removeParticipant(data.id, participantId);
      await onChanged(t('participants.removed', { name }));
      focusLater(add.trigger.current);
    } catch (err) {
      fail(err);
    }
  }

  return (
    <div className="participants">
      <Paragraph data-size="sm">
        <strong>{t('participants.heading')}:</strong> {data.participants.length === 0 && t('participants.none')}
      </Paragraph>
      {data.participants.length > 0 && (
        <ul className="plain-list">
          {data.participants.map((p) => (
            <li key={p.id}>
              {p.name} – {p.roleLabel}{' '}
              {editable && (
                <Button
                  variant="tertiary"
                  data-size="sm"
                  onClick={() => void remove(p.id, p.name)}
                  aria-label={t('participants.removeLabel', { name: p.name })}
                >
                  {t('participants.remove')}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      <FailureMessage failure={failure} fallback={t('participants.failed')} />
      {editable && (
        <Button {...add.triggerProps} variant={add.open ? 'primary' : 'secondary'} data-size="sm">
          {t('participants.add')}
        </Button>
      )}
      {add.open && editable && (
        <AddParticipant
          caseId={data.id}
          onCancel={add.close}
          onDone={(name) => add.finish(() => onChanged(t('participants.added', { name })))}
        />
      )}
    </div>
  );
}

function AddParticipant({
  caseId,
  onCancel,
  onDone,
}: {
  caseId: string;
  onCancel(): void;
  onDone(name: string): Promise<void>;
}) {
  const { t } = useTranslation();
  const people = useApi(`case:${caseId}:people`, () => caseApi.people(caseId));
  const [personId, setPersonId] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<LadderRole>('helsesykepleier');
  const { busy, failure, form, problems, send } = usePanelForm<'name'>();

  const submit = send(
    () => ({ name: !name.trim() && t('participants.missingName') }),
    async () => {
      await caseApi.addParticipant(caseId, { name: name.trim(), role, userId: personId || null });
      await onDone(name.trim());
    },
  );

  return (
    <PanelForm form={form} onSubmit={submit} label={t('participants.add')}>
      <FailureMessage failure={failure} fallback={t('participants.failed')} />
      {people.status === 'ok' && people.data.people.length > 0 && (
        <Field>
          <Label>{t('participants.person')}</Label>
          <Select
            autoFocus
            value={personId}
            width="auto"
            onChange={(e) => {
              const chosen = people.data.people.find((p) => p.id === e.target.value);
              setPersonId(chosen?.id ?? '');
              if (chosen) {
                setName(chosen.name);
                if (chosen.role in LADDER_ROLES) setRole(chosen.role as LadderRole);
              }
            }}
          >
            <Select.Option value="">{t('participants.noAccount')}</Select.Option>
            {people.data.people.map((p) => (
              <Select.Option key={p.id} value={p.id}>
                {t('participants.personOption', {
                  name: p.name,
                  role: t(`roles.${p.accountRole}`, { defaultValue: p.accountRole }),
                })}
              </Select.Option>
            ))}
          </Select>
        </Field>
      )}
      <Textfield
        name="name"
        autoFocus={people.status !== 'ok' || people.data.people.length === 0}
        label={t('participants.name')}
        description={personId ? t('participants.nameFromAccount') : undefined}
        readOnly={!!personId}
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={problems.name}
      />
      <ChoiceSelect
        label={t('participants.role')}
        value={role}
        options={Object.keys(LADDER_ROLES) as LadderRole[]}
        optionLabel={(r) => LADDER_ROLES[r]}
        onChange={setRole}
      />
      <div className="button-row">
        <Button type="submit" disabled={busy} aria-busy={busy || undefined}>
          {t('participants.submit')}
        </Button>
        <Button variant="tertiary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </PanelForm>
  );
}
