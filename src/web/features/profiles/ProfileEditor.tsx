import { Button, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { profileIssues } from '../../../domain/rules/profile-schema';
import { api } from '../../api';
import type { RuleProfileEntry } from '../../api';
import { ruleEditorApi, type WhatIf } from '../../api/rule-editor';
import { FailureMessage } from '../../ui/feedback';
import { focusById } from '../../ui/focus';
import { useSubmit } from '../../ui/useSubmit';
import { freshId, problemsByPath, removeAt, setIn, type Path } from './draft';
import { type Bind, TextField } from './fields';
import { ProblemSummary } from './ProblemSummary';
import { RuleFields } from './RuleFields';
import { WhatIfPanel } from './WhatIfPanel';

type Draft = { id?: string; rules?: { id?: string; kind?: string }[] };

/**
 * A rule profile as a Norwegian form (issue 19 item 5): the same schema as the content loader checks the draft as
 * one types, each problem under its field by label; the what-if shows what the draft would have found before it
 * can be saved; saving names the version it was based on (409 when someone saved in between, decision 144).
 */
export function ProfileEditor({
  entry,
  canWrite,
  onSaved,
}: {
  entry: RuleProfileEntry;
  canWrite: boolean;
  onSaved(id: string): void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(() => structuredClone(entry.definition) as Draft);
  const checked = useMemo(() => profileIssues(draft), [draft]);
  const problems = useMemo(() => problemsByPath(checked.issues), [checked]);
  const draftKey = useMemo(() => JSON.stringify(draft), [draft]);
  const [whatIf, setWhatIf] = useState<{ key: string; result: WhatIf } | null>(null);
  const trying = useSubmit();
  const saving = useSubmit();
  // Announce the count of problems once typing pauses, so a screen reader is not flooded on every key.
  const [shownCount, setShownCount] = useState(checked.issues.length);
  useEffect(() => {
    const timer = setTimeout(() => setShownCount(checked.issues.length), 400);
    return () => clearTimeout(timer);
  }, [checked.issues.length]);

  const shipped = entry.origin === 'levert';
  const targetId = typeof draft.id === 'string' ? draft.id : '';
  const sameAsShipped = shipped && targetId === entry.id;
  const readOnly = !canWrite;
  const bind: Bind = {
    idPrefix: 'profil',
    draft,
    problems,
    readOnly,
    set: (path: Path, value: unknown) => setDraft((d) => setIn(d, path, value)),
  };
  const valid = checked.profile !== null;
  const fresh = whatIf !== null && whatIf.key === draftKey;

  function addRule() {
    const rules = draft.rules ?? [];
    const id = freshId(
      'regel',
      rules.map((r) => r.id ?? ''),
    );
    setDraft((d) =>
      setIn(d, ['rules', rules.length], {
        id,
        kind: 'events',
        basis: 'kommune',
        title: '',
        severity: 'medium',
        action: '',
        source: t('ruleEditor.ownSource'),
        window: { type: 'month' },
        conditions: [{ count: { kinds: ['day'] }, measure: 'schoolDays', comparator: '>=', threshold: 3 }],
      }),
    );
    focusById(`profil-rules-${rules.length}-title`);
  }

  const tryDraft = () =>
    trying.run(async () => {
      const result = await ruleEditorApi.whatIf(targetId, draft);
      setWhatIf({ key: draftKey, result });
      focusById('hva-om');
    });

  const save = () =>
    saving.run(async () => {
      const version =
        entry.origin === 'kommune' && entry.id === targetId && entry.version !== null ? entry.version : undefined;
      const saved = await api.saveRuleProfile(targetId, draft, version);
      onSaved(saved.id);
    });

  return (
    <section aria-labelledby="profil" className="home-section">
      <Heading level={2} data-size="sm" id="profil">
        {entry.id}{' '}
        <Tag data-size="sm" data-color={shipped ? 'neutral' : 'info'}>
          {t(`ruleEditor.origin_${entry.origin}`)}
        </Tag>
      </Heading>
      {shipped && canWrite && <Paragraph data-size="sm">{t('ruleEditor.shippedHelp')}</Paragraph>}
      <form
        className="profile-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (valid && fresh && !sameAsShipped) void save();
        }}
      >
        <TextField bind={bind} path={['id']} label={t('ruleEditor.f_id')} description={t('ruleEditor.idHelp')} />
        <TextField bind={bind} path={['name']} label={t('ruleEditor.f_name')} />
        <TextField bind={bind} path={['description']} label={t('ruleEditor.f_description')} multiline optional />
        {(draft.rules ?? []).map((_, i) => (
          <RuleFields
            key={i}
            bind={bind}
            index={i}
            onRemove={(draft.rules ?? []).length > 1 ? () => setDraft((d) => removeAt(d, ['rules'], i)) : undefined}
          />
        ))}
        {canWrite && (
          <Paragraph>
            <Button variant="secondary" data-size="sm" type="button" onClick={addRule}>
              {t('ruleEditor.addRule')}
            </Button>
          </Paragraph>
        )}
        <div aria-live="polite" className="profile-check">
          {shownCount === 0 ? (
            <Paragraph>
              <span aria-hidden="true">✓ </span>
              {t('ruleEditor.valid', { count: draft.rules?.length ?? 0 })}
            </Paragraph>
          ) : (
            <ProblemSummary draft={draft} issues={checked.issues} idPrefix="profil" />
          )}
          {canWrite && sameAsShipped && <Paragraph>{t('ruleEditor.changeId')}</Paragraph>}
        </div>
        {canWrite && (
          <Paragraph>
            <Button
              type="button"
              variant="secondary"
              onClick={() => void tryDraft()}
              disabled={!valid || trying.busy}
              aria-busy={trying.busy || undefined}
            >
              {t('ruleEditor.whatIfButton')}
            </Button>
          </Paragraph>
        )}
        <FailureMessage failure={trying.failure} fallback={t('ruleEditor.whatIfFailed')} />
        {whatIf && <WhatIfPanel result={whatIf.result} stale={!fresh} />}
        {canWrite && valid && !fresh && <Paragraph data-size="sm">{t('ruleEditor.whatIfFirst')}</Paragraph>}
        {canWrite && fresh && !sameAsShipped && (
          <Button type="submit" disabled={saving.busy} aria-busy={saving.busy || undefined}>
            {t('ruleEditor.saveAs', { id: targetId })}
          </Button>
        )}
      </form>
      <FailureMessage failure={saving.failure} fallback={t('ruleEditor.saveFailed')} />
    </section>
  );
}
