import { Field, Input, Label } from '@digdir/designsystemet-react';
import type { Ref } from 'react';

/** A file to upload, with its help text and the problem with it said under it (and announced). */
export function FileField({
  label,
  description,
  accept,
  problem,
  inputRef,
  onFile,
}: {
  label: string;
  description: string;
  accept: string;
  problem: string | null | undefined;
  inputRef?: Ref<HTMLInputElement>;
  onFile(file: File | null): void;
}) {
  return (
    <Field>
      <Label>{label}</Label>
      <Field.Description>{description}</Field.Description>
      <Input
        ref={inputRef}
        type="file"
        accept={accept}
        onChange={(e) => onFile(e.target.files?.[0] ?? null)}
        aria-invalid={problem ? true : undefined}
      />
      {problem && (
        <p className="inline-problem" role="alert">
          {problem}
        </p>
      )}
    </Field>
  );
}
