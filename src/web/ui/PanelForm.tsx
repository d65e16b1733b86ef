import { Field, Label, Select } from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { FormEvent, ReactNode, RefObject } from 'react';
import { fieldErrors } from '../absence';
import { useFocusFirst } from './focus';
import { useSubmit } from './useSubmit';

// A form that opens in place from a button (an InlinePanel's content): its first field takes focus when it
// opens; a send checks the fields first, marks each problem at its field and moves focus to the first of them
// in the form's own order; the request runs through `useSubmit` (one at a time, the failure kept). The
// problems are keyed by the fields' `name`s, so the field to focus is found by its name.

export type Problems<K extends string> = Partial<Record<K, string>>;

/** What the panel hands a form: close without sending, and what to do once the form has sent. */
export type PanelFormProps = { onCancel(): void; onDone(): Promise<void> };

/**
 * The state of a form in a panel. `send(check, work)` is the submit handler: `check()` returns the problems
 * found (a falsy message is no problem); with none, the failure is cleared and `work` runs. A form the server
 * alone checks passes `null`; `onFailed` as `run`'s (`markServerFields`, say).
 * `markServerFields(error)` puts the fields the server named at their fields (for `run`'s `onFailed`).
 */
export function usePanelForm<K extends string = string>(options?: { session?: boolean }) {
  const submit = useSubmit(options);
  const form = useFocusFirst<HTMLFormElement>();
  const [problems, setProblems] = useState<Problems<K>>({});

  /** Marks the problems and focuses the first named field in the form that has one; true when there are none. */
  function mark(found: Partial<Record<K, string | false | null | undefined>>): boolean {
    const kept = Object.fromEntries(Object.entries(found).filter(([, message]) => message)) as Problems<K>;
    setProblems(kept);
    const names = new Set<string>(Object.keys(kept));
    if (names.size === 0) return true;
    const fields = form.current?.querySelectorAll<HTMLElement>('[name]') ?? [];
    [...fields].find((el) => names.has(el.getAttribute('name') ?? ''))?.focus();
    return false;
  }

  return {
    ...submit,
    form,
    problems,
    mark,
    markServerFields: (error: unknown) => {
      mark(Object.fromEntries(fieldErrors(error).map((f) => [f.field, f.message])) as Problems<K>);
    },
    send:
      (
        check: (() => Partial<Record<K, string | false | null | undefined>>) | null,
        work: () => Promise<void>,
        onFailed?: (error: unknown) => void,
      ) =>
      async (e: FormEvent) => {
        e.preventDefault();
        if (check && !mark(check())) return;
        submit.clear();
        await submit.run(work, onFailed);
      },
  };
}

/** The form element of a panel form: stacked fields, the browser's own checks off (ours speak Norwegian). */
export function PanelForm({
  form,
  label,
  labelledBy,
  className,
  onSubmit,
  children,
}: {
  form: RefObject<HTMLFormElement | null>;
  onSubmit(e: FormEvent): void;
  children: ReactNode;
  className?: string;
} & (
  | { label: string; labelledBy?: undefined }
  | { labelledBy: string; label?: undefined }
  /** A form that its panel's own heading or button already explains. */
  | { label?: undefined; labelledBy?: undefined }
)) {
  return (
    <form
      ref={form}
      className={['stack-form inline-panel', className].filter(Boolean).join(' ')}
      onSubmit={onSubmit}
      noValidate
      aria-label={label}
      aria-labelledby={labelledBy}
    >
      {children}
    </form>
  );
}

/** A choice of one of a closed list (a kind, a status, a service), each shown by its label. */
export function ChoiceSelect<T extends string>({
  label,
  value,
  options,
  optionLabel,
  onChange,
}: {
  label: string;
  value: T;
  options: readonly T[];
  optionLabel(option: NoInfer<T>): string;
  onChange(value: NoInfer<T>): void;
}) {
  return (
    <Field>
      <Label>{label}</Label>
      <Select
        value={value}
        onChange={(e) => {
          const chosen = options.find((o) => o === e.target.value);
          if (chosen !== undefined) onChange(chosen);
        }}
        width="auto"
      >
        {options.map((o) => (
          <Select.Option key={o} value={o}>
            {optionLabel(o)}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}
