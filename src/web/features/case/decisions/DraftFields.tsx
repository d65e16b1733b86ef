import { Checkbox, Field, Fieldset, Label, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { ASSESSMENT_KINDS } from '../../../api';
import type { DecisionKindDto, ListDecisionsResponse } from '../../../api';
import { formatDate } from '../../../format';
import type { DecisionDraft, DraftProblems } from './decisions';

// The parts of the draft that are more than one text field: the legal basis chosen from the kind's paragraphs,
// the sakkyndig vurdering it rests on, the guardians' written consent and the temporary measure in wait for
// PPT (000 §7) — the last three only where the kind's preconditions ask for them.

type Bind = { draft: DecisionDraft; set(patch: Partial<DecisionDraft>): void; problems: DraftProblems };

const needs = (kind: DecisionKindDto | undefined, ...preconditions: DecisionKindDto['preconditions']) =>
  Boolean(kind?.preconditions.some((p) => preconditions.includes(p)));

/** The paragraphs of the kind, each with its title and the old-law reference it replaces. */
export function LegalBasisField({
  bind: { draft, set, problems },
  kind,
  legalBases,
}: {
  bind: Bind;
  kind: DecisionKindDto | undefined;
  legalBases: ListDecisionsResponse['legalBases'];
}) {
  const { t } = useTranslation();
  // The kind's own paragraphs first, then any the draft holds that the kind no longer lists.
  const keys = [...new Set([...(kind?.legalBasis ?? []), ...draft.legalBasis])];
  const toggle = (key: string, on: boolean) =>
    set({ legalBasis: on ? [...draft.legalBasis, key] : draft.legalBasis.filter((k) => k !== key) });
  return (
    <Fieldset>
      <Fieldset.Legend>{t('decisions.legalBasis')}</Fieldset.Legend>
      <Fieldset.Description>{t('decisions.legalBasisHelp')}</Fieldset.Description>
      {keys.map((key) => {
        const basis = legalBases.find((b) => b.key === key);
        return (
          <Checkbox
            key={key}
            name="legalBasis"
            value={key}
            label={basis ? `${basis.citation} – ${basis.title}` : key}
            description={basis?.replaces ? t('decisions.legalBasisOld', { old: basis.replaces }) : undefined}
            checked={draft.legalBasis.includes(key)}
            onChange={(e) => toggle(key, e.target.checked)}
            aria-invalid={problems.legalBasis ? true : undefined}
          />
        );
      })}
      {problems.legalBasis && (
        <p className="inline-problem" role="alert">
          {problems.legalBasis}
        </p>
      )}
    </Fieldset>
  );
}

/** The case's sakkyndige vurderinger and uttalelser to attach, the consent, the temporary measure. */
export function PreconditionFields({
  bind: { draft, set, problems },
  kind,
  assessments,
}: {
  bind: Bind;
  kind: DecisionKindDto | undefined;
  assessments: ListDecisionsResponse['assessments'];
}) {
  const { t } = useTranslation();
  const orTemporary = needs(kind, 'sakkyndig-vurdering-or-temporary');
  const kindName = (k: string) =>
    (ASSESSMENT_KINDS as readonly string[]).includes(k)
      ? t(`cases.assessmentKind_${k as (typeof ASSESSMENT_KINDS)[number]}`)
      : k;
  return (
    <>
      {needs(kind, 'sakkyndig-vurdering', 'sakkyndig-vurdering-or-temporary') && (
        <Field>
          <Label>{t('decisions.assessment')}</Label>
          {assessments.length === 0 && <Paragraph data-size="sm">{t('decisions.assessmentMissing')}</Paragraph>}
          <Select
            name="assessmentId"
            value={draft.assessmentId}
            onChange={(e) => set({ assessmentId: e.target.value })}
            aria-invalid={problems.assessmentId ? true : undefined}
            width="auto"
          >
            <Select.Option value="">{t('decisions.assessmentNone')}</Select.Option>
            {assessments.map((a) => (
              <Select.Option key={a.id} value={a.id}>
                {t('decisions.assessmentOption', {
                  kind: kindName(a.kind),
                  by: a.issuedBy,
                  date: formatDate(a.issuedOn),
                })}
              </Select.Option>
            ))}
          </Select>
          {problems.assessmentId && (
            <p className="inline-problem" role="alert">
              {problems.assessmentId}
            </p>
          )}
        </Field>
      )}
      {needs(kind, 'guardian-consent', 'sakkyndig-vurdering-or-temporary') && (
        <Fieldset>
          <Fieldset.Legend>{t('decisions.consentLegend')}</Fieldset.Legend>
          <Fieldset.Description>{t('decisions.consentHelp')}</Fieldset.Description>
          <Textfield
            name="guardianConsent"
            label={t('decisions.consentOn')}
            type="date"
            value={draft.consentOn}
            onChange={(e) => set({ consentOn: e.target.value })}
            error={problems.guardianConsent}
          />
          <Textfield
            label={t('decisions.consentBy')}
            value={draft.consentBy}
            onChange={(e) => set({ consentBy: e.target.value })}
          />
        </Fieldset>
      )}
      {orTemporary && (
        <Fieldset>
          <Fieldset.Legend>{t('decisions.temporaryLegend')}</Fieldset.Legend>
          <Fieldset.Description>{t('decisions.temporaryHelp')}</Fieldset.Description>
          <Checkbox
            name="temporary"
            label={t('decisions.temporaryOn')}
            checked={draft.temporary}
            onChange={(e) => set({ temporary: e.target.checked })}
          />
          {draft.temporary && (
            <>
              <Textfield
                label={t('decisions.evaluateOn')}
                type="date"
                value={draft.evaluateOn}
                onChange={(e) => set({ evaluateOn: e.target.value })}
                error={problems.temporary}
              />
              <Textfield
                multiline
                rows={3}
                label={t('decisions.considerations')}
                value={draft.considerations}
                onChange={(e) => set({ considerations: e.target.value })}
              />
            </>
          )}
        </Fieldset>
      )}
    </>
  );
}
