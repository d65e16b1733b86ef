import { Button, Field, Fieldset, Heading, Label, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MappedCauses } from '../../../api';
import { FailureMessage, useFailure } from '../../../ui/feedback';
import { formatDate } from '../../../format';
import { type Plan } from '../../../../domain/plans/plan-schema';
import {
  addBankMeasure,
  causesParam,
  planApi,
  suggestedMeasures,
  type BankMeasure,
  type Path,
  type SuggestedMeasure,
} from './plans';

// ——— The measures bank: search, and add a measure in one click ———

/** The best suggestions shown at first; the rest behind «Vis alle». */
const SUGGESTIONS_SHOWN = 10;

export function MeasureBank({
  plan,
  planId,
  mapped,
  onAdd,
}: {
  plan: Plan;
  planId: string;
  mapped: MappedCauses | null;
  onAdd(next: Plan, focus: Path): void;
}) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [level, setLevel] = useState('');
  const [group, setGroup] = useState('');
  const [groups, setGroups] = useState<{ id: string; title: string }[]>([]);
  const [found, setFound] = useState<BankMeasure[] | null>(null);
  const [suggested, setSuggested] = useState<SuggestedMeasure[] | null>(null);
  const [allSuggested, setAllSuggested] = useState(false);
  const { failure, fail, clear } = useFailure();
  const causes = causesParam(mapped);
  const takesMeasures = plan.kind === 'tiltaksplan' || plan.kind === 'samarbeidsavtale';
  // The bank's groups for the filter, once.
  useEffect(() => {
    if (!takesMeasures) return;
    let current = true;
    planApi.measures('').then(
      (r) => current && setGroups(r.groups),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [takesMeasures]);
  // The suggestions follow the case's latest årsakskartlegging (decision 061): fetched again when it changes.
  useEffect(() => {
    if (!takesMeasures || causes === '') return setSuggested(null);
    let current = true;
    planApi.suggestions(causes).then(
      (r) => current && setSuggested(suggestedMeasures(r.suggestions, r.measures)),
      (error: unknown) => current && fail(error),
    );
    return () => {
      current = false;
    };
  }, [causes, takesMeasures, fail]);
  if (!takesMeasures) return null;
  const add = (title: string) => {
    const added = addBankMeasure(plan, { title });
    if (added) onAdd(added.plan, added.focus);
  };
  async function search() {
    clear();
    try {
      const result = await planApi.measures(q.trim(), { level, group });
      setGroups(result.groups);
      setFound(result.measures.slice(0, 10));
    } catch (error) {
      fail(error);
    }
  }
  return (
    <Fieldset className="plan-bank">
      <Fieldset.Legend>{t('plans.bankLegend')}</Fieldset.Legend>
      {mapped && suggested && (
        <div className="plan-bank-suggestions">
          <Heading level={4} data-size="2xs" id={`plan-${planId}-bank-suggested`}>
            {t('plans.suggestedHeading', { date: formatDate(mapped.filledOn) })}
          </Heading>
          {suggested.length === 0 ? (
            <Paragraph data-size="sm">{t('plans.suggestedNone')}</Paragraph>
          ) : (
            <ul className="plan-bank-results" aria-labelledby={`plan-${planId}-bank-suggested`}>
              {(allSuggested ? suggested : suggested.slice(0, SUGGESTIONS_SHOWN)).map((m) => (
                <li key={m.id}>
                  <span>{m.title}</span>
                  {m.groupTitle && (
                    <>
                      {' '}
                      <span className="plan-source">({m.groupTitle})</span>
                    </>
                  )}{' '}
                  <Button
                    type="button"
                    data-size="sm"
                    variant="tertiary"
                    aria-describedby={`plan-${planId}-fits-${m.id}`}
                    onClick={() => add(m.title)}
                  >
                    {t('plans.bankAdd', { title: m.title })}
                  </Button>
                  <br />
                  <span className="plan-source" id={`plan-${planId}-fits-${m.id}`}>
                    {t('plans.suggestedFits', { causes: m.fits.join(', ') })}
                  </span>
                </li>
              ))}
            </ul>
          )}
          {suggested.length > SUGGESTIONS_SHOWN && (
            <Button
              type="button"
              data-size="sm"
              variant="secondary"
              aria-expanded={allSuggested}
              onClick={() => setAllSuggested(!allSuggested)}
            >
              {allSuggested
                ? t('plans.suggestedFewer', { count: SUGGESTIONS_SHOWN })
                : t('plans.suggestedAll', { count: suggested.length })}
            </Button>
          )}
        </div>
      )}
      <Textfield
        id={`plan-${planId}-bank-q`}
        label={t('plans.bankSearch')}
        value={q}
        onChange={(e) => setQ(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            void search();
          }
        }}
      />
      <div className="button-row">
        <Field>
          <Label>{t('plans.bankLevel')}</Label>
          <Select value={level} onChange={(e) => setLevel(e.target.value)} width="auto">
            <Select.Option value="">{t('plans.bankAllLevels')}</Select.Option>
            {['0', '1', '2', '3'].map((l) => (
              <Select.Option key={l} value={l}>
                {t('plans.bankLevelN', { level: l })}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Field>
          <Label>{t('plans.bankGroup')}</Label>
          <Select value={group} onChange={(e) => setGroup(e.target.value)} width="auto">
            <Select.Option value="">{t('plans.bankAllGroups')}</Select.Option>
            {groups.map((g) => (
              <Select.Option key={g.id} value={g.id}>
                {g.title}
              </Select.Option>
            ))}
          </Select>
        </Field>
      </div>
      <Button type="button" variant="secondary" data-size="sm" onClick={() => void search()}>
        {t('plans.bankSearchButton')}
      </Button>
      <FailureMessage failure={failure} fallback={t('plans.failed')} />
      {found && (
        <div aria-live="polite">
          <Paragraph>{t('plans.bankFound', { count: found.length })}</Paragraph>
          <ul className="plan-bank-results">
            {found.map((m) => (
              <li key={m.id}>
                <span>{m.title}</span> <span className="plan-source">({m.group.title})</span>{' '}
                <Button type="button" data-size="sm" variant="tertiary" onClick={() => add(m.title)}>
                  {t('plans.bankAdd', { title: m.title })}
                </Button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </Fieldset>
  );
}
