import { Button, Field, Label, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import { InlinePanel } from '../../../ui/InlinePanel';
import { PanelForm, usePanelForm } from '../../../ui/PanelForm';
import { useTranslation } from 'react-i18next';
import { caseApi } from '../../../api';
import type { CaseDetail, StaffMember } from '../../../api';
import { FailureMessage } from '../../../ui/feedback';
import { Loading } from '../../../ui/Loading';
import { useApi } from '../../../useApi';
import type { SectionProps } from '../types';

// ——— Passing the baton ———

/** "Gi stafettpinnen videre": the button and, when open, the form; the staff who may hold the case come from the server. */
export function PassBaton({ data, onChanged }: SectionProps) {
  const { t } = useTranslation();
  if (data.state.status !== 'open') return null;
  return (
    <InlinePanel label={t('cases.passBaton')} highlightOpen>
      {(panel) => (
        <BatonForm
          data={data}
          onCancel={panel.close}
          onDone={(name) => panel.finish(() => onChanged(t('cases.batonPassed', { name })))}
        />
      )}
    </InlinePanel>
  );
}

function BatonForm({
  data,
  onCancel,
  onDone,
}: {
  data: CaseDetail;
  onCancel(): void;
  onDone(name: string): Promise<void>;
}) {
  const { t } = useTranslation();
  const staff = useApi(`staff:${data.id}`, () => caseApi.staff(data.id));
  const [userId, setUserId] = useState('');
  const [reason, setReason] = useState('');
  const { busy, failure, form, problems, send } = usePanelForm<'userId' | 'reason'>();
  const others: StaffMember[] =
    staff.status === 'ok' ? staff.data.staff.filter((s) => s.id !== data.stafettholder.id) : [];
  // The staff arrive after the form opens: focus the first field then (or the cancel button when there is nobody).
  useEffect(() => {
    if (staff.status !== 'loading') form.current?.querySelector<HTMLElement>('select, button')?.focus();
  }, [staff.status, form]);

  const submit = send(
    () => ({
      userId: !userId && t('cases.missingHolder'),
      reason: !reason.trim() && t('cases.missingBatonReason'),
    }),
    async () => {
      const result = await caseApi.passBaton(data.id, { userId, reason: reason.trim(), version: data.version });
      await onDone(result.stafettholder.name);
    },
  );

  return (
    <PanelForm form={form} onSubmit={submit} label={t('cases.passBaton')}>
      {staff.status === 'loading' && <Loading />}
      {staff.status === 'error' && (
        <FailureMessage failure={{ error: staff.error, attempt: 0 }} fallback={t('cases.staffFailed')} />
      )}
      {staff.status === 'ok' && others.length === 0 && <Paragraph>{t('cases.noOtherStaff')}</Paragraph>}
      {staff.status === 'ok' && others.length > 0 && (
        <>
          <FailureMessage failure={failure} fallback={t('cases.batonFailed')} />
          <Field>
            <Label>{t('cases.newHolder')}</Label>
            <Select
              name="userId"
              value={userId}
              onChange={(e) => setUserId(e.target.value)}
              width="auto"
              aria-invalid={problems.userId ? true : undefined}
            >
              <Select.Option value="">{t('cases.chooseHolder')}</Select.Option>
              {others.map((s) => (
                <Select.Option key={s.id} value={s.id}>
                  {t('cases.holderOption', { name: s.name, role: t(`roles.${s.role}`, { defaultValue: s.role }) })}
                </Select.Option>
              ))}
            </Select>
            {problems.userId && (
              <p className="inline-problem" role="alert">
                {problems.userId}
              </p>
            )}
          </Field>
          <Textfield
            multiline
            rows={2}
            name="reason"
            label={t('cases.batonReason')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            error={problems.reason}
          />
        </>
      )}
      <div className="button-row">
        {staff.status === 'ok' && others.length > 0 && (
          <Button type="submit" data-size="sm" disabled={busy} aria-busy={busy || undefined}>
            {t('cases.batonSubmit')}
          </Button>
        )}
        <Button variant="tertiary" data-size="sm" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </PanelForm>
  );
}
