import { Button, Field, Heading, Label, Paragraph, Select, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../api';
import { FailureMessage, Section, useFailure } from '../../../ui/feedback';
import type { Changed } from '../types';
import { PLAN_KINDS, type PlanKind } from '../../../../domain/plans/plan-schema';
import { planApi } from './plans';
import { PlanPanel } from './PlanPanel';

// «Planer» on the case page (decision 064): make a plan of a kind, fill it in, add measures from the
// measures bank in one click, activate it (the server's refusal reasons and warnings shown as they are,
// and at their fields), print it and read its versions. Panels open in place; focus follows.

const STATUS_COLOR = { utkast: 'neutral', aktiv: 'success', avsluttet: 'warning' } as const;

export function PlansSection({ data, onChanged }: { data: CaseDetail; onChanged: Changed }) {
  const { t } = useTranslation();
  const plans = data.plans;
  const [open, setOpen] = useState<string | null>(null);
  const [kind, setKind] = useState<PlanKind>('samarbeidsavtale');
  const [busy, setBusy] = useState(false);
  const { failure, fail, clear } = useFailure();
  const readOnly = data.readOnly;

  async function create(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    clear();
    try {
      const { plan } = await planApi.create(data.id, kind);
      await onChanged(t('plans.created', { title: plan.title }));
      setOpen(plan.id);
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Section id="planer" heading={t('plans.heading')}>
      <Paragraph>{t('plans.intro')}</Paragraph>
      {plans.length === 0 ? (
        <Paragraph>{t('plans.none')}</Paragraph>
      ) : (
        <ul className="plan-list">
          {plans.map((p) => (
            <li key={p.id}>
              <Heading level={3} data-size="xs" id={`plan-${p.id}`} tabIndex={-1}>
                {p.title} <Tag data-color={STATUS_COLOR[p.status]}>{t(`plans.status_${p.status}`)}</Tag>
              </Heading>
              <Button
                variant="secondary"
                data-size="sm"
                aria-expanded={open === p.id}
                onClick={() => setOpen(open === p.id ? null : p.id)}
              >
                {open === p.id ? t('plans.closePanel', { title: p.title }) : t('plans.open', { title: p.title })}
              </Button>
              {open === p.id && <PlanPanel caseData={data} summary={p} onChanged={onChanged} />}
            </li>
          ))}
        </ul>
      )}
      {!readOnly && data.state.status === 'open' && (
        <form onSubmit={create} className="plan-create">
          <Field>
            <Label>{t('plans.kindLabel')}</Label>
            <Select value={kind} onChange={(e) => setKind(e.target.value as PlanKind)} width="auto">
              {PLAN_KINDS.map((k) => (
                <Select.Option key={k} value={k}>
                  {t(`plans.kindName.${k}`)}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <Button type="submit" disabled={busy}>
            {t('plans.create')}
          </Button>
          <FailureMessage failure={failure} fallback={t('plans.failed')} />
        </form>
      )}
    </Section>
  );
}
