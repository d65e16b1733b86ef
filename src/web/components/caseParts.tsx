import { Fieldset, Heading, Textfield } from '@digdir/designsystemet-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { HolisticAssessmentInput } from '../api';
import { useAuth } from '../auth';
import { ErrorAlert, errorMessage } from './ErrorAlert';
import { ConflictHint, ServerFieldErrors } from './absence';

// The pieces every section of the case page shares: a section with its heading, the last failure
// (announced again when it repeats), focus handling for panels that open in place, and the holistic
// assessment that the child-welfare guardrail asks for (004 §5.1).

export type Changed = (text: string) => Promise<void>;
type Failure = { error: unknown; attempt: number } | null;

/** Keeps the last error with a counter, so the same message announced twice is announced again. */
export function useFailure() {
  const { handleApiError } = useAuth();
  const [failure, setFailure] = useState<Failure>(null);
  // Stable across renders, so effects that report through them need not run again.
  const clear = useCallback(() => setFailure(null), []);
  const fail = useCallback(
    (error: unknown) => {
      handleApiError(error);
      setFailure((previous) => ({ error, attempt: (previous?.attempt ?? 0) + 1 }));
    },
    [handleApiError],
  );
  return { failure, clear, fail };
}

export function FailureMessage({ failure, fallback }: { failure: Failure; fallback: string }) {
  if (!failure) return null;
  return (
    <div key={failure.attempt}>
      <ErrorAlert>{errorMessage(failure.error, fallback)}</ErrorAlert>
      <ServerFieldErrors error={failure.error} />
      <ConflictHint error={failure.error} />
    </div>
  );
}

/** Focus the first field of a form that was just opened by a button. */
export function useFocusFirst<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('input, textarea, select')?.focus();
  }, []);
  return ref;
}

export function focusById(id: string) {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

export function Section({
  id,
  heading,
  children,
  focusable = false,
}: {
  id: string;
  heading: ReactNode;
  children: ReactNode;
  focusable?: boolean;
}) {
  return (
    <section aria-labelledby={id} className="home-section">
      <Heading level={2} data-size="sm" id={id} tabIndex={focusable ? -1 : undefined}>
        {heading}
      </Heading>
      {children}
    </section>
  );
}

export const emptyAssessment = (today: string): HolisticAssessmentInput => ({
  assessedOn: today,
  assessedBy: '',
  causesConsidered: '',
  grounds: '',
});

/** The assessment as written, trimmed; the server's guardrail says what is missing. */
export function trimAssessment(a: HolisticAssessmentInput): HolisticAssessmentInput {
  return {
    assessedOn: a.assessedOn,
    assessedBy: a.assessedBy.trim(),
    causesConsidered: a.causesConsidered.trim(),
    grounds: a.grounds.trim(),
  };
}

/** The school's documented holistic assessment (004 §5.1): when, by whom, which causes were weighed, and what beyond the absence gives grounds. */
export function AssessmentFields({
  value,
  onChange,
}: {
  value: HolisticAssessmentInput;
  onChange(next: HolisticAssessmentInput): void;
}) {
  const { t } = useTranslation();
  const set = (key: keyof HolisticAssessmentInput) => (e: { target: { value: string } }) =>
    onChange({ ...value, [key]: e.target.value });
  return (
    <Fieldset>
      <Fieldset.Legend>{t('cases.holisticLegend')}</Fieldset.Legend>
      <Textfield label={t('cases.assessedOn')} type="date" value={value.assessedOn} onChange={set('assessedOn')} />
      <Textfield label={t('cases.assessedBy')} value={value.assessedBy} onChange={set('assessedBy')} />
      <Textfield
        multiline
        rows={3}
        label={t('cases.causesConsidered')}
        value={value.causesConsidered}
        onChange={set('causesConsidered')}
      />
      <Textfield multiline rows={3} label={t('cases.grounds')} value={value.grounds} onChange={set('grounds')} />
    </Fieldset>
  );
}
