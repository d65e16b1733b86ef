import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { decisionApi } from '../../../api';
import type { CaseDetail, DecisionDto, DecisionKindDto, ListDecisionsResponse } from '../../../api';
import { fieldErrors } from '../../../absence';
import { FailureMessage } from '../../../ui/feedback';
import { useSubmit } from '../../../ui/useSubmit';
import { HeardFields } from '../HeardFields';
import { draftOf, firstProblem, problemsOf, updateOf, type DecisionDraft, type DraftProblems } from './decisions';
import { LegalBasisField, PreconditionFields } from './DraftFields';

/** Where the keyboard goes for a field with a problem (the pupil's views: the field of the branch chosen). */
function fieldElement(form: HTMLFormElement, problems: DraftProblems): HTMLElement | null {
  const first = firstProblem(problems);
  if (!first) return null;
  if (first === 'heard') {
    const key = Object.keys(problems.heardFields ?? {})[0];
    return (
      form.querySelector<HTMLElement>(`[data-heard="${key}"]`) ??
      form.querySelector<HTMLElement>('input[name="heard-obtained"]')
    );
  }
  return form.querySelector<HTMLElement>(`[name="${first}"]`);
}

/**
 * The draft of a decision: every part an enkeltvedtak must hold (facts, legal basis, the pupil's views and how
 * they were weighed, the best interest, the reasons, what is decided, from and to), saved on its version, and
 * «Fatt vedtak», which saves first and then asks the server: a refusal names each missing part at its field.
 */
export function DraftForm({
  caseData,
  list,
  decision,
  kind,
  onChanged,
}: {
  caseData: CaseDetail;
  list: ListDecisionsResponse;
  decision: DecisionDto;
  kind: DecisionKindDto | undefined;
  onChanged(next: DecisionDto, text: string): Promise<void>;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<DecisionDraft>(() => draftOf(decision));
  const [problems, setProblems] = useState<DraftProblems>({});
  const [refused, setRefused] = useState<string[] | null>(null);
  const { busy, failure, run } = useSubmit();
  const form = useRef<HTMLFormElement>(null);
  // The version the draft on screen is based on. A newer one from elsewhere (another's edit fetched after a 409,
  // a step taken) replaces the draft on screen; our own save moves it first, so the form keeps its state.
  const [version, setVersion] = useState(decision.version);
  useEffect(() => {
    if (decision.version > version) {
      setVersion(decision.version);
      setDraft(draftOf(decision));
    }
  }, [decision, version]);
  const set = (patch: Partial<DecisionDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const bind = { draft, set, problems };
  const mayDecide = decision.canDecide && decision.nextSteps.includes('decide');

  /** Marks the server's fields and moves the keyboard to the first. */
  function mark(error: unknown) {
    const { fields, other } = problemsOf(fieldErrors(error));
    setProblems(fields);
    setRefused(other);
    const target = form.current && fieldElement(form.current, fields);
    target?.focus();
  }

  const save = (then?: 'decide') => async () => {
    setProblems({});
    setRefused(null);
    const saved = (await decisionApi.update(caseData.id, decision.id, updateOf(draft, version))).decision;
    setVersion(saved.version);
    if (!then) return onChanged(saved, t('decisions.saved'));
    try {
      const made = (await decisionApi.step(caseData.id, decision.id, { step: 'decide', version: saved.version }))
        .decision;
      setVersion(made.version);
      await onChanged(made, t('decisions.decided'));
    } catch (error) {
      // The draft is saved even when the decision is refused: say so, then show what stops it.
      await onChanged(saved, t('decisions.saved'));
      throw error;
    }
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(save(), mark);
  };

  const text = (name: 'facts' | 'reasons' | 'weighed' | 'decision', label: string, help?: string, rows = 4) => (
    <Textfield
      multiline
      rows={rows}
      name={name}
      label={label}
      description={help}
      value={draft[name]}
      onChange={(e) => set({ [name]: e.target.value })}
      error={problems[name]}
    />
  );

  return (
    <form ref={form} className="stack-form decision-draft" onSubmit={submit} noValidate>
      <Heading level={4} data-size="2xs">
        {t('decisions.draftHeading')}
      </Heading>
      {decision.gaps.length > 0 && !refused && (
        <Alert data-color="info">
          <Paragraph>{t('decisions.preconditionsHeading')}</Paragraph>
          <ul>
            {decision.gaps.map((g, i) => (
              <li key={`${g.field}-${i}`}>{g.message}</li>
            ))}
          </ul>
        </Alert>
      )}
      {text('facts', t('decisions.facts'), t('decisions.factsHelp'))}
      <LegalBasisField bind={bind} kind={kind} legalBases={list.legalBases} />
      <PreconditionFields bind={bind} kind={kind} assessments={list.assessments} />
      <HeardFields
        value={draft.heard}
        onChange={(heard) => set({ heard })}
        problems={problems.heardFields ?? {}}
        bestInterest
        pupilVoice={caseData.pupilVoice}
      />
      {text('weighed', t('decisions.viewsWeighed'), undefined, 3)}
      {text('reasons', t('decisions.reasons'), t('decisions.reasonsHelp'))}
      {text('decision', t('decisions.decision'), t('decisions.decisionHelp'))}
      <Textfield
        name="from"
        type="date"
        label={t('decisions.from')}
        value={draft.from}
        onChange={(e) => set({ from: e.target.value })}
        error={problems.from}
      />
      <Textfield
        name="to"
        type="date"
        label={t('decisions.to')}
        value={draft.to}
        onChange={(e) => set({ to: e.target.value })}
        error={problems.to}
      />
      <div aria-live="polite">
        {refused && (
          <Alert data-color="danger">
            <Heading level={5} data-size="2xs">
              {t('decisions.refusedHeading')}
            </Heading>
            {refused.length > 0 && (
              <ul>
                {refused.map((m, i) => (
                  <li key={i}>{m}</li>
                ))}
              </ul>
            )}
          </Alert>
        )}
      </div>
      <FailureMessage failure={failure} fallback={t('decisions.failed')} />
      <div className="button-row">
        <Button type="submit" variant={mayDecide ? 'secondary' : 'primary'} disabled={busy}>
          {t('decisions.save')}
        </Button>
        {mayDecide && (
          <Button type="button" disabled={busy} onClick={() => void run(save('decide'), mark)}>
            {t('decisions.decide')}
          </Button>
        )}
      </div>
    </form>
  );
}
