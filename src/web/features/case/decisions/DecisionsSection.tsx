import { Button, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { decisionApi } from '../../../api';
import type { DecisionSummary, ListDecisionsResponse } from '../../../api';
import { formatDate } from '../../../format';
import { ChoiceSelect, PanelForm, usePanelForm } from '../../../ui/PanelForm';
import { FailureMessage, ReloadContext, Section, useFailure } from '../../../ui/feedback';
import { FormButtons } from '../../../ui/FormButtons';
import { InlinePanel } from '../../../ui/InlinePanel';
import { focusById } from '../../../ui/focus';
import type { SectionProps } from '../types';
import { DecisionPanel } from './DecisionPanel';
import { waitedFor } from './decisions';

// «Vedtak» on the case page (issue 22 items 1–2, decision 218): the case's enkeltvedtak with their state and
// next deadline, «Nytt vedtak» of a kind from the kommune's content, and each decision opened in place —
// the draft, the forhåndsvarsel and the reply, «Fatt vedtak», the letter and its receipt, and the appeal.

const STATUS_COLOR = {
  draft: 'neutral',
  'notice-sent': 'info',
  'reply-recorded': 'info',
  decided: 'success',
  delivered: 'success',
  appealed: 'warning',
  upheld: 'warning',
  forwarded: 'warning',
  changed: 'success',
  final: 'success',
} as const;

/** The next deadline in words: «Klagefrist 16.12.2026», or what waits where it has not started. */
export function deadlineText(t: TFunction, deadline: NonNullable<DecisionSummary['nextDeadline']>): string {
  if (!deadline.on) return t(`decisions.deadlineOpen.${deadline.kind}`);
  const text = t(`decisions.deadline.${deadline.kind}`, { date: formatDate(deadline.on) });
  const waited = waitedFor(deadline.waitedDays ?? 0);
  return waited
    ? `${text} · ${t(waited.unit === 'days' ? 'decisions.waitedDays' : 'decisions.waitedWeeks', { count: waited.count })}`
    : text;
}

export const decisionHeadingId = (decisionId: string) => `vedtak-${decisionId}`;

export function DecisionsSection({ data, onChanged }: SectionProps) {
  const { t } = useTranslation();
  const [list, setList] = useState<ListDecisionsResponse | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const { failure, fail, clear } = useFailure();
  const load = useCallback(async () => {
    try {
      setList(await decisionApi.list(data.id));
      clear();
    } catch (error) {
      fail(error);
    }
  }, [data.id, fail, clear]);
  useEffect(() => {
    void load();
  }, [load]);

  /** After a step: say what was done, fetch the list again (a new version reloads the open panel) and the case's log. */
  const changed = async (text: string) => {
    await load();
    await onChanged(text, ['status', 'timeline']);
  };

  return (
    // A 409 in a decision's form fetches the newest version of the decisions, not the whole case.
    <ReloadContext.Provider value={() => void load()}>
      <Section id="vedtak" heading={t('decisions.heading')}>
        <Paragraph data-size="sm">{t('decisions.intro')}</Paragraph>
        <FailureMessage failure={failure} fallback={t('decisions.loadFailed')} />
        {list &&
          (list.decisions.length === 0 ? (
            <Paragraph>{t('decisions.none')}</Paragraph>
          ) : (
            <ul className="plan-list">
              {list.decisions.map((d) => (
                <li key={d.id} data-decision-id={d.id}>
                  <Heading level={3} data-size="xs" id={decisionHeadingId(d.id)} tabIndex={-1}>
                    {d.kindName}
                    {d.replacesId && ` – ${t('decisions.afterAppeal')}`}{' '}
                    <Tag data-color={STATUS_COLOR[d.status]}>{t(`decisions.state.${d.status}`)}</Tag>
                  </Heading>
                  <Paragraph data-size="sm" className="class-list__meta">
                    {[
                      d.from && d.to
                        ? t('decisions.period', { from: formatDate(d.from), to: formatDate(d.to) })
                        : d.from && formatDate(d.from),
                      d.nextDeadline && deadlineText(t, d.nextDeadline),
                      d.nextDeadline?.overdue && t('decisions.overdue'),
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </Paragraph>
                  <Button
                    variant="secondary"
                    data-size="sm"
                    aria-expanded={open === d.id}
                    onClick={() => setOpen(open === d.id ? null : d.id)}
                  >
                    {open === d.id
                      ? t('decisions.closePanel', { kind: d.kindName })
                      : t('decisions.open', { kind: d.kindName })}
                  </Button>
                  {open === d.id && <DecisionPanel caseData={data} list={list} summary={d} onChanged={changed} />}
                </li>
              ))}
            </ul>
          ))}
        {list?.canDraft && !data.readOnly && data.state.status === 'open' && list.kinds.length > 0 && (
          <InlinePanel label={t('decisions.newDecision')}>
            {(panel) => (
              <NewDecisionForm
                caseId={data.id}
                kinds={list.kinds}
                onCancel={panel.close}
                onCreated={async (decisionId, kind) => {
                  panel.close();
                  await changed(t('decisions.created', { kind }));
                  setOpen(decisionId);
                  focusById(decisionHeadingId(decisionId));
                }}
              />
            )}
          </InlinePanel>
        )}
      </Section>
    </ReloadContext.Provider>
  );
}

function NewDecisionForm({
  caseId,
  kinds,
  onCancel,
  onCreated,
}: {
  caseId: string;
  kinds: ListDecisionsResponse['kinds'];
  onCancel(): void;
  onCreated(decisionId: string, kindName: string): Promise<void>;
}) {
  const { t } = useTranslation();
  const ids = kinds.map((k) => k.id);
  const [kind, setKind] = useState(ids[0] ?? '');
  const chosen = kinds.find((k) => k.id === kind);
  const { busy, failure, form, send } = usePanelForm();
  const submit = send(null, async () => {
    const { decision } = await decisionApi.create(caseId, { kind });
    await onCreated(decision.id, decision.kindName);
  });
  return (
    <PanelForm form={form} onSubmit={submit} label={t('decisions.newDecision')}>
      <ChoiceSelect
        label={t('decisions.kindLabel')}
        value={kind}
        options={ids}
        optionLabel={(id) => kinds.find((k) => k.id === id)?.name ?? id}
        onChange={setKind}
      />
      {chosen && <Paragraph data-size="sm">{chosen.description}</Paragraph>}
      <FailureMessage failure={failure} fallback={t('decisions.failed')} />
      <FormButtons busy={busy} submit={t('decisions.create')} onCancel={onCancel} />
    </PanelForm>
  );
}
